import { useRef, useState } from 'react';
import { useForm, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LETTER_BODY_PLACEHOLDERS, type LetterSettings } from '../../../shared/contract';
import { PAPER } from '../../../shared/enums';
import { Alert } from '../../components/alert';
import { EnumOptions } from '../../components/enum-options';
import { allMessages, Field, fieldAria } from '../../components/field';
import { FormProblemAlert, useFormProblem } from '../../components/server-errors';
import { useLetters } from '../../stores/letters';
import { applyLetterServerErrors, letterSettingsResolver, numberExample, toValues, type LetterSettingsValues } from './letter-settings-values';
import { LogoField } from './logo-field';

type Form = UseFormReturn<LetterSettingsValues, unknown, LetterSettings>;

/** Letterhead, numbering, signer, body, paper and margins, and the referral documents checklist. */
export function LetterSettingsForm({ settings }: { settings: LetterSettings }) {
  const { t } = useTranslation();
  const update = useLetters((s) => s.updateSettings);
  const problem = useFormProblem();
  const [saved, setSaved] = useState(false);
  const form = useForm<LetterSettingsValues, unknown, LetterSettings>({ resolver: letterSettingsResolver, defaultValues: toValues(settings), criteriaMode: 'all' });
  const e = form.formState.errors;
  const text = (name: 'address' | 'phone' | 'email' | 'website' | 'place' | 'classificationCode' | 'unitCode', id: string, max: number, required = false, hint?: string) => (
    <Field id={id} label={t(`letterSettings.${name}`)} error={e[name]?.message} required={required} hint={hint}>
      <input type="text" maxLength={max} {...fieldAria(id, e[name]?.message, Boolean(hint))} {...form.register(name)} />
    </Field>
  );

  const submit = form.handleSubmit(async (values) => {
    problem.clear();
    setSaved(false);
    const r = await update(values);
    if (r.ok) {
      form.reset(toValues(r.value));
      return setSaved(true);
    }
    problem.fromServer(r.error, applyLetterServerErrors(r.error, form.setError));
  }, problem.invalid);

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="settings-letter-title">
      <fieldset className="section">
        <legend>{t('letterSettings.letterhead')}</legend>
        <ListField form={form} name="agencyLines" id="letter-agency" rows={4} required />
        {text('address', 'letter-address', 300, true)}
        <div className="grid-3">
          {text('phone', 'letter-phone', 60)}
          {text('email', 'letter-email', 120)}
          {text('website', 'letter-website', 120)}
        </div>
        <LogoField form={form} />
      </fieldset>

      <fieldset className="section">
        <legend>{t('letterSettings.numbering')}</legend>
        <NumberTemplate form={form} />
        <div className="grid-3">
          {text('classificationCode', 'letter-kode', 20, true)}
          {text('unitCode', 'letter-unit', 40, true)}
          {text('place', 'letter-place', 80, true, t('letterSettings.placeHint'))}
        </div>
      </fieldset>

      <fieldset className="section">
        <legend>{t('letterSettings.signer')}</legend>
        <div className="grid-2">
          <Field id="letter-signer-position" label={t('letterSettings.signerPosition')} error={e.signer?.position?.message} required>
            <input type="text" maxLength={200} {...fieldAria('letter-signer-position', e.signer?.position?.message)} {...form.register('signer.position')} />
          </Field>
          <Field id="letter-signer-name" label={t('letterSettings.signerName')} error={e.signer?.name?.message} required>
            <input type="text" maxLength={200} {...fieldAria('letter-signer-name', e.signer?.name?.message)} {...form.register('signer.name')} />
          </Field>
          <Field id="letter-signer-rank" label={t('letterSettings.signerRank')} error={e.signer?.rank?.message}>
            <input type="text" maxLength={120} {...fieldAria('letter-signer-rank', e.signer?.rank?.message)} {...form.register('signer.rank')} />
          </Field>
          <Field id="letter-signer-nip" label={t('letterSettings.signerNip')} error={e.signer?.nip?.message} hint={t('letterSettings.signerNipHint')}>
            <input type="text" inputMode="numeric" maxLength={18} {...fieldAria('letter-signer-nip', e.signer?.nip?.message, true)} {...form.register('signer.nip')} />
          </Field>
        </div>
      </fieldset>

      <fieldset className="section">
        <legend>{t('letterSettings.content')}</legend>
        <BodyTemplate form={form} />
        <Field id="letter-closing" label={t('letterSettings.closing')} error={e.closing?.message} required>
          <textarea rows={3} maxLength={2000} {...fieldAria('letter-closing', e.closing?.message)} {...form.register('closing')} />
        </Field>
        <ListField form={form} name="tembusan" id="letter-tembusan" rows={3} />
      </fieldset>

      <fieldset className="section">
        <legend>{t('letterSettings.page')}</legend>
        <Field id="letter-paper-default" label={t('letterSettings.paper')} error={e.paper?.message} required>
          <select {...fieldAria('letter-paper-default', e.paper?.message)} {...form.register('paper')}>
            <EnumOptions kind="paper" values={PAPER.values} />
          </select>
        </Field>
        <fieldset className="inline-group">
          <legend>{t('letterSettings.margins')}</legend>
          <div className="margins">
            {(['top', 'right', 'bottom', 'left'] as const).map((side) => (
              <Field key={side} id={`letter-margin-${side}`} label={t(`letterSettings.margin${side[0].toUpperCase()}${side.slice(1)}`)} error={e.margins?.[side]?.message}>
                <input type="number" min={5} max={50} step={1} {...fieldAria(`letter-margin-${side}`, e.margins?.[side]?.message)} {...form.register(`margins.${side}`, { valueAsNumber: true })} />
              </Field>
            ))}
          </div>
        </fieldset>
      </fieldset>

      <fieldset className="section">
        <legend>{t('letterSettings.documents')}</legend>
        <ListField form={form} name="referralDocuments" id="letter-documents" rows={7} />
      </fieldset>

      <FormProblemAlert problem={problem.problem} />
      {saved && <Alert kind="success">{t('letterSettings.saved')}</Alert>}
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t('common.saving') : t('letterSettings.save')}
        </button>
      </div>
    </form>
  );
}

