import { useTranslation } from 'react-i18next';

export type EnumKind = 'stage' | 'status' | 'cluster' | 'ppks' | 'closureReason' | 'sex' | 'programme' | 'disability' | 'role'
  // casework (renderer/i18n/casework-enums.*.ts)
  | 'visitType' | 'medication' | 'risk' | 'familySupport' | 'jkn' | 'taskKind' | 'taskStatus' | 'pasungStatus' | 'pasungMethod'
  | 'pasungReason' | 'diagnosis' | 'healthService' | 'management' | 'device' | 'deviceStep' | 'atensiService' | 'referralStatus' | 'timelineKind'
  // referrals and letters (renderer/i18n/referrals.*.ts)
  | 'institutionType' | 'urgency' | 'consentBy' | 'paper';

/** The <option>s of a domain enum, labelled in the UI language. */
export function EnumOptions({ kind, values, empty }: { kind: EnumKind; values: readonly string[]; empty?: string }) {
  const { t } = useTranslation();
  return (
    <>
      {empty !== undefined && <option value="">{empty}</option>}
      {values.map((v) => (
        <option key={v} value={v}>
          {t(`enum.${kind}.${v}`)}
        </option>
      ))}
    </>
  );
}

/** Label of one enum value, or a dash for none. */
export function useEnumLabel() {
  const { t } = useTranslation();
  return (kind: EnumKind, value: string | null | undefined) => (value ? t(`enum.${kind}.${value}`, { defaultValue: value }) : '—');
}
