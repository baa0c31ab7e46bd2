import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '../../../shared/contract';
import { useEnumLabel, type EnumKind } from '../../components/enum-options';
import { formatDate, formatDateTime } from '../../components/format';
import { useTimeZone } from '../../stores/settings';
import { AttachmentThumb } from '../attachments/attachment-viewer';
import { LetterEventBody, ReferralEventBody } from '../referrals/timeline-bodies';

type Data = TimelineEvent['data'];
const str = (d: Data, k: string) => (typeof d[k] === 'string' && d[k] !== '' ? (d[k] as string) : null);

/** One event of the chronology, rendered for its kind. */
export function TimelineEventView({ event: e, onOpenAttachment }: { event: TimelineEvent; onOpenAttachment(a: { id: string; fileName: string }): void }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const when = /^\d{4}-\d{2}-\d{2}$/.test(e.at) ? formatDate(e.at) : formatDateTime(e.at, timeZone);
  return (
    <article className={`tl-event tl-${e.kind}`} aria-label={`${t(`enum.timelineKind.${e.kind}`)}, ${when}`}>
      <span className="tl-kind">{t(`enum.timelineKind.${e.kind}`)}</span>
      <div className="tl-body">
        <Body e={e} onOpenAttachment={onOpenAttachment} />
        <p className="tl-meta">
          <time dateTime={e.at}>{when}</time>
          {e.actorName && ` · ${e.actorName}`}
        </p>
      </div>
    </article>
  );
}

function Body({ e, onOpenAttachment }: { e: TimelineEvent; onOpenAttachment(a: { id: string; fileName: string }): void }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const d = e.data;
  const l = (kind: EnumKind, key: string) => label(kind, str(d, key));
  const reason = str(d, 'reason') && (
    <p className="tl-detail">
      <span className="muted">{t('timeline.reason')}</span> {str(d, 'reason')}
    </p>
  );
  switch (e.kind) {
    case 'kunjungan':
      return <VisitBody d={d} />;
    case 'kasus': {
      if (d.event === 'klien_terdaftar') return <p className="tl-title">{t('timeline.clientRegistered')}</p>;
      if (d.event === 'kasus_dibuka') return <p className="tl-title">{t('timeline.caseOpened', { number: str(d, 'number') ?? '', stage: l('stage', 'stage') })}</p>;
      // A pekerja sosial's closure waiting for a koordinator, or sent back by one.
      if (d.event === 'penutupan_diajukan')
        return (
          <>
            <p className="tl-title">{t('access.timeline.requested', { status: l('status', 'status') })}</p>
            <p className="tl-detail">{t('timeline.closure', { reason: l('closureReason', 'closureReason') })}</p>
            {reason}
          </>
        );
      if (d.event === 'penutupan_dikembalikan')
        return (
          <>
            <p className="tl-title">{t('access.timeline.returned')}</p>
            {reason}
          </>
        );
      const fields = Array.isArray(d.fields) ? d.fields : [];
      return (
        <>
          <p className="tl-title">
            {fields.includes('risk') && str(d, 'risk') ? t('timeline.riskChanged', { risk: l('risk', 'risk') }) : t('timeline.caseChanged')}
          </p>
          {reason}
        </>
      );
    }
    case 'tahap':
      return (
        <>
          <p className="tl-title">{t('timeline.stage', { from: l('stage', 'from'), to: l('stage', 'to') })}</p>
          {reason}
        </>
      );
    case 'status':
      return (
        <>
          <p className="tl-title">{t('timeline.status', { from: l('status', 'from'), to: l('status', 'to') })}</p>
          {str(d, 'closureReason') && <p className="tl-detail">{t('timeline.closure', { reason: l('closureReason', 'closureReason') })}</p>}
          {d.approvedRequest === true && <p className="tl-detail">{t('access.timeline.approved')}</p>}
          {reason}
        </>
      );
    case 'pasung':
      return (
        <>
          <p className="tl-title">{t('timeline.pasung', { status: l('pasungStatus', 'status') })}</p>
          {str(d, 'by') && <p className="tl-detail">{t('timeline.by', { by: str(d, 'by') })}</p>}
          {str(d, 'note') && <p className="tl-detail">{str(d, 'note')}</p>}
        </>
      );
    case 'alat_bantu':
      return (
        <>
          <p className="tl-title">{t('timeline.device', { device: l('device', 'device'), step: l('deviceStep', 'step') })}</p>
          {(str(d, 'detail') || str(d, 'source')) && (
            <p className="tl-detail">{[str(d, 'detail'), str(d, 'source') && t('timeline.source', { source: str(d, 'source') })].filter(Boolean).join(' · ')}</p>
          )}
        </>
      );
    case 'layanan':
      return (
        <>
          <p className="tl-title">{t('timeline.service', { component: l('atensiService', 'component') })}</p>
          {str(d, 'note') && <p className="tl-detail">{str(d, 'note')}</p>}
        </>
      );
    case 'tindak_lanjut':
      return (
        <>
          <p className="tl-title">
            {t(d.outcome === 'terlewat' ? 'timeline.taskMissed' : 'timeline.taskDone', { title: str(d, 'title') ?? '', kind: l('taskKind', 'kind') })}
          </p>
          <p className="tl-detail">
            {t('timeline.taskDue', { date: formatDate(str(d, 'dueDate')) })}
            {str(d, 'note') && ` · ${str(d, 'note')}`}
          </p>
        </>
      );
    case 'lampiran':
      return (
        <>
          <p className="tl-title">{t(str(d, 'visitId') ? 'timeline.attachmentVisit' : 'timeline.attachment', { name: str(d, 'fileName') ?? '' })}</p>
          <AttachmentThumb
            a={{ id: e.id, fileName: str(d, 'fileName') ?? '', thumbnail: str(d, 'thumbnail'), mimeType: str(d, 'mimeType') ?? '' }}
            onOpen={onOpenAttachment}
          />
        </>
      );
    case 'rujukan':
      return <ReferralEventBody d={d} />;
    case 'surat':
      return <LetterEventBody d={d} />;
    default:
      return <p className="tl-title">{e.kind}</p>;
  }
}

