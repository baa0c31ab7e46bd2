import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading } from '../components/alert';
import { ErrorBoundary } from '../components/error-boundary';
import { useIdleLock } from '../features/session/idle-lock';
import { useSession } from '../stores/session';
import { useSettings } from '../stores/settings';
import { useWorkers } from '../stores/workers';
import { forgetData } from './forget-data';
import { Header } from './header';
import { lazyScreen } from './lazy-screen';
import { Nav } from './nav';
import { RouteView } from './route-view';
import { useRoute } from './router';
import { FirstRun, LockedScreen, SetupScreen } from './screens';
import { readAtStartUp } from './start';

// Shown once, after setting up or recovering (see screens.ts for the others).
const LockFrame = lazyScreen(() => import('../features/session/lock-frame').then((m) => m.LockFrame));
const RecoveryKeyView = lazyScreen(() => import('../features/session/recovery-key-view').then((m) => m.RecoveryKeyView));

/**
 * Asks the core whether the data is set up, locked or open: first-run setup, the unlock
 * screen, a recovery key to keep (once), or the app. The hash route is left alone while
 * locked, so after the unlock the same page (and any draft kept in it) comes back.
 */
export function App() {
  const { t } = useTranslation();
  const { status, error, recoveryKey, load, recoveryKeyDone } = useSession();
  const state = status?.state;

  // Usually read before the first render already (app/start.ts).
  useEffect(() => {
    if (!useSession.getState().status) void load();
  }, [load]);

  useEffect(() => {
    document.title = t('app.title');
  }, [t]);

  // Locked: whatever the pages had read leaves memory (the open forms' drafts stay).
  useEffect(() => {
    if (state && state !== 'unlocked') forgetData();
  }, [state]);

  // Setting up and recovering end on the recovery key, shown once: have its screen at hand.
  useEffect(() => {
    if (state && state !== 'unlocked') void Promise.all([LockFrame.preload(), RecoveryKeyView.preload()]).catch(() => undefined);
  }, [state]);

  if (error && !status) return <Failed error={error} />;
  if (!status) return <Loading />;
  // Keyed by the screen: locking unmounts the open app at once.
  return (
    <ErrorBoundary key={recoveryKey ? 'recovery-key' : status.state}>
      {recoveryKey ? (
        <LockFrame wide>
          <RecoveryKeyView recoveryKey={recoveryKey} onDone={recoveryKeyDone} />
        </LockFrame>
      ) : status.state === 'uninitialised' ? (
        <SetupScreen existingData={status.existingData} />
      ) : status.state === 'locked' ? (
        <LockedScreen status={status} />
      ) : (
        <Unlocked />
      )}
    </ErrorBoundary>
  );
}

function Failed({ error }: { error: NonNullable<ReturnType<typeof useSession.getState>['error']> }) {
  const { t } = useTranslation();
  return (
    <main className="page page-narrow" id="main">
      <h1>{t('app.name')}</h1>
      <ErrorAlert error={error} />
    </main>
  );
}

/** Loads who is acting and the office settings (again after every unlock), then the shell. */
function Unlocked() {
  const { workers, error, load } = useWorkers();
  const loadSettings = useSettings((s) => s.load);

  useEffect(() => {
    if (readAtStartUp()) return;
    void load();
    void loadSettings();
  }, [load, loadSettings]);

  if (error && workers === null) return <Failed error={error} />;
  if (workers === null) return <Loading />;
  if (workers.length === 0) return <FirstRun />;
  return <Shell />;
}

function Shell() {
  const { t } = useTranslation();
  const route = useRoute();
  useIdleLock();
  const key = JSON.stringify(route);
  const first = useRef(true);
  // After navigating, move focus to the new page's heading so keyboard and screen-reader
  // users start at its top (not on the first load: the browser decides that). A page that
  // is still loading gets its heading a moment later, hence the short retry.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    let tries = 0;
    const timer = setInterval(() => {
      const h1 = document.querySelector<HTMLElement>('#main h1');
      if (h1 || ++tries > 20) clearInterval(timer);
      // Never take focus from something the person already chose on the new page.
      const busy = document.activeElement !== document.body && document.getElementById('main')?.contains(document.activeElement);
      if (!busy) h1?.focus();
    }, 50);
    return () => clearInterval(timer);
  }, [key]);
  return (
    <div className="shell">
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        {t('app.skipToContent')}
      </a>
      <Header />
      <div className="shell-body">
        <Nav route={route} />
        <main className="page" id="main" tabIndex={-1}>
          <ErrorBoundary key={key}>
            <RouteView route={route} />
          </ErrorBoundary>
        </main>
      </div>
    </div>
  );
}
