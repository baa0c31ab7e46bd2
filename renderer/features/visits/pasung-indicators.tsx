import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { VisitInput } from '../../../shared/contract';
import { FAMILY_SUPPORT, JKN_STATUS, MEDICATION_ADHERENCE, RISK } from '../../../shared/enums';
import { FormDateInput } from '../../components/date-input';
import { EnumOptions } from '../../components/enum-options';
import { Field, fieldAria, GroupError } from '../../components/field';
import type { VisitValues } from './visit-values';

/** The pasung follow-up indicators (Permenkes 54/2017 field forms), recorded at each visit. */
export function PasungIndicatorsSection({ form }: { form: UseFormReturn<VisitValues, unknown, VisitInput> }) {
  const { t } = useTranslation();
  const e = form.formState.errors.pasung;
  const relapse = form.watch('pasung.relapse');
  const registered = form.watch('pasung.dtsenRegistered');
  const yesNo = (
    <>
      <option value="">{t('visit.unknown')}</option>
      <option value="true">{t('visit.yes')}</option>
      <option value="false">{t('visit.no')}</option>
    </>
  );
  return (
    <>
      <div className="grid-3">
        <Field id="visit-risk" label={t('visit.risk')} error={e?.risk?.message} hint={t('visit.riskHint')}>
          <select {...fieldAria('visit-risk', e?.risk?.message, true)} {...form.register('pasung.risk')}>
            <EnumOptions kind="risk" values={RISK.values} empty={t('visit.notAssessed')} />
          </select>
        </Field>
        <Field id="visit-medication" label={t('visit.medication')} error={e?.medication?.message}>
          <select {...fieldAria('visit-medication', e?.medication?.message)} {...form.register('pasung.medication')}>
            <EnumOptions kind="medication" values={MEDICATION_ADHERENCE.values} empty={t('visit.notAssessed')} />
          </select>
        </Field>
        <Field id="visit-jkn" label={t('visit.jkn')} error={e?.jkn?.message}>
          <select {...fieldAria('visit-jkn', e?.jkn?.message)} {...form.register('pasung.jkn')}>
            <EnumOptions kind="jkn" values={JKN_STATUS.values} empty={t('visit.unknown')} />
          </select>
        </Field>
      </div>
      <div className="grid-3">
        <div className="field">
          <span className="field-label-like" aria-hidden="true">
            {t('visit.relapseTitle')}
          </span>
          <label className="check">
            <input type="checkbox" {...form.register('pasung.relapse')} aria-describedby={e?.relapse ? 'visit-relapse-error' : undefined} />
            {t('visit.relapse')}
          </label>
          <GroupError id="visit-relapse-error" error={e?.relapse?.message} />
        </div>
        {relapse && (
          <Field id="visit-relapse-date" label={t('visit.relapseDate')} error={e?.relapseDate?.message} required>
            <FormDateInput control={form.control} name="pasung.relapseDate" {...fieldAria('visit-relapse-date', e?.relapseDate?.message)} />
          </Field>
        )}
      </div>
      {relapse && <p className="hint">{t('visit.relapseRaisesRisk')}</p>}
      <fieldset className="checkbox-group" aria-describedby={e?.familySupport ? 'visit-family-error' : undefined}>
        <legend>{t('visit.familySupport')}</legend>
        <div className="checks">
          {FAMILY_SUPPORT.values.map((v) => (
            <label key={v} className="check">
              <input type="checkbox" value={v} {...form.register('pasung.familySupport')} />
              {t(`enum.familySupport.${v}`)}
            </label>
          ))}
        </div>
        <GroupError id="visit-family-error" error={e?.familySupport?.message} />
      </fieldset>
      <div className="grid-3">
        <Field id="visit-docs" label={t('visit.civilDocs')} error={e?.civilDocsComplete?.message}>
          <select {...fieldAria('visit-docs', e?.civilDocsComplete?.message)} {...form.register('pasung.civilDocsComplete')}>
            {yesNo}
          </select>
        </Field>
        <Field id="visit-dtsen" label={t('visit.dtsen')} error={e?.dtsenRegistered?.message}>
          <select {...fieldAria('visit-dtsen', e?.dtsenRegistered?.message)} {...form.register('pasung.dtsenRegistered')}>
            {yesNo}
          </select>
        </Field>
        <Field id="visit-decile" label={t('visit.decile')} error={e?.dtsenDecile?.message}>
          <select {...fieldAria('visit-decile', e?.dtsenDecile?.message)} {...form.register('pasung.dtsenDecile')} disabled={registered !== 'true'}>
            <option value="">{t('visit.unknown')}</option>
            {Array.from({ length: 10 }, (_, i) => (
              <option key={i + 1} value={String(i + 1)}>
                {i + 1}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field id="visit-productive" label={t('visit.productive')} error={e?.productiveActivity?.message} hint={t('visit.productiveHint')}>
        <input type="text" maxLength={500} {...fieldAria('visit-productive', e?.productiveActivity?.message, true)} {...form.register('pasung.productiveActivity')} />
      </Field>
    </>
  );
}
