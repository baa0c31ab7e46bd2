import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, Visit, VisitInput } from '../../../shared/contract';
import { VISIT_TYPE } from '../../../shared/enums';
import { DateInput, FormDateInput } from '../../components/date-input';
import { Dialog } from '../../components/dialog';
import { EnumOptions } from '../../components/enum-options';
import { Field, fieldAria } from '../../components/field';
import { todayIn } from '../../components/format';
import { FormDialogBody, useSaveForm } from '../../components/form-dialog';
import { useLockDraft } from '../../stores/drafts';
import { useTimeZone } from '../../stores/settings';
import { suggestNext, useVisits } from '../../stores/visits';
import { AttachmentPicker, uploadAll, type UploadProblem } from '../attachments/attachment-picker';
import { composeVisitedAt, nowTimeIn } from './office-time';
import { PasungIndicatorsSection } from './pasung-indicators';
import { TimeInput } from './time-input';
import { emptyPasung, visitResolver, type Sections, type VisitValues } from './visit-values';

const KNOWN = ['type', 'visitedAt', 'place', 'peopleMet', 'note', 'wellbeing', 'pasung', 'disabilityProgress', 'nextVisitDate'] as const;

interface Props {
  open: boolean;
  caseDetail: CaseDetail;
  /** The client has a pasung episode: the follow-up indicators start switched on. */
  pasungCase: boolean;
  /** The client has a disability (or the case is in that cluster): the progress note starts on. */
  disabilityCase: boolean;
  onClose(): void;
  onSaved(visit: Visit, uploadProblems: UploadProblem[]): void;
}

export function VisitDialog(props: Props) {
  const { t } = useTranslation();
  return (
    <Dialog open={props.open} onClose={props.onClose} title={t('visit.title')}>
      <VisitForm {...props} />
    </Dialog>
  );
}

/** What the visit form holds when the data locks while it is open (stores/drafts.ts). */
interface VisitDraft {
  values: VisitValues;
  sections: Sections;
  date: string;
  time: string;
  files: File[];
}

export const visitDraftKey = (caseId: string) => `visit:${caseId}`;

