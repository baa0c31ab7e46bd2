import { create } from 'zustand';
import type { ChannelInput, Worker, WorkerInput } from '../../shared/contract';
import type { AppErrorBody, Result } from '../../shared/result';
import { call } from '../api/client';

type WorkerFormValues = ChannelInput<'workers:create'>;

interface WorkersState {
  /** null until the first load finishes. */
  workers: Worker[] | null;
  current: Worker | null;
  error: AppErrorBody | null;
  load(): Promise<void>;
  setCurrent(workerId: string): Promise<Result<unknown>>;
  create(input: WorkerFormValues): Promise<Result<Worker>>;
  update(id: string, input: WorkerFormValues): Promise<Result<Worker>>;
}

/** Worker profiles and the one acting now (chosen, not signed in, until the protection issue). */
export const useWorkers = create<WorkersState>()((set, get) => ({
  workers: null,
  current: null,
  error: null,

  async load() {
    const [list, session] = await Promise.all([call('workers:list', {}), call('session:get', {})]);
    if (!list.ok) return set({ error: list.error });
    if (!session.ok) return set({ error: session.error });
    set({ workers: list.value, current: session.value.currentWorker, error: null });
  },

  async setCurrent(workerId) {
    const r = await call('session:set-worker', { workerId });
    if (r.ok) set({ current: r.value.currentWorker });
    return r;
  },

  async create(input) {
    const r = await call('workers:create', input);
    if (r.ok) await get().load();
    return r;
  },

  async update(id, input) {
    const r = await call('workers:update', { id, worker: input as WorkerInput });
    if (r.ok) await get().load();
    return r;
  },
}));

export const activeWorkers = (workers: Worker[] | null) => (workers ?? []).filter((w) => w.active);
