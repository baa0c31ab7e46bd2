import { create } from 'zustand';
import type { AwaitingReferral, ChannelInput, DueTask, Task } from '../../shared/contract';
import type { AppErrorBody, Result } from '../../shared/result';
import { call } from '../api/client';

interface Due {
  today: string;
  overdue: DueTask[];
  thisWeek: DueTask[];
  awaitingResponse: AwaitingReferral[];
}

interface TasksState {
  /** Tindak Lanjut for the acting worker; null until loaded. */
  due: Due | null;
  dueError: AppErrorBody | null;
  /** The number in the navigation badge (overdue follow-ups of the acting worker). */
  overdueCount: number | null;
  /** Tindak Lanjut shows every worker's follow-ups (a coordinator's view); the badge stays mine. */
  showAll: boolean;
  setShowAll(showAll: boolean): void;
  loadDue(): Promise<void>;

  /** One case's follow-ups (case page). */
  caseId: string | null;
  caseTasks: Task[] | null;
  loadCase(caseId: string): Promise<void>;

  create(input: ChannelInput<'tasks:create'>): Promise<Result<Task>>;
  close(input: ChannelInput<'tasks:close'>): Promise<Result<Task>>;
  /** After anything that may open or close tasks (a visit, a task): refresh what is shown. */
  changed(): void;
}

/** Follow-up tasks: the Tindak Lanjut screen, the navigation badge and a case's list. */
export const useTasks = create<TasksState>()((set, get) => ({
  due: null,
  dueError: null,
  overdueCount: null,
  showAll: false,
  setShowAll(showAll) {
    set({ showAll, due: null });
    void get().loadDue();
  },
  async loadDue() {
    const showAll = get().showAll;
    const [mine, all] = await Promise.all([call('tasks:due', {}), showAll ? call('tasks:due', { all: true }) : null]);
    if (get().showAll !== showAll) return; // the view changed meanwhile
    const shown = all ?? mine;
    if (!shown.ok) return set({ dueError: shown.error });
    set({ due: shown.value, dueError: null, ...(mine.ok ? { overdueCount: mine.value.overdue.length } : {}) });
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
