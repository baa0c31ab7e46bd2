import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/result';
import { DB_FILE } from '../../db/store';
import type { CoreContext } from '../context';
import { cancelledError, step, type Job } from '../jobs/registry';

/**
 * The copy runs on its own connection in a worker thread: VACUUM INTO is one long native
 * call, and on the main thread it would freeze every other call (progress, cancel, the app)
 * until it ends. The worker reads the last committed state (WAL) with the store's key and
 * writes an encrypted copy; the code is inline so the desktop bundle needs no extra file.
 */
const WORKER = `
const { workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.source, { readonly: true, fileMustExist: true });
try {
  db.pragma("cipher = 'chacha20'");
  db.pragma("hexkey = '" + workerData.keyHex + "'");
  db.prepare('VACUUM INTO ?').run(workerData.target);
} finally {
  db.close();
}
`;
const driver = () => createRequire(import.meta.url).resolve('better-sqlite3-multiple-ciphers');
const POLL_MS = 150;

/**
 * An encrypted copy of the whole store at `file`, as a counted step (bytes written of the
 * store's size). It is written under a temporary name and renamed when complete, so a
 * half-written copy never looks like a backup. A cancel cannot interrupt SQLite mid-copy:
 * it is honoured when the copy step ends, and the temporary file is then removed — the
 * call answers only once nothing is left behind.
 */
export async function copyStore(ctx: CoreContext, file: string, job: Job): Promise<{ file: string; size: number }> {
  if (!ctx.storage) throw new AppError('INTERNAL', 'Pencadangan tidak tersedia di sini.');
  if (existsSync(file)) throw new AppError('CONFLICT', `Berkas ${file} sudah ada; pilih nama lain.`);
  const partial = `${file}.sebagian`;
  rmSync(partial, { force: true });
  const pages = (name: string) => ctx.db.pragma(name, { simple: true }) as number;
  step(job, 'menyalin', (pages('page_count') - pages('freelist_count')) * pages('page_size'));
  const worker = new Worker(WORKER, {
    eval: true,
    workerData: { driver: driver(), source: join(ctx.storage.dataDir, DB_FILE), keyHex: ctx.storage.key.toString('hex'), target: partial },
  });
  const watch = setInterval(() => {
    try {
      job.done = Math.min(job.total, statSync(partial).size);
    } catch {
      // not created yet
    }
  }, POLL_MS);
  try {
    await new Promise<void>((resolve, reject) => {
      worker.once('error', reject);
      worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`Penyalinan berhenti (kode ${code}).`))));
    });
    if (job.controller.signal.aborted) throw cancelledError();
    const fd = openSync(partial, 'r');
    fsyncSync(fd);
    closeSync(fd);
    renameSync(partial, file);
    job.done = job.total;
    return { file, size: statSync(file).size };
  } finally {
    clearInterval(watch);
    rmSync(partial, { force: true });
  }
}
