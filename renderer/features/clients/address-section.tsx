import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Field, fieldAria, GroupError } from '../../components/field';
import { RegionPicker } from '../regions/region-picker';
import type { ClientFormState } from './form-state';

/** Street, RT/RW and the Kemendagri region (province → regency → district → village). */
export function AddressSection() {
  const { t } = useTranslation();
  const { register, formState, control } = useFormContext<ClientFormState>();
  const e = formState.errors.address;
  return (
    <fieldset className="section">
      <legend>{t('client.address')}</legend>
      <Field id="client-street" label={t('client.street')} error={e?.street?.message}>
        <input type="text" autoComplete="off" {...fieldAria('client-street', e?.street?.message)} {...register('address.street')} />
      </Field>
      <div className="grid-4">
        <Field id="client-rt" label={t('client.rt')} error={e?.rt?.message}>
          <input type="text" inputMode="numeric" {...fieldAria('client-rt', e?.rt?.message)} {...register('address.rt')} />
        </Field>
        <Field id="client-rw" label={t('client.rw')} error={e?.rw?.message}>
          <input type="text" inputMode="numeric" {...fieldAria('client-rw', e?.rw?.message)} {...register('address.rw')} />
        </Field>
      </div>
      <Controller
        control={control}
        name="address.villageCode"
        render={({ field, fieldState }) => (
          <>
            <RegionPicker idPrefix="client-region" value={field.value} onChange={field.onChange} depth={4} emit="village" error={fieldState.error?.message} />
            <GroupError id="client-region-error" error={fieldState.error?.message} />
          </>
        )}
      />
    </fieldset>
  );
}
