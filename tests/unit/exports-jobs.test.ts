import ExcelJS from 'exceljs';
import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ulid } from 'ulid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportToFile } from '../../electron/cli/export';
import type { JobIo } from '../../electron/cli/job-progress';
import type { ChannelInput, JobPhase } from '../../shared/contract';
import { snapshot, tempCore } from '../helpers/temp-core';

/**
 * Issue 5: long exports and backups report how far they have come and can be cancelled;
 * a cancelled one answers "Dibatalkan", leaves no file (not even a temporary one) and
 * records nothing.
 */
let t: ReturnType<typeof tempCore>;
let caseIds: string[];
beforeAll(() => {
  t = tempCore();
  caseIds = [];
  for (let i = 0; i < 2500; i++) {
    const c = t.must('clients:create', { name: `Warga Uji ${i}`, sex: i % 2 ? 'L' : 'P' }).client;
    if (i < 120) caseIds.push(t.must('cases:create', { clientId: c.id, cluster: 'penyandang_disabilitas', ppksType: 'penyandang_disabilitas' }).id);
  }
});
afterAll(() => t.cleanup());

type Long = 'exports:table' | 'exports:case-json' | 'exports:case-pdf' | 'backup:create' | 'backup:move-out';
interface Seen {
  phase: JobPhase;
  done: number;
  total: number;
}

/**
 * Starts a long call as a named job and asks for its progress between the job's chunks, as
 * a door would; cancels once `cancelWhen` holds for what it sees.
 */
async function follow<K extends Long>(name: K, input: ChannelInput<K>, cancelWhen?: (s: Seen) => boolean) {
  const jobId = ulid();
  const running = t.invokeAsync(name, { ...input, jobId } as ChannelInput<K>);
  let finished = false;
  void running.finally(() => (finished = true));
  const seen: Seen[] = [];
  let cancelled = false;
  while (!finished) {
    const p = t.must('jobs:progress', { jobId });
    if (p.running && p.phase) {
      seen.push({ phase: p.phase, done: p.done, total: p.total });
      if (!cancelled && cancelWhen?.(seen.at(-1)!)) cancelled = t.must('jobs:cancel', { jobId }).cancelled;
    }
    await new Promise((r) => setImmediate(r));
  }
  return { result: await running, seen, phases: [...new Set(seen.map((s) => s.phase))], cancelled };
}

const files = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort();

describe('export progress and cancel', () => {
  it('an XLSX of 2,500 clients counts its rows while writing, and reads back whole', async () => {
    const { result, seen, phases } = await follow('exports:table', { table: 'clients', format: 'xlsx', columns: ['name', 'sex'] });
    if (!result.ok) throw new Error(result.error.message);
    expect(phases).toContain('menulis');
    const writing = seen.filter((s) => s.phase === 'menulis');
    expect(writing.every((s) => s.total === 2500 && s.done <= 2500)).toBe(true);
    expect(writing.some((s) => s.done > 0 && s.done < 2500)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(result.value.dataBase64, 'base64') as unknown as ArrayBuffer);
    expect(wb.getWorksheet('clients')!.rowCount).toBe(2501);
  });

  it('a table export cancelled while writing says so, makes no file and records nothing', async () => {
    const before = snapshot(t.db);
    const folder = files(t.dir);
    const { result, cancelled } = await follow('exports:table', { table: 'clients', format: 'csv' }, (s) => s.phase === 'menulis' && s.done > 0);
    expect(cancelled).toBe(true);
    expect(result.ok || result.error).toMatchObject({ code: 'CONFLICT', message: 'Dibatalkan; tidak ada yang disimpan.', details: { cancelled: 'true' } });
    expect(snapshot(t.db)).toBe(before);
    expect(files(t.dir)).toEqual(folder);
  });

  it('a sealed JSON bundle goes through collecting and packing; cancelled while collecting cases, it stops', async () => {
    const whole = await follow('exports:case-json', { caseIds, bundle: true, password: 'rahasia-kantor-2026' });
    if (!whole.result.ok) throw new Error(whole.result.error.message);
    expect(whole.phases).toEqual(['mengumpulkan', 'mengemas']);
    expect(whole.seen.filter((s) => s.phase === 'mengumpulkan').every((s) => s.total === caseIds.length)).toBe(true);

    const before = snapshot(t.db);
    const { result, seen } = await follow('exports:case-json', { caseIds, bundle: true }, (s) => s.phase === 'mengumpulkan' && s.done >= 30);
    expect(result.ok || result.error.details).toEqual({ cancelled: 'true' });
    // It stopped where it was cancelled: it never got to packing the zip.
    expect(seen.map((s) => s.phase)).not.toContain('mengemas');
    expect(snapshot(t.db)).toBe(before);
  });

  it('a case-history PDF cancelled while printing answers at once and drops the print', async () => {
    const { result, phases } = await follow('exports:case-pdf', { caseIds: caseIds.slice(0, 20) }, (s) => s.phase === 'mencetak');
    expect(phases).toEqual(['mengumpulkan', 'mencetak']);
    expect(result.ok || result.error.details).toEqual({ cancelled: 'true' });
  }, 60_000);
});

