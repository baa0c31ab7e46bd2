import { AppError } from '../../../shared/result';
import type { CoreContext } from '../context';

/**
 * Long work (exports, imports) reports progress and can be cancelled. The caller names the
 * job with its own id when it starts the call, then asks `jobs:progress` and may send
 * `jobs:cancel` while the call is still running. Work checks `throwIfCancelled` between
 * chunks and only stores at the very end, so a cancelled job leaves nothing behind.
 */
export interface Job {
  phase: string;
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

export async function withJob<T>(ctx: CoreContext, jobId: string | undefined, work: (job: Job) => Promise<T>): Promise<T> {
  const job: Job = { phase: 'mulai', done: 0, total: 0, controller: new AbortController() };
  if (jobId) {
    if (table(ctx).has(jobId)) throw new AppError('CONFLICT', 'Pekerjaan dengan ID ini sedang berjalan.');
    table(ctx).set(jobId, job);
  }
  try {
    return await work(job);
  } finally {
    if (jobId) table(ctx).delete(jobId);
  }
}

export function throwIfCancelled(job: Job) {
  if (job.controller.signal.aborted) throw new AppError('CONFLICT', 'Dibatalkan; tidak ada yang disimpan.', { details: { cancelled: 'true' } });
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
