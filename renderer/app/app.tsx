import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading } from '../components/alert';
import { ErrorBoundary } from '../components/error-boundary';
import { FirstRun } from '../features/workers/first-run';
import { useSettings } from '../stores/settings';
import { useWorkers } from '../stores/workers';
import { Header } from './header';
import { Nav } from './nav';
import { RouteView } from './route-view';
import { useRoute } from './router';

/** Loads who is acting and the office settings, then shows the first-run form or the shell. */
export function App() {
  const { t } = useTranslation();
  const { workers, error, load } = useWorkers();
  const loadSettings = useSettings((s) => s.load);

  useEffect(() => {
    void load();
    void loadSettings();
  }, [load, loadSettings]);

  useEffect(() => {
    document.title = t('app.title');
  }, [t]);

  if (error && workers === null) {
    return (
      <main className="page page-narrow" id="main">
        <h1>{t('app.name')}</h1>
        <ErrorAlert error={error} />
      </main>
    );
  }
  if (workers === null) return <Loading />;
  if (workers.length === 0) return <FirstRun />;
  return <Shell />;
}

function Shell() {
  const { t } = useTranslation();
  const route = useRoute();
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