/** A visit: type, place and people, the indicators at a glance, the start of the note. */
function VisitBody({ d }: { d: Data }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const note = str(d, 'note');
  const cut = typeof d.noteLength === 'number' && note !== null && d.noteLength > note.length;
  const chips: { key: string; text: string; tone?: string }[] = [];
  if (str(d, 'risk')) chips.push({ key: 'risk', text: t('timeline.riskChip', { risk: label('risk', str(d, 'risk')) }), tone: `risk-${str(d, 'risk')}` });
  if (d.relapse === true) chips.push({ key: 'relapse', text: t('timeline.relapseChip', { date: formatDate(str(d, 'relapseDate')) }), tone: 'risk-tinggi' });
  if (d.relapse === false) chips.push({ key: 'relapse', text: t('timeline.noRelapseChip') });
  if (str(d, 'medication')) chips.push({ key: 'med', text: t('timeline.medicationChip', { value: label('medication', str(d, 'medication')) }) });
  if (str(d, 'nextVisitDate')) chips.push({ key: 'next', text: t('timeline.nextChip', { date: formatDate(str(d, 'nextVisitDate')) }) });
  if (typeof d.attachments === 'number' && d.attachments > 0) chips.push({ key: 'att', text: t('timeline.attachmentsChip', { count: d.attachments }) });
  return (
    <>
      <p className="tl-title">
        {label('visitType', str(d, 'type'))}
        {str(d, 'place') && <span className="tl-place"> · {str(d, 'place')}</span>}
      </p>
      {str(d, 'peopleMet') && <p className="tl-detail">{t('timeline.peopleMet', { people: str(d, 'peopleMet') })}</p>}
      {chips.length > 0 && (
        <ul className="chips" aria-label={t('timeline.indicators')}>
          {chips.map((c) => (
            <li key={c.key} className={`chip ${c.tone ?? ''}`}>
              {c.text}
            </li>
          ))}
        </ul>
      )}
      {note && (
        <p className="tl-note">
          {note}
          {cut && '…'}
        </p>
      )}
      {str(d, 'wellbeing') && <p className="tl-detail">{t('timeline.wellbeing', { text: str(d, 'wellbeing') })}</p>}
      {str(d, 'disabilityProgress') && <p className="tl-detail">{t('timeline.disability', { text: str(d, 'disabilityProgress') })}</p>}
    </>
  );
}
