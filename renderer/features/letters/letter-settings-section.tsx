import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading } from '../../components/alert';
import { useLetters } from '../../stores/letters';
import '../referrals/referrals.css';
import { RoleGate } from '../access/role-gate';
import { LetterSettingsForm } from './letter-settings-form';

/** Pengaturan → Surat: the referral letter's settings. */
export function LetterSettingsSection() {
  const { t } = useTranslation();
  const { settings, settingsError, loadSettings } = useLetters();
  useEffect(() => {
    void loadSettings();
  }, [loadSettings]);
  return (
    <section className="card" aria-labelledby="settings-letter-title">
      <h2 id="settings-letter-title">{t('letterSettings.title')}</h2>
      <p className="hint">{t('letterSettings.lead')}</p>
      {settingsError && <ErrorAlert error={settingsError} />}
      <RoleGate channel="letters:settings-update" need="admin">
        {settings ? <LetterSettingsForm settings={settings} /> : !settingsError && <Loading />}
      </RoleGate>
    </section>
  );
}
