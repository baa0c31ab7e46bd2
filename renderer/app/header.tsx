import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../components/enum-options';
import { currentLanguage, setLanguage } from '../i18n';
import { useSession } from '../stores/session';
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
        <SignedIn />
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

/**
 * Who unlocked, and the Kunci button (Ctrl+L anywhere, see features/session/idle-lock.ts).
 * An admin on a shared laptop may still act for a colleague (session:set-worker): for them
 * the picker of the acting profile stays (also when no account unlocked: the system door of
 * tests and seeding); everyone else simply is who they signed in as.
 */
function SignedIn() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const worker = useSession((s) => s.status?.currentWorker ?? null);
  const lock = useSession((s) => s.lock);
  return (
    <>
      {worker && (
        <p className="current-user">
          <span className="visually-hidden">{t('session.header.signedIn')} </span>
          <span className="current-user-name">{worker.name}</span>
          <span className="current-user-role">{label('role', worker.role)}</span>
        </p>
      )}
      {(worker === null || worker.role === 'admin') && <CurrentWorkerPicker />}
      <button type="button" className="button button-quiet" aria-keyshortcuts="Control+L" title={t('session.header.lockLabel')} onClick={() => void lock('manual')}>
        {t('session.header.lock')}
      </button>
    </>
  );
}

/** Whom an admin acts for now: every change is recorded under this profile (and the admin's unlock). */
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
