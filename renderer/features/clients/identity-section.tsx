import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SEX } from '../../../shared/enums';
import { FormDateInput } from '../../components/date-input';
import { Field, fieldAria, GroupError } from '../../components/field';
import type { ClientFormState } from './form-state';
import { NikHint } from './nik-hint';

/** Name, NIK (with what it encodes), No. KK, sex, place and date of birth. */
export function IdentitySection() {
  const { t } = useTranslation();
  const { register, formState, control, setValue } = useFormContext<ClientFormState>();
  const e = formState.errors;
  const [nik, birthDate, sex] = useWatch({ control, name: ['nik', 'birthDate', 'sex'] });

  return (
    <fieldset className="section">
      <legend>{t('client.identity')}</legend>
      <Field id="client-name" label={t('client.name')} error={e.name?.message} required>
        <input type="text" autoComplete="off" {...fieldAria('client-name', e.name?.message)} {...register('name')} />
      </Field>
      <div className="grid-2">
        <Field id="client-nik" label={t('client.nik')} error={e.nik?.message}>
          <input
            type="text"
            inputMode="numeric"
            autoComplete="off"
            maxLength={64}
            {...fieldAria('client-nik', e.nik?.message)}
            aria-describedby={['client-nik-decoded', e.nik?.message ? 'client-nik-error' : ''].join(' ').trim()}
            {...register('nik')}
          />
          <NikHint
            id="client-nik-decoded"
            nik={nik ?? ''}
            birthDate={birthDate ?? ''}
            sex={sex ?? ''}
            onApply={(d, s) => {
              setValue('birthDate', d, { shouldDirty: true, shouldValidate: formState.isSubmitted });
              setValue('sex', s, { shouldDirty: true, shouldValidate: formState.isSubmitted });
            }}
          />
        </Field>
        <Field id="client-kk" label={t('client.kk')} error={e.kk?.message}>
          <input type="text" inputMode="numeric" autoComplete="off" maxLength={64} {...fieldAria('client-kk', e.kk?.message)} {...register('kk')} />
        </Field>
      </div>
      <fieldset className="inline-group" aria-describedby={e.sex?.message ? 'client-sex-error' : undefined}>
        <legend>
          {t('client.sex')}
          <span className="required" aria-hidden="true"> *</span>
        </legend>
        {SEX.values.map((v) => (
          <span className="check" key={v}>
            <input type="radio" id={`client-sex-${v}`} value={v} {...register('sex')} />
            <label htmlFor={`client-sex-${v}`}>{t(`enum.sex.${v}`)}</label>
          </span>
        ))}
        <GroupError id="client-sex-error" error={e.sex?.message} />
      </fieldset>
      <div className="grid-2">
        <Field id="client-birth-place" label={t('client.birthPlace')} error={e.birthPlace?.message}>
          <input type="text" {...fieldAria('client-birth-place', e.birthPlace?.message)} {...register('birthPlace')} />
        </Field>
        <Field id="client-birth-date" label={t('client.birthDate')} error={e.birthDate?.message}>
          <FormDateInput control={control} name="birthDate" {...fieldAria('client-birth-date', e.birthDate?.message)} />
        </Field>
      </div>
    </fieldset>
  );
}
