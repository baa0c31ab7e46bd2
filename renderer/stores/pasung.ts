import { create } from 'zustand';
import type { ChannelInput, DashboardSummary, PasungEpisode } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { call } from '../api/client';
import { useDashboard } from './dashboard';

interface PasungState {
  clientId: string | null;
  /** Newest first; null while loading. */
  episodes: PasungEpisode[] | null;
  /** The client's open cases at high re-shackling risk, and relapses/re-shackling of the last 30 days. */
  risk: { highRisk: DashboardSummary['highRisk']; alerts: DashboardSummary['alerts'] } | null;
  load(clientId: string): Promise<void>;
  create(input: ChannelInput<'pasung:create'>): Promise<Result<PasungEpisode>>;
  update(input: ChannelInput<'pasung:update'>): Promise<Result<PasungEpisode>>;
  changeStatus(input: ChannelInput<'pasung:change-status'>): Promise<Result<PasungEpisode>>;
}

/** A client's pasung episodes with their status history (client page, and the visit form's choice). */
export const usePasung = create<PasungState>()((set, get) => {
  const after = async <T>(r: Result<T>) => {
    if (r.ok) {
      const id = get().clientId;
      if (id) await get().load(id);
      void useDashboard.getState().load();
    }
    return r;
  };
  return {
    clientId: null,
    episodes: null,
    risk: null,
    async load(clientId) {
      if (get().clientId !== clientId) set({ clientId, episodes: null, risk: null });
      // The office-wide summary, narrowed to this client: the same rules as the Beranda.
      const [r, s] = await Promise.all([call('pasung:list', { clientId }), call('dashboard:summary', { all: true })]);
      if (get().clientId !== clientId) return;
      if (r.ok) set({ episodes: r.value });
      if (s.ok) set({ risk: { highRisk: s.value.highRisk.filter((h) => h.clientId === clientId), alerts: s.value.alerts.filter((a) => a.clientId === clientId) } });
    },
    create: async (input) => after(await call('pasung:create', input)),
    update: async (input) => after(await call('pasung:update', input)),
    changeStatus: async (input) => after(await call('pasung:change-status', input)),
  };
});