const LIST_HINTS = { agencyLines: 'agencyLinesHint', tembusan: 'tembusanHint', referralDocuments: 'documentsHint' } as const;
const LIST_LABELS = { agencyLines: 'agencyLines', tembusan: 'tembusan', referralDocuments: 'documents' } as const;

/** A list edited one item per line; every problem (per line) shows beside it. */
function ListField({ form, name, id, rows, required }: { form: Form; name: 'agencyLines' | 'tembusan' | 'referralDocuments'; id: string; rows: number; required?: boolean }) {
  const { t } = useTranslation();
  const errors = allMessages(form.formState.errors[name]);
  return (
    <Field id={id} label={t(`letterSettings.${LIST_LABELS[name]}`)} error={errors} hint={t(`letterSettings.${LIST_HINTS[name]}`)} required={required}>
      <textarea rows={rows} {...fieldAria(id, errors, true)} {...form.register(name)} />
    </Field>
  );
}

function NumberTemplate({ form }: { form: Form }) {
  const { t } = useTranslation();
  const [template, kode, unit] = useWatch({ control: form.control, name: ['numberTemplate', 'classificationCode', 'unitCode'] });
  const example = numberExample(template ?? '', kode ?? '', unit ?? '');
  const errors = allMessages(form.formState.errors.numberTemplate);
  return (
    <Field
      id="letter-number-template"
      label={t('letterSettings.numberTemplate')}
      error={errors}
      required
      hint={
        <>
          {t('letterSettings.numberHint')}
          {example && <span className="block">{t('letterSettings.numberExample', { example })}</span>}
        </>
      }
    >
      <input type="text" className="mono" maxLength={100} {...fieldAria('letter-number-template', errors, true)} {...form.register('numberTemplate')} />
    </Field>
  );
}

/** The body template with its placeholders, each a button that inserts it where the cursor is. */
function BodyTemplate({ form }: { form: Form }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLTextAreaElement | null>(null);
  const errors = allMessages(form.formState.errors.bodyTemplate);
  const { ref: registerRef, ...field } = form.register('bodyTemplate');
  const insert = (p: string) => {
    const el = ref.current;
    if (!el) return;
    el.focus();
    el.setRangeText(`{${p}}`, el.selectionStart, el.selectionEnd, 'end');
    form.setValue('bodyTemplate', el.value, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
  };
  return (
    <Field
      id="letter-body"
      label={t('letterSettings.body')}
      error={errors}
      required
      hint={
        <>
          {t('letterSettings.bodyHint')}
          <span className="placeholder-list">
            {LETTER_BODY_PLACEHOLDERS.map((p) => (
              <button key={p} type="button" aria-label={t('letterSettings.insert', { placeholder: `{${p}}` })} onClick={() => insert(p)}>
                {`{${p}}`}
              </button>
            ))}
          </span>
        </>
      }
    >
      <textarea
        rows={12}
        maxLength={8000}
        {...fieldAria('letter-body', errors, true)}
        {...field}
        ref={(el) => {
          registerRef(el);
          ref.current = el;
        }}
      />
    </Field>
  );
}
