import { create } from 'zustand';
import type { DashboardSummary } from '../../shared/contract';
import type { AppErrorBody } from '../../shared/result';
import { call } from '../api/client';

interface DashboardState {
  summary: DashboardSummary | null;
  error: AppErrorBody | null;
  load(): Promise<void>;
}

/** Beranda: the acting worker's caseload, overdue follow-ups, high risk and recent alerts. */
export const useDashboard = create<DashboardState>()((set) => ({
  summary: null,
  error: null,
  async load() {
    const r = await call('dashboard:summary', {});
    set(r.ok ? { summary: r.value, error: null } : { error: r.error });
  },
}));
