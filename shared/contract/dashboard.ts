import { z } from 'zod';
import { RISK } from '../enums';
import { channel, id } from './common';

export interface DashboardSummary {
  scope: 'worker' | 'office';
  byStage: { key: string; count: number }[];
  byCluster: { key: string; count: number }[];
  byPpks: { key: string; count: number }[];
  activeCases: number;
  overdueTasks: number;
  dueThisWeek: number;
  highRisk: { caseId: string; caseNumber: string; clientId: string; clientName: string; risk: (typeof RISK.values)[number]; lastVisitAt: string | null }[];
  /** Relapses and re-shackling in the last 30 days. */
  alerts: { caseId: string | null; clientId: string; clientName: string; kind: 'kambuh' | 'repasung'; date: string }[];
}

export const dashboardChannels = {
  'dashboard:summary': channel<DashboardSummary>()(
    z.strictObject({ workerId: id.optional(), all: z.boolean().default(false) }).optional().transform((v) => v ?? { all: false }),
    false,
    'Beranda: caseload by stage, cluster and PPKS; overdue follow-ups; high re-shackling risk; recent relapses and re-shackling.',
  ),
};
