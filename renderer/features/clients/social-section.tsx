import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DISABILITY, PROGRAMME } from '../../../shared/enums';
import { Field, fieldAria, GroupError } from '../../components/field';
import type { ClientFormState } from './form-state';

const DECILES = Array.from({ length: 10 }, (_, i) => i + 1);

/** Phone and guardian. */
export function ContactSection() {
  const { t } = useTranslation();
  const { register, formState } = useFormContext<ClientFormState>();
  const e = formState.errors;
  return (
    <fieldset className="section">
      <legend>{t('client.contact')}</legend>
      <Field id="client-phone" label={t('client.phone')} error={e.phone?.message}>
        <input type="tel" {...fieldAria('client-phone', e.phone?.message)} {...register('phone')} />
      </Field>
      <div className="grid-3">
        <Field id="client-guardian-name" label={t('client.guardianName')} error={e.guardian?.name?.message}>
          <input type="text" {...fieldAria('client-guardian-name', e.guardian?.name?.message)} {...register('guardian.name')} />
        </Field>
        <Field id="client-guardian-relationship" label={t('client.guardianRelationship')} error={e.guardian?.relationship?.message}>
          <input type="text" {...fieldAria('client-guardian-relationship', e.guardian?.relationship?.message)} {...register('guardian.relationship')} />
        </Field>
        <Field id="client-guardian-phone" label={t('client.guardianPhone')} error={e.guardian?.phone?.message}>
          <input type="tel" {...fieldAria('client-guardian-phone', e.guardian?.phone?.message)} {...register('guardian.phone')} />
        </Field>
      </div>
    </fieldset>
  );
}

/** DTSEN registration and decile, benefit programmes, disability kinds. */
export function WelfareSection() {
  const { t } = useTranslation();
  const { register, formState, control } = useFormContext<ClientFormState>();
  const e = formState.errors;
  const registered = useWatch({ control, name: 'dtsen.registered' });
  return (
    <fieldset className="section">
      <legend>{t('client.welfare')}</legend>
      <div className="check">
        <input type="checkbox" id="client-dtsen-registered" {...register('dtsen.registered')} />
        <label htmlFor="client-dtsen-registered">{t('client.dtsenRegistered')}</label>
      </div>
      {registered && (
        <div className="grid-2">
          <Field id="client-dtsen-decile" label={t('client.dtsenDecile')} error={e.dtsen?.decile?.message}>
            <select
              {...fieldAria('client-dtsen-decile', e.dtsen?.decile?.message)}
              {...register('dtsen.decile', { setValueAs: (v: unknown) => (v === '' || v === null || v === undefined ? null : Number(v)) })}
            >
              <option value="">{t('client.dtsenDecileUnknown')}</option>
              {DECILES.map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
            </select>
          </Field>
          <Field id="client-dtsen-register-id" label={t('client.dtsenRegisterId')} error={e.dtsen?.registerId?.message}>
            <input type="text" {...fieldAria('client-dtsen-register-id', e.dtsen?.registerId?.message)} {...register('dtsen.registerId')} />
          </Field>
        </div>
      )}
      <CheckboxGroup name="programmes" kind="programme" values={PROGRAMME.values} legend={t('client.programmes')} error={e.programmes?.message} />
      <CheckboxGroup name="disabilities" kind="disability" values={DISABILITY.values} legend={t('client.disabilities')} error={e.disabilities?.message} />
    </fieldset>
  );
}

function CheckboxGroup(props: { name: 'programmes' | 'disabilities'; kind: string; values: readonly string[]; legend: string; error?: string }) {
  const { t } = useTranslation();
  const { register } = useFormContext<ClientFormState>();
  const errorId = `client-${props.name}-error`;
  return (
    <fieldset className="checkbox-group" aria-describedby={props.error ? errorId : undefined}>
      <legend>{props.legend}</legend>
      <div className="checks">
        {props.values.map((v) => (
          <span className="check" key={v}>
            <input type="checkbox" id={`client-${props.name}-${v}`} value={v} {...register(props.name)} />
            <label htmlFor={`client-${props.name}-${v}`}>{t(`enum.${props.kind}.${v}`)}</label>
          </span>
        ))}
      </div>
      <GroupError id={errorId} error={props.error} />
    </fieldset>
  );
}
