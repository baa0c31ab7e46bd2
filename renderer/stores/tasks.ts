import { create } from 'zustand';
import { DUE_PAGE, DUE_SECTIONS, type AwaitingReferral, type ChannelInput, type DueList, type DuePage, type DueSection, type DueTask, type Task } from '../../shared/contract';
import type { AppErrorBody, Result } from '../../shared/result';
import { call } from '../api/client';

export interface Due {
  today: string;
  overdue: DuePage<DueTask>;
  thisWeek: DuePage<DueTask>;
  awaitingResponse: DuePage<AwaitingReferral>;
}

/** A reload keeps the rows she has scrolled to, up to the most one call may ask for. */
const MOST = 500;

interface TasksState {
  /** Tindak Lanjut for the acting worker (or the office): the rows loaded so far of each list, and its total; null until loaded. */
  due: Due | null;
  dueError: AppErrorBody | null;
  /** The list whose next page is being read. */
  loadingMore: DueSection | null;
  /** Bumped on every reload: a page answered for an older one is dropped. */
  generation: number;
  /** The number in the navigation badge (overdue follow-ups of the acting worker). */
  overdueCount: number | null;
  /** Tindak Lanjut shows every worker's follow-ups (a coordinator's view); the badge stays mine. */
  showAll: boolean;
  setShowAll(showAll: boolean): void;
  loadDue(): Promise<void>;
  /** The next page of one list (Tindak Lanjut, as she scrolls to its end). */
  loadMore(section: DueSection): Promise<void>;

  /** One case's follow-ups (case page). */
  caseId: string | null;
  caseTasks: Task[] | null;
  loadCase(caseId: string): Promise<void>;

  create(input: ChannelInput<'tasks:create'>): Promise<Result<Task>>;
  close(input: ChannelInput<'tasks:close'>): Promise<Result<Task>>;
  /** After anything that may open or close tasks (a visit, a task): refresh what is shown. */
  changed(): void;
}

/** A first-page answer holds every list. */
const complete = (v: DueList): Due => ({ today: v.today, overdue: v.overdue!, thisWeek: v.thisWeek!, awaitingResponse: v.awaitingResponse! });
const rowKey = (r: DueTask | AwaitingReferral) => ('referralId' in r ? r.referralId : r.id);

/** Follow-up tasks: the Tindak Lanjut screen, the navigation badge and a case's list. */
export const useTasks = create<TasksState>()((set, get) => ({
  due: null,
  dueError: null,
  loadingMore: null,
  generation: 0,
  overdueCount: null,
  showAll: false,
  setShowAll(showAll) {
    set({ showAll, due: null });
    void get().loadDue();
  },
  async loadDue() {
    const { showAll, due } = get();
    const generation = get().generation + 1;
    set({ generation, loadingMore: null });
    // As many rows as each list shows now: closing a follow-up far down keeps her place.
    const shown = due ? Math.max(...DUE_SECTIONS.map((s) => due[s].rows.length)) : 0;
    const limit = Math.min(MOST, Math.max(DUE_PAGE, shown));
    // The badge needs only my overdue total when the screen shows the office.
    const [mine, all] = await Promise.all([
      call('tasks:due', showAll ? { section: 'overdue', limit: 1 } : { limit }),
      showAll ? call('tasks:due', { all: true, limit }) : null,
    ]);
    if (get().generation !== generation) return; // the view changed meanwhile
    const shownNow = all ?? mine;
    if (mine.ok) set({ overdueCount: mine.value.overdue!.total });
    if (!shownNow.ok) return set({ dueError: shownNow.error });
    set({ due: complete(shownNow.value), dueError: null });
  },
  async loadMore(section) {
    const { due, showAll, generation, loadingMore } = get();
    if (!due || loadingMore || due[section].rows.length >= due[section].total) return;
    set({ loadingMore: section });
    const r = await call('tasks:due', { ...(showAll ? { all: true } : {}), section, offset: due[section].rows.length, limit: DUE_PAGE });
    if (get().generation !== generation) return;
    if (!r.ok) return set({ loadingMore: null, dueError: r.error });
    const next = r.value[section]!;
    set((s) => {
      if (!s.due) return { loadingMore: null };
      // A follow-up closed meanwhile shifts the list by one: a row already shown is not shown twice.
      const seen = new Set(s.due[section].rows.map(rowKey));
      const rows = [...s.due[section].rows, ...(next.rows as (DueTask | AwaitingReferral)[]).filter((row) => !seen.has(rowKey(row)))];
      return { loadingMore: null, due: { ...s.due, [section]: { rows, total: next.total } } };
    });
  },

  caseId: null,
  caseTasks: null,
  async loadCase(caseId) {
    if (get().caseId !== caseId) set({ caseId, caseTasks: null });
    const r = await call('tasks:list', { caseId });
    if (get().caseId === caseId && r.ok) set({ caseTasks: r.value });
  },

  async create(input) {
    const r = await call('tasks:create', input);
    if (r.ok) get().changed();
    return r;
  },
  async close(input) {
    const r = await call('tasks:close', input);
    if (r.ok) get().changed();
    return r;
  },
  changed() {
    void get().loadDue();
    const caseId = get().caseId;
    if (caseId) void get().loadCase(caseId);
  },
}));
