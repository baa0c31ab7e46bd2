import { Fragment, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Referral } from '../../../shared/contract';
import { REFERRAL_STATUS } from '../../../shared/enums';
import { paths } from '../../app/router';
import { ErrorAlert, Loading } from '../../components/alert';
import { useEnumLabel } from '../../components/enum-options';
import { formatDate, formatDateTime, todayIn } from '../../components/format';
import { TableHead } from '../../components/table-head';
import { useReferrals, type ReferralFilter } from '../../stores/referrals';
import { useTimeZone } from '../../stores/settings';
import { ReferralTabs } from './referral-tabs';
import './referrals.css';

const GROUPS = [
  { key: 'waiting', statuses: ['dikirim'] },
  { key: 'accepted', statuses: ['diterima'] },
  { key: 'draft', statuses: ['draft'] },
  { key: 'closed', statuses: ['ditolak', 'selesai', 'dibatalkan'] },
] as const;

/** Days a sent referral is past its expected answer (0 on the day itself), or null when not due. */
export function daysPastExpected(r: Pick<Referral, 'status' | 'expectedResponseDate'>, today: string): number | null {
  if (r.status !== 'dikirim' || !r.expectedResponseDate || r.expectedResponseDate > today) return null;
  return Math.round((Date.parse(today) - Date.parse(r.expectedResponseDate)) / 86_400_000);
}

/** Rujukan: the office's referrals by status, those under way first, the unanswered ones marked. */
export function ReferralsPage() {
  const { t } = useTranslation();
  const { list, listError, filter, setFilter, loadList } = useReferrals();
  const timeZone = useTimeZone();
  const today = todayIn(timeZone);
  useEffect(() => {
    void loadList();
  }, [loadList]);

  return (
    <>
      <h1 tabIndex={-1}>{t('referrals.title')}</h1>
      <ReferralTabs current="list" />
      <p className="lead">{t('referrals.lead')}</p>
      <div className="toolbar">
        <div className="field narrow">
          <label htmlFor="ref-filter">{t('referrals.filter')}</label>
          <select id="ref-filter" value={filter} onChange={(e) => setFilter(e.target.value as ReferralFilter)}>
            <option value="open">{t('referrals.filterOpen')}</option>
            {REFERRAL_STATUS.values.map((s) => (
              <option key={s} value={s}>
                {t(`enum.referralStatus.${s}`)}
              </option>
            ))}
            <option value="all">{t('referrals.filterAll')}</option>
          </select>
        </div>
      </div>
      {listError && <ErrorAlert error={listError} />}
      {list === null ? (
        !listError && <Loading />
      ) : (
        <>
          <p className="count" role="status">
            {t('referrals.count', { count: list.length })}
          </p>
          {list.length === 0 ? (
            <p className="muted">{filter === 'open' ? t('referrals.noneOpen') : t('referrals.none')}</p>
          ) : (
            <ReferralTable list={list} today={today} timeZone={timeZone} />
          )}
        </>
      )}
    </>
  );
}

function ReferralTable({ list, today, timeZone }: { list: Referral[]; today: string; timeZone: string }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const groups = GROUPS.map((g) => ({
    key: g.key,
    rows: list
      .filter((r) => (g.statuses as readonly string[]).includes(r.status))
      // The longest-unanswered first; otherwise newest first, as the core gives them.
      .sort((a, b) => (g.key === 'waiting' ? (a.expectedResponseDate ?? '9').localeCompare(b.expectedResponseDate ?? '9') : 0)),
  })).filter((g) => g.rows.length > 0);
  return (
    <div className="card">
      <table className="table referral-table">
        <caption className="visually-hidden">{t('referrals.tableLabel')}</caption>
        <TableHead
          columns={[
            t('referrals.col.client'),
            t('referrals.col.institution'),
            t('referrals.col.urgency'),
            t('referrals.col.status'),
            t('referrals.col.expected'),
            t('referrals.col.created'),
          ]}
        />
        <tbody>
          {groups.map((g) => (
            <Fragment key={g.key}>
              <tr className="group-row">
                <th scope="colgroup" colSpan={6}>
                  {t(`referrals.group.${g.key}`)} <span className="badge">{g.rows.length}</span>
                </th>
              </tr>
              {g.rows.map((r) => {
                const late = daysPastExpected(r, today);
                return (
                  <tr key={r.id} className={late !== null ? 'awaiting' : undefined}>
                    <td>
                      <a href={paths.referral(r.id)} aria-label={t('referrals.open', { institution: r.institution.name, client: r.clientName })}>
                        {r.clientName}
                      </a>
                      <a className="block muted mono small" href={paths.case(r.caseId)}>
                        {r.caseNumber}
                      </a>
                    </td>
                    <td>
                      {r.institution.name}
                      <span className="block muted small">{label('institutionType', r.institution.type)}</span>
                    </td>
                    <td>
                      <span className={`badge urgency-${r.urgency}`}>{label('urgency', r.urgency)}</span>
                    </td>
                    <td>
                      <span className={`badge ref-${r.status}`}>{label('referralStatus', r.status)}</span>
                    </td>
                    <td>
                      {r.expectedResponseDate ? <time dateTime={r.expectedResponseDate}>{formatDate(r.expectedResponseDate)}</time> : '—'}
                      {late !== null && <span className="block overdue-note">{late === 0 ? t('referrals.dueToday') : t('referrals.overdue', { count: late })}</span>}
                    </td>
                    <td className="small">{formatDateTime(r.createdAt, timeZone).replace(/ \d{2}:\d{2}.*$/, '')}</td>
                  </tr>
                );
              })}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
