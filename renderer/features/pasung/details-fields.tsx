import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { PasungDetails, PasungEpisode } from '../../../shared/contract';
import { DIAGNOSIS, HEALTH_SERVICE, MANAGEMENT, PASUNG_METHOD, PASUNG_REASON } from '../../../shared/enums';
import { EnumOptions } from '../../components/enum-options';
import { Field, fieldAria, GroupError } from '../../components/field';

/** The facts of an episode as the form holds them: text as typed, '' for "not known". */
export interface DetailsValues {
  method: string;
  startedYear: string;
  shackledBy: string;
  reason: string;
  reasonNote: string;
  diagnosis: string;
  illnessStartedYear: string;
  treatmentHistory: string;
  service: string;
  management: string[];
}

export const detailsValues = (e?: PasungEpisode): DetailsValues => ({
  method: e?.method ?? '',
  startedYear: e?.startedYear ? String(e.startedYear) : '',
  shackledBy: e?.shackledBy ?? '',
  reason: e?.reason ?? '',
  reasonNote: e?.reasonNote ?? '',
  diagnosis: e?.diagnosis ?? '',
  illnessStartedYear: e?.illnessStartedYear ? String(e.illnessStartedYear) : '',
  treatmentHistory: e?.treatmentHistory ?? '',
  service: e?.service ?? '',
  management: e?.management ?? [],
});

const orNull = (v: string) => (v.trim() === '' ? null : v);
/** A year stays a number; anything else goes as typed so the schema names the problem. */
const year = (v: string) => (v.trim() === '' ? null : /^\d+$/.test(v.trim()) ? Number(v) : v);

export const toDetails = (v: DetailsValues) =>
  ({
    method: orNull(v.method),
    startedYear: year(v.startedYear),
    shackledBy: v.shackledBy,
    reason: orNull(v.reason),
    reasonNote: v.reasonNote,
    diagnosis: orNull(v.diagnosis),
    illnessStartedYear: year(v.illnessStartedYear),
    treatmentHistory: v.treatmentHistory,
    service: orNull(v.service),
    management: v.management,
  }) as unknown as PasungDetails;

/** The episode's facts: method, who and why, clinical context, service and management. */
export function DetailsFields({ register, errors, prefix }: { register: UseFormRegister<{ details: DetailsValues }>; errors?: FieldErrors<DetailsValues>; prefix: string }) {
  const { t } = useTranslation();
  const e = errors;
  const id = (name: string) => `${prefix}-${name}`;
  return (
    <>
      <div className="grid-3">
        <Field id={id('method')} label={t('pasung.method')} error={e?.method?.message}>
          <select {...fieldAria(id('method'), e?.method?.message)} {...register('details.method')}>
            <EnumOptions kind="pasungMethod" values={PASUNG_METHOD.values} empty={t('pasung.unknown')} />
          </select>
        </Field>
        <Field id={id('started')} label={t('pasung.startedYear')} error={e?.startedYear?.message}>
          <input type="text" inputMode="numeric" maxLength={4} {...fieldAria(id('started'), e?.startedYear?.message)} {...register('details.startedYear')} />
        </Field>
        <Field id={id('shackled-by')} label={t('pasung.shackledBy')} error={e?.shackledBy?.message}>
          <input type="text" maxLength={200} {...fieldAria(id('shackled-by'), e?.shackledBy?.message)} {...register('details.shackledBy')} />
        </Field>
      </div>
      <div className="grid-2">
        <Field id={id('reason')} label={t('pasung.reason')} error={e?.reason?.message}>
          <select {...fieldAria(id('reason'), e?.reason?.message)} {...register('details.reason')}>
            <EnumOptions kind="pasungReason" values={PASUNG_REASON.values} empty={t('pasung.unknown')} />
          </select>
        </Field>
        <Field id={id('reason-note')} label={t('pasung.reasonNote')} error={e?.reasonNote?.message}>
          <input type="text" maxLength={1000} {...fieldAria(id('reason-note'), e?.reasonNote?.message)} {...register('details.reasonNote')} />
        </Field>
      </div>
      <div className="grid-3">
        <Field id={id('diagnosis')} label={t('pasung.diagnosis')} error={e?.diagnosis?.message}>
          <select {...fieldAria(id('diagnosis'), e?.diagnosis?.message)} {...register('details.diagnosis')}>
            <EnumOptions kind="diagnosis" values={DIAGNOSIS.values} empty={t('pasung.unknown')} />
          </select>
        </Field>
        <Field id={id('illness')} label={t('pasung.illnessStartedYear')} error={e?.illnessStartedYear?.message}>
          <input type="text" inputMode="numeric" maxLength={4} {...fieldAria(id('illness'), e?.illnessStartedYear?.message)} {...register('details.illnessStartedYear')} />
        </Field>
        <Field id={id('service')} label={t('pasung.service')} error={e?.service?.message}>
          <select {...fieldAria(id('service'), e?.service?.message)} {...register('details.service')}>
            <EnumOptions kind="healthService" values={HEALTH_SERVICE.values} empty={t('pasung.unknown')} />
          </select>
        </Field>
      </div>
      <Field id={id('treatment')} label={t('pasung.treatmentHistory')} error={e?.treatmentHistory?.message}>
        <textarea rows={2} maxLength={2000} {...fieldAria(id('treatment'), e?.treatmentHistory?.message)} {...register('details.treatmentHistory')} />
      </Field>
      <fieldset className="checkbox-group">
        <legend>{t('pasung.management')}</legend>
        <div className="checks">
          {MANAGEMENT.values.map((v) => (
            <label key={v} className="check">
              <input type="checkbox" value={v} {...register('details.management')} />
              {t(`enum.management.${v}`)}
            </label>
          ))}
        </div>
        <GroupError id={id('management-error')} error={e?.management?.message} />
      </fieldset>
    </>
  );
}
