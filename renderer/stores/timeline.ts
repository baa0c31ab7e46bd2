import { create } from 'zustand';
import type { TimelineEvent, TimelineKind } from '../../shared/contract';
import type { AppErrorBody } from '../../shared/result';
import { call } from '../api/client';

export const TIMELINE_PAGE = 100;

interface TimelineState {
  caseId: string | null;
  kinds: TimelineKind[];
  /** Bumped when the case or the filter changes: an answer for an older one is dropped. */
  generation: number;
  events: TimelineEvent[];
  next: { at: string; id: string } | null;
  total: number | null;
  loading: boolean;
  error: AppErrorBody | null;
  open(caseId: string): void;
  setKinds(kinds: TimelineKind[]): void;
  loadMore(): Promise<void>;
  /** Reload from the newest event (after a visit, a task, an upload). */
  refresh(): void;
}

/** A case's chronology, fetched page by page with the keyset cursor as the list scrolls. */
export const useTimeline = create<TimelineState>()((set, get) => {
  const restart = (patch: Partial<TimelineState>) => {
    set((s) => ({ events: [], next: null, total: null, loading: false, error: null, ...patch, generation: s.generation + 1 }));
    void get().loadMore();
  };
  return {
    caseId: null,
    kinds: [],
    generation: 0,
    events: [],
    next: null,
    total: null,
    loading: false,
    error: null,
    open(caseId) {
      restart({ caseId, kinds: [] });
    },
    setKinds(kinds) {
      restart({ kinds });
    },
    refresh() {
      if (get().caseId) restart({});
    },
    async loadMore() {
      const { caseId, kinds, generation, loading, next, total } = get();
      if (!caseId || loading) return;
      if (total !== null && !next) return; // everything is here
      set({ loading: true });
      const r = await call('timeline:list', { caseId, kinds: kinds.length ? kinds : undefined, after: next ?? undefined, limit: TIMELINE_PAGE });
      if (get().generation !== generation) return;
      if (!r.ok) return set({ loading: false, error: r.error });
      set((s) => ({ events: [...s.events, ...r.value.events], next: r.value.next, total: r.value.total, loading: false, error: null }));
    },
  };
});
