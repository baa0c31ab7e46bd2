import type { Shape } from './casework';
import type { dashboardId } from './dashboard.id';

export const dashboardEn: Shape<typeof dashboardId> = {
  dashboard: {
    overdue: 'overdue follow-ups',
    dueThisWeek: 'due this week',
    highRiskCount: 'at high re-shackling risk',
    alerts: 'Relapses and re-shackling (last 30 days)',
    alertKind: { kambuh: 'Relapse', repasung: 'Re-shackled' },
    noAlerts: 'No relapse or re-shackling in the last 30 days.',
    highRisk: 'High re-shackling risk',
    noHighRisk: 'No client at high risk.',
    lastVisit: 'Last visit {{when}}',
    noVisit: 'Never visited',
    overdueTitle: 'Overdue follow-ups',
    noOverdue: 'Nothing overdue.',
    allFollowUps: 'See all ({{count}}) in Follow-ups',
    caseload: '{{scope}} caseload: {{count}} open cases',
    scopeMine: 'My',
    scopeOffice: 'Office',
    byStage: 'By stage',
    byCluster: 'By ATENSI cluster',
    byPpks: 'By PPKS type',
    cases: 'cases',
    noCases: 'No open cases yet.',
  },
};
