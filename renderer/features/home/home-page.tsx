import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { paths } from '../../app/router';
import { formatLongDate, todayIn, formatCount } from '../../components/format';
import { useCases } from '../../stores/cases';
import { ClosureRequests } from '../cases/closure-requests';
import { DashboardPanels, DashboardStats } from '../dashboard/dashboard-sections';
import { useSettings, useTimeZone } from '../../stores/settings';
import { useWorkers } from '../../stores/workers';

export function HomePage() {
  const { t, i18n } = useTranslation();
  const me = useWorkers((s) => s.current);
  const office = useSettings((s) => s.settings?.officeName);
  const timeZone = useTimeZone();
  const { stats, loadStats, setQuery } = useCases();
  useEffect(() => {
    void loadStats();
  }, [loadStats]);
  const n = (v: number | undefined) => (v === undefined ? '…' : formatCount(v, i18n.language));

  return (
    <>
      <h1 tabIndex={-1}>{me ? t('home.greeting', { name: me.name }) : t('nav.home')}</h1>
      <p className="lead">
        {office} · {formatLongDate(todayIn(timeZone), i18n.language)}
      </p>
      <div className="stat-grid">
        <a className="stat card" href={paths.cases} onClick={() => setQuery({ status: undefined })}>
          <span className="stat-value">{n(stats?.total)}</span>
          <span className="stat-label">{t('home.totalCases')}</span>
        </a>
        <a className="stat card" href={paths.cases} onClick={() => setQuery({ status: 'aktif' })}>
          <span className="stat-value">{n(stats?.active)}</span>
          <span className="stat-label">{t('home.activeCases')}</span>
        </a>
        <DashboardStats />
      </div>
      <section className="card" aria-labelledby="home-actions">
        <h2 id="home-actions">{t('home.quickActions')}</h2>
        <div className="actions">
          <a className="button button-primary" href={paths.clientNew}>
            {t('client.register')}
          </a>
          <a className="button" href={paths.cases}>
            {t('home.findCase')}
          </a>
        </div>
      </section>
      <ClosureRequests />
      <DashboardPanels />
    </>
  );
}
