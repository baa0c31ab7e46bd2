import { ulid } from 'ulid';
import type { JobPhase } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { call } from './client';

const POLL_MS = 200;

/** A long call (import, export, backup) as the screen follows it. */
export interface JobState {
  id: string;
  /** 'mulai' until the core has the job, then its own steps; 'menyimpan' once the core stores. */
  phase: JobPhase;
  done: number;
  total: number;
  cancelRequested: boolean;
}

export const newJob = (total = 0): JobState => ({ id: ulid(), phase: 'mulai', done: 0, total, cancelRequested: false });

/** The core's answer to a cancelled job: nothing was stored or made. */
export const wasCancelled = (r: Result<unknown>) => !r.ok && r.error.details?.cancelled === 'true';

/**
 * Runs `start` (the long call, given the job's id) and asks the core how far it has come
 * until it answers, handing each step to `update`. `current` is the store's copy of the job:
 * a cancel asked for before the core knew the job is sent again once it does.
 */
export async function followJob<T>(job: JobState, start: (jobId: string) => Promise<Result<T>>, current: () => JobState | null, update: (job: JobState) => void): Promise<Result<T>> {
  const pending = start(job.id);
  let seen = false;
  let finished = false;
  const poll = async () => {
    while (!finished) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      if (finished) return;
      const p = await call('jobs:progress', { jobId: job.id });
      const now = current();
      if (finished || !p.ok || now?.id !== job.id) continue;
      if (p.value.running) {
        seen = true;
        update({ ...now, phase: p.value.phase ?? now.phase, done: p.value.done, total: p.value.total });
        if (now.cancelRequested) void call('jobs:cancel', { jobId: job.id });
      } else if (seen) {
        // The slow part is over; the core is storing (in one transaction, nothing to count).
        update({ ...now, phase: 'menyimpan', done: 0, total: 0 });
      }
    }
  };
  void poll();
  try {
    return await pending;
  } finally {
    finished = true;
  }
}

/** Asks the core to stop a job; the screen says "Membatalkan…" until the call answers. */
export async function cancelJob(job: JobState | null, update: (job: JobState) => void) {
  if (!job || job.cancelRequested) return;
  update({ ...job, cancelRequested: true });
  await call('jobs:cancel', { jobId: job.id });
}
