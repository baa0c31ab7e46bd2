import { create } from 'zustand';
import type { DashboardSummary } from '../../shared/contract';
import type { AppErrorBody } from '../../shared/result';
import { call } from '../api/client';
import { useWorkers } from './workers';

interface DashboardState {
  summary: DashboardSummary | null;
  error: AppErrorBody | null;
  load(): Promise<void>;
}

/** The summary on its way, and for which acting worker: Beranda's sections share one call. */
let pending: { workerId: string | undefined; answer: Promise<void> } | null = null;

/** Beranda: the acting worker's caseload, overdue follow-ups, high risk and recent alerts. */
export const useDashboard = create<DashboardState>()((set) => ({
  summary: null,
  error: null,
  load() {
    // The stat grid and the sections below it both ask as they mount: one call answers both
    // (the office's summary is the costliest read of the home page).
    const workerId = useWorkers.getState().current?.id;
    if (pending && pending.workerId === workerId) return pending.answer;
    const answer = call('dashboard:summary', {}).then((r) => {
      if (pending?.answer === answer) pending = null;
      set(r.ok ? { summary: r.value, error: null } : { error: r.error });
    });
    pending = { workerId, answer };
    return answer;
  },
}));
