import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { paths } from '../../app/router';
import { useEnumLabel } from '../../components/enum-options';
import { formatDate, todayIn } from '../../components/format';
import { TableHead } from '../../components/table-head';
import { useReferrals } from '../../stores/referrals';
import { useTimeZone } from '../../stores/settings';
import { daysPastExpected } from './referrals-page';
import './referrals.css';

/** "Rujuk" beside the case page's other actions. */
export function CaseReferButton({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  return (
    <a className="button" href={paths.referralNew(caseId)}>
      {t('referral.refer')}
    </a>
  );
}

/** A case's referrals with their status, expected answer and letters; each opens its page. */
export function CaseReferrals({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const today = todayIn(useTimeZone());
  const { caseReferrals, loadCase } = useReferrals();
  const mine = useReferrals((s) => s.caseId === caseId);
  useEffect(() => {
    void loadCase(caseId);
  }, [caseId, loadCase]);
  const list = mine ? caseReferrals : null;

  return (
    <section className="card" aria-labelledby="case-referrals-title">
      <div className="section-head">
        <h2 id="case-referrals-title">{t('referral.caseTitle')}</h2>
        <CaseReferButton caseId={caseId} />
      </div>
      {list === null ? null : list.length === 0 ? (
        <p className="muted">{t('referral.caseNone')}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t('referral.caseTitle')}</caption>
          <TableHead columns={[t('referral.caseCol.institution'), t('referral.caseCol.status'), t('referrals.col.expected'), t('referral.caseCol.letters')]} />
          <tbody>
            {list.map((r) => {
              const late = daysPastExpected(r, today);
              const letters = r.letters.filter((l) => !l.cancelledAt);
              return (
                <tr key={r.id} className={late !== null ? 'awaiting' : undefined}>
                  <td>
                    <a href={paths.referral(r.id)}>{r.institution.name}</a>
                    <span className="block muted small">{r.reason}</span>
                  </td>
                  <td>
                    <span className={`badge ref-${r.status}`}>{label('referralStatus', r.status)}</span>
                  </td>
                  <td>
                    {r.expectedResponseDate ? formatDate(r.expectedResponseDate) : '—'}
                    {late !== null && <span className="block overdue-note">{late === 0 ? t('referrals.dueToday') : t('referrals.overdue', { count: late })}</span>}
                  </td>
                  <td className="mono small">{letters.map((l) => l.number).join(', ') || '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
