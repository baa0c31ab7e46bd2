import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { SetupInput } from '../../../shared/contract';
import { Alert } from '../../components/alert';
import { Field, fieldAria } from '../../components/field';
import { applyServerErrors, FormProblemAlert, useFormProblem } from '../../components/server-errors';
import { useSession } from '../../stores/session';
import { repeated } from './forms';
import { LockFrame } from './lock-frame';
import { MoveInForm } from './move-in-form';
import { RestoreInForm } from './restore-in-form';
import { PassphraseInput, StrengthHint } from './passphrase';

const Schema = SetupInput.extend({ passphraseAgain: z.string() }).refine(...repeated('passphrase', 'passphraseAgain'));
type Values = z.input<typeof Schema>;
const FIELDS = ['name', 'position', 'login', 'passphrase', 'passphraseAgain'] as const;

type Mode = 'new' | 'move' | 'restore';
const CHOICE: Record<Mode, { label: string; hint: string }> = {
  new: { label: 'session.setup.choiceNew', hint: 'session.setup.choiceNewHint' },
  move: { label: 'session.setup.choiceMove', hint: 'session.setup.choiceMoveHint' },
  restore: { label: 'session.setup.choiceRestore', hint: 'session.setup.choiceRestoreHint' },
};

/**
 * First start: the first admin's profile and account (the recovery key follows, app.tsx), or,
 * on a new laptop, the data moved from the old one (move-in-form.tsx) or restored from a
 * backup when the old one died (restore-in-form.tsx). A folder that already holds data offers
 * only the first: nothing is ever moved or restored over existing data.
 */
export function SetupScreen({ existingData }: { existingData: boolean }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>('new');
  return (
    <LockFrame wide>
      <h1>{t('session.setup.title')}</h1>
      {!existingData && (
        <fieldset className="setup-choice">
          <legend>{t('session.setup.choice')}</legend>
          {(['new', 'move', 'restore'] as const).map((m) => (
            <label key={m} className="setup-choice-option">
              <input type="radio" name="setup-choice" value={m} checked={mode === m} onChange={() => setMode(m)} aria-describedby={`setup-choice-${m}-hint`} />
              <span>{t(CHOICE[m].label)}</span>
              <span className="hint" id={`setup-choice-${m}-hint`}>
                {t(CHOICE[m].hint)}
              </span>
            </label>
          ))}
        </fieldset>
      )}
      {mode === 'move' && !existingData ? <MoveInForm /> : mode === 'restore' && !existingData ? <RestoreInForm /> : <FirstAdminForm existingData={existingData} />}
    </LockFrame>
  );
}

function FirstAdminForm({ existingData }: { existingData: boolean }) {
  const { t } = useTranslation();
  const setup = useSession((s) => s.setup);
  const problem = useFormProblem();
  const form = useForm<Values, unknown, z.output<typeof Schema>>({
    resolver: zodResolver(Schema),
    defaultValues: { name: '', position: '', login: '', passphrase: '', passphraseAgain: '' },
  });
  const e = form.formState.errors;
  const passphrase = useWatch({ control: form.control, name: 'passphrase' }) ?? '';

  const submit = form.handleSubmit(async ({ passphraseAgain: _, ...input }) => {
    problem.clear();
    const r = await setup(input);
    if (!r.ok) problem.fromServer(r.error, applyServerErrors(r.error, form.setError, FIELDS));
  }, problem.invalid);

  return (
    <>
      <p className="lead">{t('session.setup.intro')}</p>
      {existingData && (
        <Alert kind="info" title={t('session.setup.existingData')}>
          <p>{t('session.setup.existingDataMore')}</p>
        </Alert>
      )}
      <form className="form card" onSubmit={submit} noValidate aria-label={t('session.setup.title')}>
        <fieldset className="section">
          <legend>{t('session.setup.profile')}</legend>
          <div className="grid-2">
            <Field id="setup-name" label={t('session.name')} error={e.name?.message} required>
              <input type="text" autoComplete="name" autoFocus {...fieldAria('setup-name', e.name?.message)} {...form.register('name')} />
            </Field>
            <Field id="setup-position" label={t('session.position')} error={e.position?.message}>
              <input type="text" {...fieldAria('setup-position', e.position?.message)} {...form.register('position')} />
            </Field>
          </div>
        </fieldset>
        <fieldset className="section">
          <legend>{t('session.setup.account')}</legend>
          <Field id="setup-login" label={t('session.login')} error={e.login?.message} hint={t('session.loginHint')} required>
            <input type="text" autoComplete="username" autoCapitalize="off" spellCheck={false} {...fieldAria('setup-login', e.login?.message, true)} {...form.register('login')} />
          </Field>
          <Field id="setup-passphrase" label={t('session.passphrase')} error={e.passphrase?.message} hint={<StrengthHint passphrase={passphrase} />} required>
            <PassphraseInput label={t('session.passphrase')} autoComplete="new-password" {...fieldAria('setup-passphrase', e.passphrase?.message, true)} {...form.register('passphrase')} />
          </Field>
          <Field id="setup-passphrase-again" label={t('session.passphraseAgain')} error={e.passphraseAgain?.message} required>
            <PassphraseInput label={t('session.passphraseAgain')} autoComplete="new-password" {...fieldAria('setup-passphrase-again', e.passphraseAgain?.message)} {...form.register('passphraseAgain')} />
          </Field>
        </fieldset>
        <FormProblemAlert problem={problem.problem} />
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? t('session.setup.working') : t('session.setup.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
