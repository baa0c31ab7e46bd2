import { useEffect } from 'react';
import { create } from 'zustand';
import type { AccessLevel, AccessView, ChannelName } from '../../shared/contract';
import { call } from '../api/client';
import { useWorkers } from './workers';

interface AccessState {
  view: AccessView | null;
  /** The acting worker the view was read for (a new unlock or profile reads it again). */
  readFor: string | null | undefined;
  load(workerId: string | null): Promise<void>;
}

/**
 * What the acting worker may do, from the core's policy table (access:get). Only for
 * hiding and disabling: the core refuses on its own whatever the screen shows.
 */
export const useAccess = create<AccessState>()((set, get) => ({
  view: null,
  readFor: undefined,
  async load(workerId) {
    if (get().readFor === workerId) return;
    set({ readFor: workerId });
    const r = await call('access:get', {});
    if (r.ok && get().readFor === workerId) set({ view: r.value });
  },
}));

/** Reads the view once per acting worker; until it is known, nothing is hidden. */
function useAccessView(): AccessView | null {
  const workerId = useWorkers((s) => s.current?.id ?? null);
  const load = useAccess((s) => s.load);
  useEffect(() => {
    void load(workerId);
  }, [workerId, load]);
  return useAccess((s) => s.view);
}

/** all, own (a pekerja sosial: her cases only) or none. */
export function useCan(name: ChannelName): AccessLevel {
  return useAccessView()?.channels[name] ?? 'all';
}

/** Koordinator, admin or the system door: the whole office, reassignment, closure decisions. */
export function useSupervises(): boolean {
  const view = useAccessView();
  return !view || view.actor === 'system' || view.role !== 'pekerja_sosial';
}
