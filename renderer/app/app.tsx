import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading } from '../components/alert';
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
  return (
    <div className="shell">
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        {t('app.skipToContent')}
      </a>
      <Header />
      <div className="shell-body">
        <Nav route={route} />
        <main className="page" id="main" tabIndex={-1}>
          <RouteView route={route} />
        </main>
      </div>
    </div>
  );
}
