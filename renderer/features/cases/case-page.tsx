import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../shared/contract';
import { paths } from '../../app/router';
import { Alert, ErrorAlert, Loading } from '../../components/alert';
import { useEnumLabel } from '../../components/enum-options';
import { formatDate, formatLongDate } from '../../components/format';
import { useCases } from '../../stores/cases';
import { exportCaseHref } from '../exports/hash-params';
import { CaseReferButton, CaseReferrals } from '../referrals/case-referrals';
import { CaseVisitButton, CaseWork } from '../visits/case-work';
import { CaseEditDialog } from './case-edit-dialog';
import { CaseHistory } from './case-history';
import { ClosurePanel } from './closure-panel';
import { StageDialog } from './stage-dialog';
import { StatusDialog } from './status-dialog';

export function CasePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { current, currentId, error, load } = useCases();
  const [dialog, setDialog] = useState<'stage' | 'status' | 'edit' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    void load(id);
  }, [id, load]);

  if (error && currentId === id) return <ErrorAlert error={error} />;
  if (!current || current.id !== id) return <Loading />;
  const done = (message: string) => {
    setDialog(null);
    setNotice(message);
  };

  return (
    <>
      <p className="breadcrumb">
        <a href={paths.cases}>{t('nav.cases')}</a> / <a href={paths.client(current.clientId)}>{current.client.name}</a>
      </p>
      <div className="page-head">
        <div>
          <h1 tabIndex={-1}>{t('case.title', { number: current.number })}</h1>
          <p className="subtitle">
            <a href={paths.client(current.clientId)}>{current.client.name}</a>
            {current.client.nik && ` · ${t('client.nik')} ${current.client.nik}`}
          </p>
        </div>
        <div className="actions">
          <button type="button" className="button" onClick={() => setDialog('edit')}>
            {t('case.edit')}
          </button>
          <button type="button" className="button" onClick={() => setDialog('status')}>
            {t('case.changeStatus')}
          </button>
          <button type="button" className="button" onClick={() => setDialog('stage')}>
            {t('case.changeStage')}
          </button>
          <a className="button" href={exportCaseHref(current.id)}>
            {t('exporting.caseButton')}
          </a>
          <CaseReferButton caseId={current.id} />
          <CaseVisitButton caseDetail={current} />
        </div>
      </div>
      {notice && <Alert kind="success">{notice}</Alert>}
      <ClosurePanel caseDetail={current} onDone={(message) => done(message)} />
      <CaseFacts c={current} />
      <CaseHistory history={current.history} />
      <CaseReferrals caseId={current.id} />
      <CaseWork caseDetail={current} />
      <StageDialog open={dialog === 'stage'} caseDetail={current} onClose={() => setDialog(null)} onDone={() => done(t('case.stageChanged'))} />
      <CaseEditDialog open={dialog === 'edit'} caseDetail={current} onClose={() => setDialog(null)} onDone={() => done(t('case.saved'))} />
      <StatusDialog open={dialog === 'status'} caseDetail={current} onClose={() => setDialog(null)} onDone={(requested) => done(t(requested ? 'access.closure.requested' : 'case.statusChanged'))} />
    </>
  );
}

function CaseFacts({ c }: { c: CaseDetail }) {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const date = (iso: string | null) => (iso ? <time dateTime={iso} title={formatLongDate(iso, i18n.language)}>{formatDate(iso)}</time> : t('common.none'));
  return (
    <section className="card" aria-labelledby="case-facts-title">
      <h2 id="case-facts-title">{t('case.details')}</h2>
      <dl className="facts facts-columns">
        <div className="fact">
          <dt>{t('case.stage')}</dt>
          <dd>
            <span className="stage-pill">{label('stage', c.stage)}</span>
          </dd>
        </div>
        <div className="fact">
          <dt>{t('case.status')}</dt>
          <dd>
            <span className={`badge status-${c.status}`}>{label('status', c.status)}</span>
            {c.closureReason && <span className="block muted">{t('case.closureReasonIs', { reason: label('closureReason', c.closureReason) })}</span>}
          </dd>
        </div>
        <div className="fact">
          <dt>{t('case.cluster')}</dt>
          <dd>{label('cluster', c.cluster)}</dd>
        </div>
        <div className="fact">
          <dt>{t('case.ppksType')}</dt>
          <dd>{label('ppks', c.ppksType)}</dd>
        </div>
        <div className="fact">
          <dt>{t('case.worker')}</dt>
          <dd>{c.assignedWorker?.name ?? t('case.noWorker')}</dd>
        </div>
        <div className="fact">
          <dt>{t('case.openedAt')}</dt>
          <dd>{date(c.openedAt)}</dd>
        </div>
        <div className="fact">
          <dt>{t('case.closedAt')}</dt>
          <dd>{date(c.closedAt)}</dd>
        </div>
        <div className="fact fact-wide">
          <dt>{t('case.summary')}</dt>
          <dd className="prewrap">{c.summary ?? t('common.none')}</dd>
        </div>
      </dl>
    </section>
  );
}
