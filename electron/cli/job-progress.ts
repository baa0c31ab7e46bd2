import { ulid } from 'ulid';
import type { JobPhase } from '../../shared/contract';
import type { Result } from '../../shared/result';
import type { Core } from '../core/core';

/** What each step of long work is called on the terminal. */
const PHASE: Record<JobPhase, string> = {
  mulai: 'mulai',
  membaca: 'membaca berkas',
  memeriksa: 'memeriksa baris',
  mengumpulkan: 'mengumpulkan data kasus',
  menganonimkan: 'menganonimkan',
  mencetak: 'mencetak PDF',
  menulis: 'menulis baris',
  mengemas: 'mengemas zip',
  menyalin: 'menyalin data',
  merapikan: 'merapikan folder cadangan',
  mengimpor: 'mengimpor klien',
  menyimpan: 'menyimpan',
};

/** Where progress goes and where Ctrl-C comes from: the process, or stand-ins in tests. */
export interface JobIo {
  stderr: { write(s: string): unknown; isTTY?: boolean };
  interrupts: { on(event: 'SIGINT', fn: () => void): unknown; off(event: 'SIGINT', fn: () => void): unknown };
  /** How often to look at the job; a person needs no more than a few times a second. */
  pollMs?: number;
}
export const processIo: JobIo = { stderr: process.stderr, interrupts: process };


/**
 * Runs one long call as a named job: its steps and percentage on stderr (a line per step and
 * per tenth on a pipe, one rewritten line on a terminal), and Ctrl-C cancels it — the core
 * then stores nothing and the caller writes no file. A second Ctrl-C stops at once.
 */
export async function withProgress<T>(core: Core, start: (jobId: string) => Promise<Result<T>>, io: JobIo = processIo): Promise<Result<T>> {
  const jobId = ulid();
  let interrupted = false;
  const onInterrupt = () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    io.stderr.write('\nMembatalkan… (tekan Ctrl-C sekali lagi untuk berhenti paksa)\n');
    core.invoke('jobs:cancel', { jobId });
  };
  io.interrupts.on('SIGINT', onInterrupt);
  let last = '';
  const report = () => {
    const p = core.invoke('jobs:progress', { jobId });
    if (!p.ok || !p.value.running || !p.value.phase) return;
    const { phase, done, total } = p.value;
    const tenth = total > 0 ? Math.floor((done / total) * 10) * 10 : null;
    const line = `${PHASE[phase]}${tenth === null ? '…' : ` ${tenth}%`}`;
    if (line === last) return;
    last = line;
    io.stderr.write(io.stderr.isTTY ? `\r\x1b[2K${line}` : `${line}\n`);
  };
  const timer = setInterval(report, io.pollMs ?? 250);
  try {
    return await start(jobId);
  } finally {
    clearInterval(timer);
    io.interrupts.off('SIGINT', onInterrupt);
    if (io.stderr.isTTY && last) io.stderr.write('\n');
  }
}