function VisitForm({ caseDetail: c, pasungCase, disabilityCase, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const create = useVisits((s) => s.create);
  // Everything typed comes back after a lock and unlock (snapshot taken as the form goes).
  const draft = useLockDraft<VisitDraft>(visitDraftKey(c.id), (): VisitDraft => ({ values: form.getValues(), sections, date, time, files }));
  const restored = useRef(Boolean(draft));
  const [sections, setSections] = useState<Sections>(draft?.sections ?? { pasung: pasungCase, disability: disabilityCase });
  const sectionsRef = useRef(sections);
  sectionsRef.current = sections;
  const [date, setDate] = useState(() => draft?.date ?? todayIn(timeZone));
  const [time, setTime] = useState(() => draft?.time ?? nowTimeIn(timeZone));
  const [files, setFiles] = useState<File[]>(draft?.files ?? []);
  const [suggestion, setSuggestion] = useState<{ date: string | null; days: number | null } | null>(null);
  const [resolver] = useState(() => visitResolver(() => sectionsRef.current));
  const saver = useSaveForm<VisitValues, VisitInput, Visit>({
    resolver,
    defaultValues: draft?.values ?? {
      caseId: c.id,
      type: 'kunjungan_rumah',
      visitedAt: composeVisitedAt(date, time, timeZone),
      place: '',
      peopleMet: '',
      note: '',
      wellbeing: '',
      pasung: emptyPasung(),
      disabilityProgress: '',
      nextVisitDate: '',
    },
    fields: KNOWN,
    save: create,
    // The files go once the visit exists; the dialog stays busy until they are sent.
    onSaved: async (visit) => onSaved(visit, await uploadAll(files, { visitId: visit.id })),
  });
  const { form, errors: e } = saver;

  useEffect(() => {
    form.setValue('visitedAt', composeVisitedAt(date, time, timeZone));
  }, [date, time, timeZone, form]);

  // The next visit follows the risk (a relapse counts as high): re-suggested whenever the
  // risk or the visit's date changes; the worker can still change or clear it afterwards.
  const visitedAt = form.watch('visitedAt');
  const risk = form.watch('pasung.risk');
  const relapse = form.watch('pasung.relapse');
  const effectiveRisk = sections.pasung ? (relapse ? 'tinggi' : ((risk || null) as 'rendah' | 'sedang' | 'tinggi' | null)) : null;
  const lastSuggested = useRef('');
  useEffect(() => {
    if (!/T\d{2}:\d{2}:00[+-]\d{2}:\d{2}$/.test(visitedAt)) return;
    let live = true;
    void suggestNext(visitedAt, effectiveRisk).then((r) => {
      if (!live || !r.ok) return;
      setSuggestion(r.value);
      const current = form.getValues('nextVisitDate');
      // A restored draft keeps the next visit date as it was left.
      if (restored.current) {
        restored.current = false;
        lastSuggested.current = current === r.value.date ? current : '';
        return;
      }
      if (r.value.date) form.setValue('nextVisitDate', r.value.date, { shouldValidate: form.formState.isSubmitted });
      else if (current === lastSuggested.current) form.setValue('nextVisitDate', '');
      lastSuggested.current = r.value.date ?? '';
    });
    return () => {
      live = false;
    };
  }, [visitedAt, effectiveRisk, form]);

  return (
    <FormDialogBody saver={saver} submitLabel={t('visit.save')} onCancel={onClose} sayBusy className="form visit-form">
      <div className="grid-3">
        <Field id="visit-type" label={t('visit.type')} error={e.type?.message} required>
          <select {...fieldAria('visit-type', e.type?.message)} {...form.register('type')}>
            <EnumOptions kind="visitType" values={VISIT_TYPE.values} />
          </select>
        </Field>
        <Field id="visit-date" label={t('visit.date')} error={e.visitedAt?.message} required>
          <DateInput {...fieldAria('visit-date', e.visitedAt?.message)} value={date} onChange={setDate} />
        </Field>
        <Field id="visit-time" label={t('visit.time')} hint={t('visit.timeHint', { zone: zoneName(timeZone) })} required>
          <TimeInput {...fieldAria('visit-time', e.visitedAt?.message, true)} value={time} onChange={setTime} />
        </Field>
      </div>
      <div className="grid-2">
        <Field id="visit-place" label={t('visit.place')} error={e.place?.message}>
          <input type="text" maxLength={300} {...fieldAria('visit-place', e.place?.message)} {...form.register('place')} />
        </Field>
        <Field id="visit-people" label={t('visit.peopleMet')} error={e.peopleMet?.message}>
          <input type="text" maxLength={500} {...fieldAria('visit-people', e.peopleMet?.message)} {...form.register('peopleMet')} />
        </Field>
      </div>
      <Field id="visit-note" label={t('visit.note')} error={e.note?.message} hint={t('visit.noteHint')}>
        <textarea rows={5} maxLength={20000} {...fieldAria('visit-note', e.note?.message, true)} {...form.register('note')} />
      </Field>
      <Field id="visit-wellbeing" label={t('visit.wellbeing')} error={e.wellbeing?.message}>
        <textarea rows={2} maxLength={2000} {...fieldAria('visit-wellbeing', e.wellbeing?.message)} {...form.register('wellbeing')} />
      </Field>

      <fieldset className="section">
        <legend>{t('visit.pasungSection')}</legend>
        <label className="check">
          <input type="checkbox" checked={sections.pasung} onChange={(ev) => setSections((s) => ({ ...s, pasung: ev.target.checked }))} />
          {t('visit.pasungToggle')}
        </label>
        {sections.pasung && <PasungIndicatorsSection form={form} />}
      </fieldset>

      <fieldset className="section">
        <legend>{t('visit.disabilitySection')}</legend>
        <label className="check">
          <input type="checkbox" checked={sections.disability} onChange={(ev) => setSections((s) => ({ ...s, disability: ev.target.checked }))} />
          {t('visit.disabilityToggle')}
        </label>
        {sections.disability && (
          <Field id="visit-disability" label={t('visit.disabilityProgress')} error={e.disabilityProgress?.message} hint={t('visit.disabilityHint')}>
            <textarea rows={3} maxLength={2000} {...fieldAria('visit-disability', e.disabilityProgress?.message, true)} {...form.register('disabilityProgress')} />
          </Field>
        )}
      </fieldset>

      <div className="grid-2">
        <Field
          id="visit-next"
          label={t('visit.nextVisit')}
          error={e.nextVisitDate?.message}
          hint={
            suggestion?.days
              ? t('visit.nextSuggested', { days: suggestion.days, risk: t(`enum.risk.${effectiveRisk}`) })
              : t('visit.nextNoSuggestion')
          }
        >
          <div className="input-with-button">
            <FormDateInput control={form.control} name="nextVisitDate" {...fieldAria('visit-next', e.nextVisitDate?.message, true)} />
            <button type="button" className="button button-small" onClick={() => form.setValue('nextVisitDate', '')}>
              {t('visit.clearNext')}
            </button>
          </div>
        </Field>
        <AttachmentPicker id="visit-files" files={files} onChange={setFiles} label={t('visit.attachments')} />
      </div>

    </FormDialogBody>
  );
}

const ZONES: Record<string, string> = { 'Asia/Jakarta': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' };
export const zoneName = (timeZone: string) => ZONES[timeZone] ?? timeZone;
