import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { STAGE } from '../../../shared/enums';
import { paths } from '../../app/router';
import { ErrorAlert } from '../../components/alert';
import { formatDate, formatDateTime, formatCount } from '../../components/format';
import { useDashboard } from '../../stores/dashboard';
import { useTimeZone } from '../../stores/settings';
import { useTasks } from '../../stores/tasks';
import { useWorkers } from '../../stores/workers';
import '../../styles/casework.css';

// The charting library is big: it loads only when the Beranda's charts are drawn.
const CaseloadChart = lazy(() => import('./charts').then((m) => ({ default: m.CaseloadChart })));

/** Loads the summary for the acting worker (again when another worker takes over). */
function useSummary() {
  const { summary, error, load } = useDashboard();
  const workerId = useWorkers((s) => s.current?.id);
  useEffect(() => {
    void load();
  }, [load, workerId]);
  return { summary, error };
}

/** Extra counters for the home page's stat grid: my active caseload and follow-ups. */
export function DashboardStats() {
  const { t, i18n } = useTranslation();
  const { summary } = useSummary();
  const n = (v: number | undefined) => (v === undefined ? '…' : formatCount(v, i18n.language));
  return (
    <>
      <a className="stat card" href={paths.followUps}>
        <span className={`stat-value${summary?.overdueTasks ? ' stat-danger' : ''}`}>{n(summary?.overdueTasks)}</span>
        <span className="stat-label">{t('dashboard.overdue')}</span>
      </a>
      <a className="stat card" href={paths.followUps}>
        <span className="stat-value">{n(summary?.dueThisWeek)}</span>
        <span className="stat-label">{t('dashboard.dueThisWeek')}</span>
      </a>
      {/* Not a link: the hash is the router's, so this one scrolls to the list on the same page. */}
      <button
        type="button"
        className="stat card stat-button"
        onClick={() => {
          const list = document.getElementById('dash-high-risk');
          list?.scrollIntoView({ block: 'start' });
          list?.focus();
        }}
      >
        <span className={`stat-value${summary?.highRisk.length ? ' stat-danger' : ''}`}>{n(summary?.highRisk.length)}</span>
        <span className="stat-label">{t('dashboard.highRiskCount')}</span>
      </button>
    </>
  );
}

/** Beranda: caseload charts, overdue follow-ups, high re-shackling risk, recent alerts. */
export function DashboardPanels() {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const { summary, error } = useSummary();
  // The overdue list is mine, like the summary (Tindak Lanjut may be showing every worker's).
  const due = useTasks((s) => (s.showAll ? null : s.due));
  if (error) return <ErrorAlert error={error} />;
  if (!summary) return null;
  const scope = summary.scope === 'worker' ? t('dashboard.scopeMine') : t('dashboard.scopeOffice');
  return (
    <>
      <div className="dash-lists">
        <section className="card" aria-labelledby="dash-alerts">
          <h2 id="dash-alerts">{t('dashboard.alerts')}</h2>
          {summary.alerts.length === 0 ? (
            <p className="muted">{t('dashboard.noAlerts')}</p>
          ) : (
            <ul className="dash-list">
              {summary.alerts.map((a, i) => (
                <li key={`${a.clientId}-${a.kind}-${a.date}-${i}`}>
                  <span className={`badge ${a.kind === 'repasung' ? 'risk-tinggi' : 'risk-sedang'}`}>{t(`dashboard.alertKind.${a.kind}`)}</span>{' '}
                  <a href={a.caseId ? paths.case(a.caseId) : paths.client(a.clientId)}>{a.clientName}</a>
                  <span className="muted"> · {formatDate(a.date)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card" aria-labelledby="dash-high-risk-title" id="dash-high-risk" tabIndex={-1}>
          <h2 id="dash-high-risk-title">{t('dashboard.highRisk')}</h2>
          {summary.highRisk.length === 0 ? (
            <p className="muted">{t('dashboard.noHighRisk')}</p>
          ) : (
            <ul className="dash-list">
              {summary.highRisk.map((h) => (
                <li key={h.caseId}>
                  <a href={paths.case(h.caseId)}>{h.clientName}</a>
                  <span className="muted mono small"> {h.caseNumber}</span>
                  <span className="block muted small">
                    {h.lastVisitAt ? t('dashboard.lastVisit', { when: formatDateTime(h.lastVisitAt, timeZone) }) : t('dashboard.noVisit')}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card" aria-labelledby="dash-overdue">
          <h2 id="dash-overdue">{t('dashboard.overdueTitle')}</h2>
          {summary.overdueTasks === 0 ? (
            <p className="muted">{t('dashboard.noOverdue')}</p>
          ) : (
            <>
              <ul className="dash-list">
                {(due?.overdue.rows ?? []).slice(0, 5).map((task) => (
                  <li key={task.id}>
                    <a href={paths.case(task.caseId)}>{task.clientName}</a> · {task.title}
                    <span className="block overdue small">{t('followUp.daysOverdue', { count: task.daysOverdue })}</span>
                  </li>
                ))}
              </ul>
              <a href={paths.followUps}>{t('dashboard.allFollowUps', { count: summary.overdueTasks })}</a>
            </>
          )}
        </section>
      </div>
      <h2 className="dash-heading">{t('dashboard.caseload', { scope, count: summary.activeCases })}</h2>
      <div className="dash-charts">
        <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
          {/* Every stage in its order, empty ones too: the shape of the caseload at a glance. */}
          <CaseloadChart id="chart-stage" title={t('dashboard.byStage')} kind="stage" data={STAGE.values.map((key) => ({ key, count: summary.byStage.find((s) => s.key === key)?.count ?? 0 }))} />
          <CaseloadChart id="chart-cluster" title={t('dashboard.byCluster')} kind="cluster" data={summary.byCluster} layout="vertical" />
          <CaseloadChart id="chart-ppks" title={t('dashboard.byPpks')} kind="ppks" data={summary.byPpks} layout="vertical" />
        </Suspense>
      </div>
    </>
  );
}
