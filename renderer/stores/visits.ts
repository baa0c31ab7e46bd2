import { create } from 'zustand';
import type { ChannelInput, Visit, VisitSearchHit } from '../../shared/contract';
import type { AppErrorBody, Result } from '../../shared/result';
import { call } from '../api/client';
import { useTasks } from './tasks';

interface SearchState {
  query: string;
  hits: VisitSearchHit[] | null;
  error: AppErrorBody | null;
}

interface VisitsState {
  /** Visit notes matching the case list's search box. */
  listSearch: SearchState;
  searchAll(query: string): Promise<void>;
  create(input: ChannelInput<'visits:create'>): Promise<Result<Visit>>;
  /** The visit just saved on a case page, with any attachment that was refused. */
  lastSaved: { visit: Visit; uploadProblems: { fileName: string; message: string }[] } | null;
  setLastSaved(v: VisitsState['lastSaved']): void;
}

const emptySearch: SearchState = { query: '', hits: null, error: null };

export const useVisits = create<VisitsState>()((set, get) => ({
  listSearch: emptySearch,
  async searchAll(query) {
    const q = query.trim();
    if (!q) return set({ listSearch: emptySearch });
    // Hits of an earlier search are not shown under this one while it is on its way.
    set({ listSearch: { query: q, hits: null, error: null } });
    const r = await call('visits:search', { query: q, limit: 20 });
    if (get().listSearch.query !== q) return; // a newer search is on its way
    set({ listSearch: r.ok ? { query: q, hits: r.value, error: null } : { query: q, hits: null, error: r.error } });
  },
  lastSaved: null,
  setLastSaved: (lastSaved) => set({ lastSaved }),
  async create(input) {
    const r = await call('visits:create', input);
    // A visit fulfils planned visits and plans the next one.
    if (r.ok) useTasks.getState().changed();
    return r;
  },
}));

/** Search inside one case (not kept in the store: it lives and dies with the case page). */
export const searchCase = (caseId: string, query: string) => call('visits:search', { query, caseId, limit: 50 });

export const suggestNext = (visitedAt: string, risk: 'rendah' | 'sedang' | 'tinggi' | null) => call('visits:suggest-next', { visitedAt, risk });
