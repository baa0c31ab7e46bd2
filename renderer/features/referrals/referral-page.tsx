import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Referral, ReferralStatus } from '../../../shared/contract';
import { REFERRAL_TRANSITIONS } from '../../../shared/enums';
import { paths } from '../../app/router';
import { Alert, ErrorAlert, Loading } from '../../components/alert';
import { useEnumLabel } from '../../components/enum-options';
import { formatDate, formatDateTime, todayIn } from '../../components/format';
import { useReferrals } from '../../stores/referrals';
import { useTimeZone } from '../../stores/settings';
import { AttachmentViewer } from '../attachments/attachment-viewer';
import { LetterPanel } from '../letters/letter-panel';
import { daysPastExpected } from './referrals-page';
import { TransitionDialog } from './transition-dialog';
import './referrals.css';

/** One referral: its status and the steps it may take next, its details, history and letters. */
export function ReferralPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const timeZone = useTimeZone();
  const { current, currentId, error, load } = useReferrals();
  const [step, setStep] = useState<ReferralStatus | null>(null);
  // A notice left by the form that saved this referral, shown once.
  const [message, setMessage] = useState<string | null>(() => useReferrals.getState().notice);
  useEffect(() => {
    useReferrals.setState({ notice: null });
    void load(id);
  }, [id, load]);

  if (error && currentId === id) return <ErrorAlert error={error} />;
  if (!current || current.id !== id) return <Loading />;
  const r = current;
  const next = REFERRAL_TRANSITIONS[r.status];
  const late = daysPastExpected(r, todayIn(timeZone));

  return (
    <>
      <p className="breadcrumb">
        <a href={paths.referrals}>{t('referrals.title')}</a> / <a href={paths.case(r.caseId)}>{r.caseNumber}</a>
      </p>
      <div className="page-head">
        <div>
          <h1 tabIndex={-1}>{t('referral.title', { institution: r.institution.name })}</h1>
          <p className="subtitle">
            <a href={paths.client(r.clientId)}>{r.clientName}</a> · <a href={paths.case(r.caseId)}>{t('referral.caseLink', { number: r.caseNumber })}</a>
          </p>
        </div>
        {r.status === 'draft' && (
          <div className="actions">
            <a className="button" href={paths.referralEdit(r.id)}>
              {t('referral.edit')}
            </a>
          </div>
        )}
      </div>
      {message && <Alert kind="success">{message}</Alert>}

      <section className="card" aria-labelledby="ref-status-title">
        <h2 id="ref-status-title">{t('referral.status')}</h2>
        <dl className="facts facts-columns">
          <div className="fact">
            <dt>{t('referral.status')}</dt>
            <dd>
              <span className={`badge ref-${r.status}`}>{label('referralStatus', r.status)}</span>
            </dd>
          </div>
          <div className="fact">
            <dt>{t('referral.expectedIs')}</dt>
            <dd>
              {r.expectedResponseDate ? <time dateTime={r.expectedResponseDate}>{formatDate(r.expectedResponseDate)}</time> : <span className="muted">{t('referral.expectedUnset')}</span>}
              {late !== null && <span className="block overdue-note">{late === 0 ? t('referrals.dueToday') : t('referrals.overdue', { count: late })}</span>}
            </dd>
          </div>
          <div className="fact">
            <dt>{t('referral.urgency')}</dt>
            <dd>
              <span className={`badge urgency-${r.urgency}`}>{label('urgency', r.urgency)}</span>
            </dd>
          </div>
          {r.outcome && (
            <div className="fact fact-wide">
              <dt>{t('referral.outcome')}</dt>
              <dd className="prewrap">{r.outcome}</dd>
            </div>
          )}
        </dl>
        <h3 className="steps-title">{t('referral.nextSteps')}</h3>
        {next.length ? (
          <div className="steps" role="group" aria-label={t('referral.nextSteps')}>
            {next.map((to) => (
              <button key={to} type="button" className={`button${to === 'dibatalkan' ? '' : ' button-primary'}`} onClick={() => setStep(to)}>
                {t(`referral.step.${to}`)}
              </button>
            ))}
          </div>
        ) : (
          <p className="muted">{t('referral.noNextSteps')}</p>
        )}
      </section>

      <LetterPanel referral={r} />
      <ReferralDetails r={r} />
      <ReferralHistory r={r} timeZone={timeZone} />
      <TransitionDialog
        referral={r}
        to={step}
        onClose={() => setStep(null)}
        onDone={(to) => {
          setStep(null);
          setMessage(t('referral.stepDone', { status: label('referralStatus', to) }));
        }}
      />
    </>
  );
}

function ReferralDetails({ r }: { r: Referral }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const [viewing, setViewing] = useState<{ id: string; fileName: string } | null>(null);
  return (
    <section className="card" aria-labelledby="ref-details-title">
      <h2 id="ref-details-title">{t('referral.details')}</h2>
      <dl className="facts">
        <div className="fact">
          <dt>{t('referral.reason')}</dt>
          <dd className="prewrap">{r.reason}</dd>
        </div>
        <div className="fact">
          <dt>{t('referral.services')}</dt>
          <dd className="prewrap">{r.servicesRequested ?? t('common.none')}</dd>
        </div>
        <div className="fact">
          <dt>{t('referral.consent')}</dt>
          <dd>
            {r.consent
              ? t('referral.consentIs', { by: label('consentBy', r.consent.by), name: r.consent.name, date: formatDate(r.consent.date) })
              : t('referral.overrideIs', { reason: r.consentOverride ?? '' })}
            {r.consent?.note && <span className="block muted">{r.consent.note}</span>}
          </dd>
        </div>
        <div className="fact">
          <dt>{t('referral.documents')}</dt>
          <dd>
            {r.documents.length === 0 ? (
              t('common.none')
            ) : (
              <ul className="plain-list">
                {r.documents.map((d) => (
                  <li key={d.name}>
                    <span className={`badge ${d.provided ? 'ref-selesai' : ''}`}>{d.provided ? t('referral.provided') : t('referral.missing')}</span> {d.name}
                    {d.attachmentId && (
                      <button type="button" className="button button-small button-quiet" onClick={() => setViewing({ id: d.attachmentId!, fileName: d.name })}>
                        {t('referral.viewFile', { name: d.name })}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
      <AttachmentViewer target={viewing} onClose={() => setViewing(null)} />
    </section>
  );
}

function ReferralHistory({ r, timeZone }: { r: Referral; timeZone: string }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  return (
    <section className="card" aria-labelledby="ref-history-title">
      <h2 id="ref-history-title">{t('referral.history')}</h2>
      {r.history.length === 0 ? (
        <p className="muted">{t('referral.historyEmpty')}</p>
      ) : (
        <ol className="history">
          {r.history.map((h) => (
            <li key={h.id} className="history-item">
              <p className="history-what">
                <span className={`badge ref-${h.status}`}>{label('referralStatus', h.status)}</span>
              </p>
              <p className="history-meta">
                <time dateTime={h.date}>{formatDate(h.date)}</time>
                {h.actorName && ` · ${t('referral.by', { name: h.actorName })}`}
              </p>
              {h.note && <p className="history-reason prewrap">{h.note}</p>}
            </li>
          ))}
        </ol>
      )}
      <p className="muted small">
        {t('referral.createdAt')}: {formatDateTime(r.createdAt, timeZone)}
      </p>
    </section>
  );
}