describe('backup progress and cancel', () => {
  it('a backup copies the store as a counted step, then tidies the folder', async () => {
    const { result, phases, seen } = await follow('backup:create', {});
    if (!result.ok) throw new Error(result.error.message);
    expect(phases[0]).toBe('menyalin');
    expect(seen.find((s) => s.phase === 'menyalin')!.total).toBeGreaterThan(0);
    expect(t.must('backup:list', {}).map((b) => b.name)).toEqual([result.value.file.split('/').pop()]);
  });

  it('a backup cancelled while copying leaves no backup and no partial file in the folder', async () => {
    const dir = join(t.dir, 'cadangan');
    const folder = files(dir);
    const { result, cancelled } = await follow('backup:create', {}, (s) => s.phase === 'menyalin');
    expect(cancelled).toBe(true);
    expect(result.ok || result.error.details).toEqual({ cancelled: 'true' });
    expect(files(dir)).toEqual(folder);
  });

  it('a move-out bundle cancelled while packing leaves no temporary copy of the store', async () => {
    const folder = files(t.dir);
    const { result, phases } = await follow('backup:move-out', { password: 'pindah-ke-laptop-baru' }, (s) => s.phase === 'mengemas');
    expect(phases).toEqual(['menyalin', 'mengemas']);
    expect(result.ok || result.error.details).toEqual({ cancelled: 'true' });
    expect(files(t.dir)).toEqual(folder);
  });
});

describe('the command line', () => {
  /** Progress as the terminal would show it on a pipe, and a Ctrl-C sent when `interruptOn` is printed. */
  const terminal = (interruptOn?: RegExp) => {
    const lines: string[] = [];
    const interrupts = new EventEmitter();
    const io = {
      stderr: { write: (s: string) => (lines.push(s), interruptOn?.test(s) && interrupts.emit('SIGINT'), true) },
      interrupts: interrupts as unknown as JobIo['interrupts'],
      pollMs: 1,
    };
    return { io, lines };
  };
  const opts = (out: string) => ({ caseIds: 'all' as const, format: 'xlsx', table: 'clients', out, redact: false, bundle: false });

  it('prints each step with its percentage on stderr and writes the whole file', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'pendamping-cli-')), 'klien.xlsx');
    const { io, lines } = terminal();
    const r = await exportToFile(t, opts(out), io);
    expect(r.ok || r.error.message).toBe(true);
    expect(lines.some((l) => /^menulis baris \d+%\n$/.test(l))).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    expect(wb.getWorksheet('clients')!.rowCount).toBe(2501);
  });

  it('Ctrl-C while writing cancels the export and leaves no file, not even a partial one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pendamping-cli-'));
    const { io, lines } = terminal(/^menulis baris/);
    const r = await exportToFile(t, opts(join(dir, 'klien.xlsx')), io);
    expect(r.ok || r.error.message).toBe('Dibatalkan; tidak ada yang disimpan.');
    expect(lines.join('')).toContain('Membatalkan…');
    expect(readdirSync(dir)).toEqual([]);
  });
});
