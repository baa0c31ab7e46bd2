import { useTranslation } from 'react-i18next';
import { currentLanguage, setLanguage } from '../i18n';
import { useSettings } from '../stores/settings';
import { activeWorkers, useWorkers } from '../stores/workers';

export function Header() {
  const { t } = useTranslation();
  const office = useSettings((s) => s.settings?.officeName);
  const lang = currentLanguage();
  const other = lang === 'id' ? 'en' : 'id';
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-name">{t('app.name')}</span>
        {office && <span className="brand-office">{office}</span>}
      </div>
      <div className="header-tools">
        <CurrentWorkerPicker />
        <button
          type="button"
          className="button button-quiet"
          lang={other}
          aria-label={t('app.switchLanguageLabel')}
          onClick={() => void setLanguage(other)}
        >
          {t('app.switchLanguage')}
        </button>
      </div>
    </header>
  );
}

/** Who is acting now: every change is recorded under this profile. */
function CurrentWorkerPicker() {
  const { t } = useTranslation();
  const { workers, current, setCurrent } = useWorkers();
  const options = activeWorkers(workers);
  return (
    <div className="worker-picker">
      <label htmlFor="current-worker">{t('app.currentWorker')}</label>
      <select id="current-worker" value={current?.id ?? ''} onChange={(e) => e.target.value && void setCurrent(e.target.value)}>
        {!current && <option value="">{t('app.chooseWorker')}</option>}
        {options.map((w) => (
          <option key={w.id} value={w.id}>
            {w.name}
          </option>
        ))}
      </select>
    </div>
  );
}
