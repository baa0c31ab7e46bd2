import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PasungEpisode } from '../../../shared/contract';
import { paths } from '../../app/router';
import { Alert } from '../../components/alert';
import { useEnumLabel } from '../../components/enum-options';
import { formatDate } from '../../components/format';
import { usePasung } from '../../stores/pasung';
import { EpisodeDialog } from './episode-dialog';
import { PasungStatusDialog } from './status-dialog';

/** The client's risk and alerts, said plainly, at the top of the pasung records. */
export function ClientRisk({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const risk = usePasung((s) => (s.clientId === clientId ? s.risk : null));
  const episodes = usePasung((s) => (s.clientId === clientId ? s.episodes : null));
  const current = episodes?.[0];
  if (!risk) return null;
  const shackledNow = current && current.status !== 'dilepas';
  if (!risk.highRisk.length && !risk.alerts.length && !shackledNow) return null;
  return (
    <Alert kind={risk.highRisk.length || shackledNow ? 'error' : 'warning'} title={t('pasung.alertsTitle')}>
      <ul>
        {shackledNow && <li>{t('pasung.shackledNow', { status: label('pasungStatus', current.status) })}</li>}
        {risk.highRisk.map((h) => (
          <li key={h.caseId}>
            {t('pasung.highRiskCase', { number: h.caseNumber })} <a href={paths.case(h.caseId)}>{t('pasung.openCase')}</a>
            {h.lastVisitAt ? ` · ${t('pasung.lastVisit', { date: formatDate(h.lastVisitAt) })}` : ` · ${t('pasung.noVisitYet')}`}
          </li>
        ))}
        {risk.alerts.map((a, i) => (
          <li key={`${a.kind}-${a.date}-${i}`}>{t(a.kind === 'kambuh' ? 'pasung.alertRelapse' : 'pasung.alertRepasung', { date: formatDate(a.date) })}</li>
        ))}
      </ul>
    </Alert>
  );
}

/** Pasung episodes with their status history; record one, change its status or its facts. */
export function PasungPanel({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const { episodes, load } = usePasung();
  const mine = usePasung((s) => s.clientId === clientId);
  const [dialog, setDialog] = useState<{ kind: 'create' } | { kind: 'edit' | 'status'; episode: PasungEpisode } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    void load(clientId, true);
  }, [clientId, load]);
  const done = (message: string) => {
    setDialog(null);
    setNotice(message);
  };
  const list = mine ? episodes : null;

  return (
    <section className="card" aria-labelledby="pasung-title">
      <div className="section-head">
        <h2 id="pasung-title">{t('pasung.title')}</h2>
        <button type="button" className="button" onClick={() => setDialog({ kind: 'create' })}>
          {t('pasung.create')}
        </button>
      </div>
      <ClientRisk clientId={clientId} />
      {notice && <Alert kind="success">{notice}</Alert>}
      {list === null ? null : list.length === 0 ? (
        <p className="muted">{t('pasung.none')}</p>
      ) : (
        list.map((ep) => <Episode key={ep.id} episode={ep} onEdit={() => setDialog({ kind: 'edit', episode: ep })} onStatus={() => setDialog({ kind: 'status', episode: ep })} />)
      )}
      <EpisodeDialog open={dialog?.kind === 'create' || dialog?.kind === 'edit'} clientId={clientId} episode={dialog?.kind === 'edit' ? dialog.episode : undefined} onClose={() => setDialog(null)} onDone={done} />
      <PasungStatusDialog episode={dialog?.kind === 'status' ? dialog.episode : null} onClose={() => setDialog(null)} onDone={done} />
    </section>
  );
}

function Episode({ episode: ep, onEdit, onStatus }: { episode: PasungEpisode; onEdit(): void; onStatus(): void }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const none = t('common.none');
  const fact = (term: string, value: string | null | undefined) => (
    <div className="fact">
      <dt>{term}</dt>
      <dd>{value || none}</dd>
    </div>
  );
  return (
    <article className="subcard episode" aria-label={t('pasung.episodeLabel', { status: label('pasungStatus', ep.status) })}>
      <div className="section-head">
        <h3>
          {t('pasung.episode')} <span className={`badge pasung-${ep.status}`}>{label('pasungStatus', ep.status)}</span>
        </h3>
        <div className="actions">
          <button type="button" className="button button-small" onClick={onStatus}>
            {t('pasung.changeStatus')}
          </button>
          <button type="button" className="button button-small" onClick={onEdit}>
            {t('pasung.editDetails')}
          </button>
        </div>
      </div>
      <ol className="status-steps" aria-label={t('pasung.history')}>
        {[...ep.history].reverse().map((h) => (
          <li key={h.id} className={`status-step pasung-${h.status}`}>
            <span className="status-step-name">{label('pasungStatus', h.status)}</span>
            <span className="status-step-date">{formatDate(h.date)}</span>
            {h.by && <span className="muted small">{t('pasung.byWhom', { by: h.by })}</span>}
            {h.note && <span className="small">{h.note}</span>}
          </li>
        ))}
      </ol>
      <dl className="facts facts-columns">
        {fact(t('pasung.method'), label('pasungMethod', ep.method))}
        {fact(t('pasung.startedYear'), ep.startedYear ? String(ep.startedYear) : null)}
        {fact(t('pasung.shackledBy'), ep.shackledBy)}
        {fact(t('pasung.reason'), [ep.reason && label('pasungReason', ep.reason), ep.reasonNote].filter(Boolean).join(' — '))}
        {fact(t('pasung.diagnosis'), label('diagnosis', ep.diagnosis))}
        {fact(t('pasung.illnessStartedYear'), ep.illnessStartedYear ? String(ep.illnessStartedYear) : null)}
        {fact(t('pasung.service'), label('healthService', ep.service))}
        {fact(t('pasung.management'), ep.management.map((m) => label('management', m)).join(', '))}
        {fact(t('pasung.treatmentHistory'), ep.treatmentHistory)}
      </dl>
    </article>
  );
}
