import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading } from '../../components/alert';
import { LANGUAGES, setLanguage, type Language } from '../../i18n';
import { useSettings } from '../../stores/settings';
import { AccountsSection } from '../accounts/accounts-section';
import { LetterSettingsSection } from '../letters/letter-settings-section';
import { sectionHref } from '../exports/hash-params';
import { WorkersPanel } from '../workers/workers-panel';
import { OfficeForm } from './office-form';
import { RetentionSettingsSection } from '../privacy/retention-settings';

export function SettingsPage() {
  const { t, i18n } = useTranslation();
  const { settings, error } = useSettings();
  return (
    <>
      <h1 tabIndex={-1}>{t('nav.settings')}</h1>
      <section className="card" aria-labelledby="settings-office-title">
        <h2 id="settings-office-title">{t('settings.office')}</h2>
        {error && <ErrorAlert error={error} />}
        {settings ? <OfficeForm settings={settings} /> : !error && <Loading />}
      </section>
      <WorkersPanel />
      <AccountsSection />
      <section className="card" aria-labelledby="settings-backup-title">
        <h2 id="settings-backup-title">{t('backup.nowTitle')}</h2>
        <p>{t('backup.settingsIntro')}</p>
        <a className="button" href={sectionHref('backup')}>
          {t('backup.openSection')}
        </a>
      </section>
      <LetterSettingsSection />
      <RetentionSettingsSection />
      <section className="card" aria-labelledby="settings-language-title">
        <h2 id="settings-language-title">{t('settings.language')}</h2>
        <div className="field">
          <label htmlFor="settings-language">{t('settings.languageLabel')}</label>
          <select id="settings-language" value={i18n.language} onChange={(e) => void setLanguage(e.target.value as Language)}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l} lang={l}>
                {t(`settings.languages.${l}`)}
              </option>
            ))}
          </select>
        </div>
      </section>
    </>
  );
}
