import { create } from 'zustand';
import type { ChannelInput, DashboardSummary, PasungEpisode } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { call } from '../api/client';

interface PasungState {
  clientId: string | null;
  /** Newest first; null while loading. */
  episodes: PasungEpisode[] | null;
  /** The client's open cases at high re-shackling risk, and relapses/re-shackling of the last 30 days. */
  risk: { highRisk: DashboardSummary['highRisk']; alerts: DashboardSummary['alerts'] } | null;
  withRisk: boolean;
  /** `withRisk`: also the client's risk and alerts (the client page; the case page has the case's risk). */
  load(clientId: string, withRisk?: boolean): Promise<void>;
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
    }
    return r;
  };
  return {
    clientId: null,
    episodes: null,
    risk: null,
    withRisk: false,
    async load(clientId, withRisk = get().withRisk) {
      if (get().clientId !== clientId) set({ clientId, episodes: null, risk: null });
      set({ withRisk });
      // The office-wide summary, narrowed to this client: the same rules as the Beranda.
      const [r, s] = await Promise.all([call('pasung:list', { clientId }), withRisk ? call('dashboard:summary', { all: true }) : null]);
      if (get().clientId !== clientId) return;
      if (r.ok) set({ episodes: r.value });
      if (s?.ok) set({ risk: { highRisk: s.value.highRisk.filter((h) => h.clientId === clientId), alerts: s.value.alerts.filter((a) => a.clientId === clientId) } });
    },
    create: async (input) => after(await call('pasung:create', input)),
    update: async (input) => after(await call('pasung:update', input)),
    changeStatus: async (input) => after(await call('pasung:change-status', input)),
  };
});
