import { create } from 'zustand';
import type { ClientSearchRow } from '../../shared/contract';
import type { AppErrorBody } from '../../shared/result';
import { call } from '../api/client';

const PAGE = 100;

interface WaitingClientsState {
  search: string;
  rows: ClientSearchRow[] | null;
  total: number | null;
  error: AppErrorBody | null;
  /** Bumped on every new search: a page answered for an older one is dropped. */
  generation: number;
  setSearch(search: string): void;
  refresh(): void;
  more(): Promise<void>;
}

/**
 * Clients nobody has opened a case for yet (an import brings many): the case list cannot
 * show them, so this list does — newest first, or by name when searching name or NIK.
 */
export const useWaitingClients = create<WaitingClientsState>()((set, get) => {
  const load = async (offset: number) => {
    const { search, generation } = get();
    const r = await call('clients:search', { search: search || undefined, withoutCase: true, offset, limit: PAGE });
    if (get().generation !== generation) return;
    if (!r.ok) return set({ error: r.error });
    set((s) => ({ rows: offset === 0 ? r.value.rows : [...(s.rows ?? []), ...r.value.rows], total: r.value.total, error: null }));
  };
  const restart = (search: string) => {
    set((s) => ({ search, generation: s.generation + 1, rows: null, total: null, error: null }));
    void load(0);
  };
  return {
    search: '',
    rows: null,
    total: null,
    error: null,
    generation: 0,
    setSearch: (search) => restart(search),
    refresh: () => restart(get().search),
    more: () => load(get().rows?.length ?? 0),
  };
});

/** A few clients without a case matching a case-list search, to point at them from there. */
export async function waitingMatches(search: string, limit = 5) {
  const r = await call('clients:search', { search, withoutCase: true, limit });
  return r.ok ? r.value : null;
}
