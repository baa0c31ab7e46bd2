import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useWatch, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ConsentInput, MAX_ATTACHMENT_BYTES } from '../../../shared/contract';
import { CONSENT_PURPOSE } from '../../../shared/enums/consent';
import { FormDateInput } from '../../components/date-input';
import { Dialog } from '../../components/dialog';
import { Field, fieldAria, GroupError } from '../../components/field';
import { FormDialogBody, useSaveForm } from '../../components/form-dialog';
import { ACCEPT } from '../../stores/attachments';
import { usePrivacy } from '../../stores/privacy';

interface Values {
  clientId: string;
  purpose: string;
  givenBy: string;
  guardianName: string;
  guardianRelation: string;
  givenOn: string;
  note: string;
}
const FIELDS = ['purpose', 'givenBy', 'guardianName', 'guardianRelation', 'givenOn', 'note', 'evidence'] as const;
// The shared schema checks the form; the file is added on sending (it is not form text).
const resolver = zodResolver(ConsentInput) as unknown as Resolver<Values, unknown, ConsentInput>;

/** Records a consent: purpose, the client or a guardian, the date, and the signed form. */
export function ConsentDialog({ clientId, open, today, onClose, onSaved }: { clientId: string; open: boolean; today: string; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={onClose} title={t('consent.addTitle')}>
      <ConsentForm clientId={clientId} today={today} onClose={onClose} onSaved={onSaved} />
    </Dialog>
  );
}

function ConsentForm({ clientId, today, onClose, onSaved }: { clientId: string; today: string; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const addConsent = usePrivacy((s) => s.addConsent);
  const [file, setFile] = useState<File | null>(null);
  const saver = useSaveForm({
    resolver,
    defaultValues: { clientId, purpose: '', givenBy: '', guardianName: '', guardianRelation: '', givenOn: today, note: '' },
    fields: FIELDS,
    // A file over the limit is refused here; its error already stands beside the picker.
    save: async (input) => (file && file.size > MAX_ATTACHMENT_BYTES ? null : addConsent(input, file)),
    onSaved: () => onSaved(),
  });
  const { form } = saver;
  const e = form.formState.errors as Record<string, { message?: string } | undefined> & { evidence?: { fileName?: { message?: string }; dataBase64?: { message?: string } } };
  const givenBy = useWatch({ control: form.control, name: 'givenBy' });
  const fileError = e.evidence?.dataBase64?.message ?? e.evidence?.fileName?.message ?? (file && file.size > MAX_ATTACHMENT_BYTES ? t('attachment.tooBig') : undefined);

  return (
    <FormDialogBody saver={saver} submitLabel={t('consent.save')} onCancel={onClose} sayBusy>
      <p className="hint">{t('consent.childHint')}</p>
      <Field id="consent-purpose" label={t('consent.purpose')} error={e.purpose?.message} required>
        <select {...fieldAria('consent-purpose', e.purpose?.message)} {...form.register('purpose')}>
          <option value="">{t('common.choose')}</option>
          {CONSENT_PURPOSE.values.map((p) => (
            <option key={p} value={p}>
              {t(`enum.consentPurpose.${p}`)}
            </option>
          ))}
        </select>
      </Field>
      <fieldset className="inline-group" aria-describedby={e.givenBy ? 'consent-by-error' : undefined}>
        <legend>
          {t('consent.givenByLegend')}
          <span className="required" aria-hidden="true"> *</span>
        </legend>
        <label className="check">
          <input type="radio" value="klien" {...form.register('givenBy')} />
          {t('consent.own')}
        </label>
        <label className="check">
          <input type="radio" value="wali" {...form.register('givenBy')} />
          {t('consent.guardian')}
        </label>
        <GroupError id="consent-by-error" error={e.givenBy?.message} />
      </fieldset>
      {givenBy === 'wali' && (
        <div className="grid-2">
          <Field id="consent-guardian" label={t('consent.guardianName')} error={e.guardianName?.message} required>
            <input type="text" maxLength={200} {...fieldAria('consent-guardian', e.guardianName?.message)} {...form.register('guardianName')} />
          </Field>
          <Field id="consent-relation" label={t('consent.guardianRelation')} error={e.guardianRelation?.message} hint={t('consent.guardianRelationHint')} required>
            <input type="text" maxLength={60} {...fieldAria('consent-relation', e.guardianRelation?.message, true)} {...form.register('guardianRelation')} />
          </Field>
        </div>
      )}
      <Field id="consent-date" label={t('consent.givenOnLabel')} error={e.givenOn?.message} required>
        <FormDateInput control={form.control} name="givenOn" {...fieldAria('consent-date', e.givenOn?.message)} />
      </Field>
      <Field id="consent-note" label={t('consent.note')} error={e.note?.message} hint={t('consent.noteHint')}>
        <input type="text" maxLength={1000} {...fieldAria('consent-note', e.note?.message, true)} {...form.register('note')} />
      </Field>
      <Field id="consent-evidence" label={t('consent.evidenceLabel')} error={fileError} hint={t('consent.evidenceHint')}>
        <input
          id="consent-evidence"
          type="file"
          accept={ACCEPT}
          aria-invalid={fileError ? true : undefined}
          aria-describedby={['consent-evidence-hint', fileError ? 'consent-evidence-error' : ''].join(' ').trim()}
          onChange={(ev) => {
            form.clearErrors('evidence' as never);
            setFile(ev.target.files?.[0] ?? null);
          }}
        />
      </Field>
    </FormDialogBody>
  );
}
