import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Consent } from '../../../shared/contract';
import { call } from '../../api/client';
import { formatDate } from '../../components/format';
import { useGivenBy } from './client-consents';

/**
 * On a referral: the client's recorded consent to referral (in force, newest), with a button
 * that fills the referral's consent from it. Nothing is shown when there is none.
 */
export function RecordedReferralConsent({ caseId, onUse }: { caseId: string; onUse(c: { by: Consent['givenBy']; name: string; date: string }): void }) {
  const { t } = useTranslation();
  const givenBy = useGivenBy();
  const [consent, setConsent] = useState<Consent | null>(null);
  useEffect(() => {
    let live = true;
    void call('consents:list', { caseId }).then((r) => {
      if (live && r.ok) setConsent(r.value.find((c) => c.purpose === 'rujukan' && !c.withdrawnOn) ?? null);
    });
    return () => {
      live = false;
    };
  }, [caseId]);
  if (!consent) return null;
  return (
    <div className="alert alert-info" role="status">
      <p>{t('consent.recordedForReferral', { who: givenBy(consent), date: formatDate(consent.givenOn) })}</p>
      <button
        type="button"
        className="button button-small"
        onClick={() => onUse({ by: consent.givenBy, name: consent.givenBy === 'wali' ? (consent.guardianName ?? '') : consent.clientName, date: consent.givenOn })}
      >
        {t('consent.useRecorded')}
      </button>
    </div>
  );
}
