import type { JobPhase } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import type { CoreContext } from '../context';

/**
 * Long work (exports, imports, backups) reports progress and can be cancelled. The caller names the
 * job with its own id when it starts the call, then asks `jobs:progress` and may send
 * `jobs:cancel` while the call is still running. Work checks `throwIfCancelled` between
 * chunks and only stores at the very end, so a cancelled job leaves nothing behind.
 */
export interface Job {
  phase: JobPhase;
  done: number;
  total: number;
  controller: AbortController;
}

const jobs = new WeakMap<CoreContext, Map<string, Job>>();
const table = (ctx: CoreContext) => {
  let m = jobs.get(ctx);
  if (!m) jobs.set(ctx, (m = new Map()));
  return m;
};

/**
 * Registers a job under the caller's id until `end` is called: for work whose last step
 * runs after the call's `prepare` (a stepped store), so cancel still finds it there.
 */
export function openJob(ctx: CoreContext, jobId: string | undefined): { job: Job; end(): void } {
  const job: Job = { phase: 'mulai', done: 0, total: 0, controller: new AbortController() };
  if (!jobId) return { job, end() {} };
  if (table(ctx).has(jobId)) throw new AppError('CONFLICT', 'Pekerjaan dengan ID ini sedang berjalan.');
  table(ctx).set(jobId, job);
  return { job, end: () => void (table(ctx).get(jobId) === job && table(ctx).delete(jobId)) };
}

export async function withJob<T>(ctx: CoreContext, jobId: string | undefined, work: (job: Job) => Promise<T>): Promise<T> {
  const { job, end } = openJob(ctx, jobId);
  try {
    return await work(job);
  } finally {
    end();
  }
}

export const cancelledError = () => new AppError('CONFLICT', 'Dibatalkan; tidak ada yang disimpan.', { details: { cancelled: 'true' } });

export function throwIfCancelled(job: Job) {
  if (job.controller.signal.aborted) throw cancelledError();
}

/** A new step of the work: its phase, and how many units it counts (0 when it cannot count). */
export function step(job: Job, phase: JobPhase, total = 0) {
  throwIfCancelled(job);
  job.phase = phase;
  job.done = 0;
  job.total = total;
}

/**
 * Runs `work` over `items` in chunks, counting them in `job.done` and letting progress and
 * cancel calls in between chunks (each chunk is synchronous SQLite or string work).
 */
export async function inChunks<T>(job: Job, items: readonly T[], size: number, work: (item: T, index: number) => void) {
  for (let i = 0; i < items.length; i++) {
    if (i % size === 0) {
      job.done = i;
      await yieldToOthers();
      throwIfCancelled(job);
    }
    work(items[i], i);
  }
  job.done = items.length;
}

/**
 * Waits for slow work that cannot stop by itself (a print in Chromium): a cancel answers at
 * once and the late result is dropped; the work only ever produced bytes in memory.
 */
export function unlessCancelled<T>(job: Job, work: Promise<T>): Promise<T> {
  const signal = job.controller.signal;
  if (signal.aborted) return Promise.reject(cancelledError());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(cancelledError());
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Lets other calls (progress, cancel) run between chunks of long work. */
export const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

export function jobProgress(ctx: CoreContext, jobId: string) {
  const j = table(ctx).get(jobId);
  return j ? { running: true, phase: j.phase, done: j.done, total: j.total } : { running: false, phase: null, done: 0, total: 0 };
}

export function cancelJob(ctx: CoreContext, jobId: string) {
  const j = table(ctx).get(jobId);
  j?.controller.abort();
  return { cancelled: Boolean(j) };
}
