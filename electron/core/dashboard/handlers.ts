import type { DashboardSummary } from '../../../shared/contract';
import { addDays } from '../../../shared/dates';
import { ownCaseOrAll, ownCasesOf } from '../access/scope';
import type { HandlerGroup } from '../handlers';
import { officeToday } from '../settings/store';
import { countDueTasks } from '../tasks/due';
import { currentWorkerId } from '../workers/session';

const OPEN = `c.status IN ('aktif', 'ditunda', 'dirujuk')`;

export const dashboardHandlers: HandlerGroup = {
  'dashboard:summary': (ctx, input): DashboardSummary => {
    const worker = input.all ? null : (input.workerId ?? currentWorkerId(ctx));
    // A pekerja sosial's office-wide view is still her own cases only.
    const own = ownCasesOf(ctx);
    const scope = `${OPEN} AND (@worker IS NULL OR c.assigned_worker_id = @worker) AND ${ownCaseOrAll('c')}`;
    const p = { worker, own };
    // One pass over the open cases gives all three breakdowns and the total: four passes cost
    // the office view about 40 ms more with a district's 100,000 cases (npm run bench data).
    const combos = ctx.db
      .prepare(`SELECT c.stage, c.cluster, c.ppks_type AS ppks, count(*) AS n FROM cases c WHERE ${scope} GROUP BY 1, 2, 3`)
      .all(p) as { stage: string; cluster: string; ppks: string; n: number }[];
    const group = (column: 'stage' | 'cluster' | 'ppks') => {
      const counts = new Map<string, number>();
      for (const r of combos) counts.set(r[column], (counts.get(r[column]) ?? 0) + r.n);
      return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
    };
    const today = officeToday(ctx);
    const due = countDueTasks(ctx, today, worker, own);
    const since = addDays(today, -30);
    return {
      scope: worker || own ? 'worker' : 'office',
      byStage: group('stage'),
      byCluster: group('cluster'),
      byPpks: group('ppks'),
      activeCases: combos.reduce((sum, r) => sum + r.n, 0),
      overdueTasks: due.overdue,
      dueThisWeek: due.thisWeek,
      highRisk: ctx.db
        .prepare(
          // In the order of cases_open_by_risk_and_last_visit (migration 0014): 50 index entries read, not every high-risk case.
          `SELECT c.id AS caseId, c.number AS caseNumber, c.client_id AS clientId, cl.name AS clientName, c.risk, c.last_visit_at AS lastVisitAt
           FROM cases c JOIN clients cl ON cl.id = c.client_id
           WHERE ${scope} AND c.risk = 'tinggi' ORDER BY c.last_visit_at IS NOT NULL, c.last_visit_at LIMIT 50`,
        )
        .all(p) as DashboardSummary['highRisk'],
      alerts: ctx.db
        .prepare(
          `SELECT v.case_id AS caseId, c.client_id AS clientId, cl.name AS clientName, 'kambuh' AS kind, v.relapse_date AS date
           -- Driven from the recent relapses (visits_relapses), never from the office's cases.
           FROM visits v CROSS JOIN cases c ON c.id = v.case_id JOIN clients cl ON cl.id = c.client_id
           WHERE v.relapse_date >= @since AND ${scope}
           UNION ALL
           SELECT (SELECT c.id FROM cases c WHERE c.client_id = p.client_id AND ${scope} ORDER BY c.opened_at DESC LIMIT 1), p.client_id, cl.name, 'repasung', e.date
           FROM pasung_status_events e JOIN pasung_episodes p ON p.id = e.episode_id JOIN clients cl ON cl.id = p.client_id
           WHERE e.status = 'repasung' AND e.date >= @since
             AND EXISTS (SELECT 1 FROM cases c WHERE c.client_id = p.client_id AND ${scope})
           ORDER BY date DESC LIMIT 50`,
        )
        .all({ ...p, since }) as DashboardSummary['alerts'],
    };
  },
};
