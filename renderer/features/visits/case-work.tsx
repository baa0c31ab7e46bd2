import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../shared/contract';
import { Alert } from '../../components/alert';
import { useEnumLabel } from '../../components/enum-options';
import { formatDate } from '../../components/format';
import { useServerText } from '../../i18n/server-messages';
import { useCases } from '../../stores/cases';
import { hasDraft } from '../../stores/drafts';
import { useDisability } from '../../stores/disability';
import { usePasung } from '../../stores/pasung';
import { useTimeline } from '../../stores/timeline';
import { useVisits } from '../../stores/visits';
import '../../styles/casework.css';
import { CaseServices } from '../disability/case-services';
import { ClientDisability } from '../disability/client-disability';
import { CaseTasks } from '../follow-up/case-tasks';
import { CaseTimeline } from '../timeline/case-timeline';
import { VisitDialog, visitDraftKey } from './visit-dialog';

/** What kind of case this is for the visit form: pasung follow-up, disability support. */
function useCaseKind(c: CaseDetail, loader = false) {
  const { episodes, load } = usePasung();
  const pasungClient = usePasung((s) => s.clientId);
  const { kinds, loadKinds } = useDisability();
  useEffect(() => {
    if (!loader) return;
    void load(c.clientId, false);
    void loadKinds(c.clientId);
  }, [c.clientId, load, loadKinds, loader]);
  const pasung = pasungClient === c.clientId && (episodes?.length ?? 0) > 0;
  const disabilityKinds = kinds?.clientId === c.clientId ? kinds.kinds : [];
  return { pasung, disability: disabilityKinds.length > 0 || c.cluster === 'penyandang_disabilitas', disabilityKinds };
}

/** "Catat kunjungan", beside the case page's other actions. */
export function CaseVisitButton({ caseDetail: c }: { caseDetail: CaseDetail }) {
  const { t } = useTranslation();
  // Open again after an unlock when the data locked while a visit was being written.
  const [open, setOpen] = useState(() => hasDraft(visitDraftKey(c.id)));
  const kind = useCaseKind(c);
  const setLastSaved = useVisits((s) => s.setLastSaved);
  return (
    <>
      <button type="button" className="button button-primary" onClick={() => setOpen(true)}>
        {t('visit.log')}
      </button>
      <VisitDialog
        open={open}
        caseDetail={c}
        pasungCase={kind.pasung}
        disabilityCase={kind.disability}
        onClose={() => setOpen(false)}
        onSaved={(visit, uploadProblems) => {
          setOpen(false);
          setLastSaved({ visit, uploadProblems });
          // The visit may have raised the case's risk, closed planned visits and planned the next.
          void useCases.getState().load(c.id);
          useTimeline.getState().refresh();
        }}
      />
    </>
  );
}

/** The casework sections of the case page: risk, follow-ups, services, devices, the timeline. */
export function CaseWork({ caseDetail: c }: { caseDetail: CaseDetail }) {
  const { t } = useTranslation();
  const st = useServerText();
  const label = useEnumLabel();
  const kind = useCaseKind(c, true);
  const { lastSaved, setLastSaved } = useVisits();
  const [notice, setNotice] = useState<string | null>(null);
  const saved = lastSaved?.visit.caseId === c.id ? lastSaved : null;
  // The notice sits below the case's facts: bring it into view when a visit was just saved.
  const savedRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (saved) savedRef.current?.scrollIntoView({ block: 'nearest' });
  }, [saved]);
  // The "saved" notice belongs to this visit of the page only.
  useEffect(() => () => setLastSaved(null), [setLastSaved]);
  const onNotice = (m: string) => {
    setNotice(m);
    setLastSaved(null);
    useTimeline.getState().refresh();
  };

  return (
    <>
      {c.risk && (
        <p className={`risk-banner risk-${c.risk}`}>
          {t('visit.caseRisk')} <strong>{label('risk', c.risk)}</strong>
        </p>
      )}
      {saved && (
        <div ref={savedRef}>
          <Alert kind={saved.uploadProblems.length ? 'warning' : 'success'} title={t('visit.saved')}>
            <p>{saved.visit.nextVisitDate ? t('visit.savedNext', { date: formatDate(saved.visit.nextVisitDate) }) : t('visit.savedNoNext')}</p>
            {saved.uploadProblems.length > 0 && (
              <>
                <p>{t('attachment.refused')}</p>
                <ul>
                  {saved.uploadProblems.map((p) => (
                    <li key={p.fileName}>
                      <strong>{p.fileName}</strong>: {st(p.message)}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </Alert>
        </div>
      )}
      {notice && !saved && <Alert kind="success">{notice}</Alert>}
      <CaseTasks caseId={c.id} onNotice={onNotice} />
      <CaseTimeline caseId={c.id} version={c.version} />
      <CaseServices caseId={c.id} onNotice={onNotice} />
      {kind.disability && <ClientDisability clientId={c.clientId} kinds={kind.disabilityKinds} caseId={c.id} />}
    </>
  );
}
