import { create } from 'zustand';
import type { CaseDetail, CaseListQuery, CaseRow, ChannelInput } from '../../shared/contract';
import type { AppErrorBody, Result } from '../../shared/result';
import { call } from '../api/client';

export const PAGE_SIZE = 100;
/**
 * A search's first page counts its matches only this far ("more than 1,000"): counting all
 * 50,000 cases "s" matches cost more than the page. Any later page, fetched as the list
 * scrolls on, brings the exact count, so every match can still be reached.
 */
export const SEARCH_COUNT_LIMIT = 1000;

/** What the case list asks for, without paging (the list pages by itself as it scrolls). */
export type CaseQuery = Omit<CaseListQuery, 'offset' | 'limit'>;

interface CasesState {
  query: CaseQuery;
  /** Bumped on every query change: a page answered for an older generation is dropped. */
  generation: number;
  total: number | null;
  /** `total` is a lower bound: more cases than that match (the first page of a search). */
  totalCapped: boolean;
  /** The generation `total` belongs to: while it lags, the count on screen is an old one. */
  totalGeneration: number;
  /**
   * The rows fetched so far, by page, for `pagesGeneration`: while a new search is on its
   * way the last answer's rows stay on screen (under "Mencari…") instead of blinking to
   * "Memuat…" with every keystroke, and are replaced when its first page arrives.
   */
  pages: Record<number, CaseRow[]>;
  pagesGeneration: number;
  listError: AppErrorBody | null;
  setQuery(patch: Partial<CaseQuery>): void;
  refresh(): void;
  /** At start-up (app/start.ts): the first page read before the list is first drawn. */
  loadAtStartUp(): Promise<void>;
  /** The list's own refresh when it mounts, unless the start-up has just read it. */
  refreshOnShow(): void;
  ensureRows(firstIndex: number, lastIndex: number): void;

  /** Counts for the home page. */
  stats: { total: number; active: number } | null;
  loadStats(): Promise<void>;

  currentId: string | null;
  current: CaseDetail | null;
  error: AppErrorBody | null;
  load(id: string): Promise<void>;
  create(input: ChannelInput<'cases:create'>): Promise<Result<CaseDetail>>;
  update(input: ChannelInput<'cases:update'>): Promise<Result<CaseDetail>>;
  changeStage(input: ChannelInput<'cases:change-stage'>): Promise<Result<CaseDetail>>;
  changeStatus(input: ChannelInput<'cases:change-status'>): Promise<Result<CaseDetail>>;
  decideClosure(input: ChannelInput<'cases:decide-closure'>): Promise<Result<CaseDetail>>;
}

const inFlight = new Set<string>();
/** The first page was read at start-up and not yet shown: the list need not ask again. */
let readAtStartUp = false;
let listShown = false;
/** Whether a first page (of any query) is on its way: see firstPage. */
let firstPageOut = false;

export const useCases = create<CasesState>()((set, get) => {
  async function fetchPage(page: number) {
    const { generation, query } = get();
    const key = `${generation}:${page}`;
    if (inFlight.has(key) || (get().pagesGeneration === generation && get().pages[page])) return;
    inFlight.add(key);
    const countLimit = page === 0 && query.search?.trim() ? SEARCH_COUNT_LIMIT : undefined;
    const r = await call('cases:list', { ...query, offset: page * PAGE_SIZE, limit: PAGE_SIZE, countLimit });
    inFlight.delete(key);
    if (get().generation !== generation) return; // the query changed while this page was on its way
    // A failed first answer does not leave the last search's rows standing under the error.
    if (!r.ok) return set((s) => ({ listError: r.error, ...(s.pagesGeneration !== generation && { pages: {}, pagesGeneration: generation }) }));
    set((s) => {
      // An exact count already known for this query is not traded for a capped one.
      const exact = s.totalGeneration === generation && !s.totalCapped;
      const { total, totalCapped } = exact && r.value.totalCapped ? s : r.value;
      const pages = s.pagesGeneration === generation ? { ...s.pages, [page]: r.value.rows } : { [page]: r.value.rows };
      return { total, totalCapped, totalGeneration: generation, pages, pagesGeneration: generation, listError: null };
    });
  }

  /**
   * The first page of the newest query, with at most one on its way: a keystroke while one
   * is out waits for it, then asks for whatever the query is by then. Stale answers are
   * dropped by fetchPage; this keeps them from queueing on the core ahead of the newest.
   */
  async function firstPage() {
    if (firstPageOut) return;
    firstPageOut = true;
    try {
      let asked: number;
      do {
        asked = get().generation;
        await fetchPage(0);
      } while (get().generation !== asked);
    } finally {
      firstPageOut = false;
    }
  }

  const restart = (query: CaseQuery) => {
    set((s) => ({ query, generation: s.generation + 1, listError: null }));
    void firstPage();
  };

  const showCase = (r: Result<CaseDetail>) => {
    if (r.ok) set({ currentId: r.value.id, current: r.value, error: null });
    return r;
  };

  return {
    query: { search: '', sort: 'opened_desc' },
    generation: 0,
    total: null,
    totalCapped: false,
    totalGeneration: -1,
    pages: {},
    pagesGeneration: 0,
    listError: null,
    setQuery: (patch) => restart({ ...get().query, ...patch }),
    refresh: () => restart(get().query),
    async loadAtStartUp() {
      set((s) => ({ generation: s.generation + 1, listError: null }));
      await firstPage();
      // Not if the list was drawn meanwhile (start-up gives up waiting after a second).
      if (!listShown) readAtStartUp = true;
    },
    refreshOnShow() {
      listShown = true;
      if (readAtStartUp) readAtStartUp = false;
      else restart(get().query);
    },
    ensureRows(firstIndex, lastIndex) {
      // Until the first page of a new query answers, the total (and so every other page) is unknown.
      if (get().totalGeneration !== get().generation) return;
      const last = Math.min(lastIndex, Math.max((get().total ?? 1) - 1, 0));
      for (let p = Math.floor(firstIndex / PAGE_SIZE); p <= Math.floor(last / PAGE_SIZE); p++) void fetchPage(p);
    },

    stats: null,
    async loadStats() {
      const [all, active] = await Promise.all([call('cases:list', { limit: 1 }), call('cases:list', { status: 'aktif', limit: 1 })]);
      if (all.ok && active.ok) set({ stats: { total: all.value.total, active: active.value.total } });
    },

    currentId: null,
    current: null,
    error: null,
    async load(id) {
      if (get().currentId !== id) set({ currentId: id, current: null, error: null });
      const r = await call('cases:get', { id });
      if (get().currentId !== id) return;
      set(r.ok ? { current: r.value, error: null } : { error: r.error });
    },
    create: async (input) => showCase(await call('cases:create', input)),
    update: async (input) => showCase(await call('cases:update', input)),
    changeStage: async (input) => showCase(await call('cases:change-stage', input)),
    changeStatus: async (input) => showCase(await call('cases:change-status', input)),
    decideClosure: async (input) => showCase(await call('cases:decide-closure', input)),
  };
});

export const rowAt = (pages: Record<number, CaseRow[]>, index: number): CaseRow | undefined =>
  pages[Math.floor(index / PAGE_SIZE)]?.[index % PAGE_SIZE];
