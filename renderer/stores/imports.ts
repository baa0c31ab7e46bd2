import { ulid } from 'ulid';
import { create } from 'zustand';
import type { ImportField, ImportPreview, ImportReport } from '../../shared/contract';
import type { AppErrorBody, Result } from '../../shared/result';
import { call } from '../api/client';
import { fileToBase64 } from '../features/exports/files';
import { i18n } from '../i18n';

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
const POLL_MS = 200;

export interface ImportJob {
  id: string;
  dryRun: boolean;
  /** 'mulai' until the core has the job, then its own phases; 'menyimpan' once checking is over. */
  phase: string;
  done: number;
  total: number;
  cancelRequested: boolean;
}

/** How the last run ended, in words the screen shows. */
export type ImportOutcome = 'checked' | 'imported' | 'refused' | 'cancelled' | 'failed';

interface ClientImportState {
  file: { name: string; size: number; dataBase64: string } | null;
  reading: boolean;
  preview: ImportPreview | null;
  mapping: Partial<Record<ImportField, string>>;
  job: ImportJob | null;
  report: ImportReport | null;
  outcome: ImportOutcome | null;
  error: AppErrorBody | null;
  choose(file: File): Promise<void>;
  setMapping(field: ImportField, column: string | null): void;
  reset(): void;
  run(opts: { dryRun: boolean; skipInvalid: boolean }): Promise<void>;
  cancel(): Promise<void>;
}

const empty = { file: null, reading: false, preview: null, mapping: {}, job: null, report: null, outcome: null, error: null } as const;

/**
 * Client import: read the file, map its columns, check every row (dry run), then store the
 * valid rows at once. The long call runs while this store asks for its progress and may
 * cancel it; a cancelled or refused import stores nothing (the core guarantees it).
 */
export const useClientImport = create<ClientImportState>()((set, get) => ({
  ...empty,

  async choose(file) {
    set({ ...empty, reading: true });
    if (file.size > MAX_IMPORT_BYTES) return set({ reading: false, error: { code: 'VALIDATION', message: i18n.t('clientImport.tooBig') } });
    const dataBase64 = await fileToBase64(file);
    const name = file.name.slice(0, 200);
    const r = await call('imports:clients-preview', { fileName: name, dataBase64 });
    if (!r.ok) return set({ reading: false, error: r.error });
    set({ reading: false, file: { name, size: file.size, dataBase64 }, preview: r.value, mapping: { ...r.value.suggestedMapping } });
  },

  setMapping(field, column) {
    const mapping = { ...get().mapping };
    if (column) mapping[field] = column;
    else delete mapping[field];
    // A report belongs to the mapping it was made with.
    set({ mapping, report: null, outcome: null, error: null });
  },

  reset: () => set({ ...empty }),

  async run({ dryRun, skipInvalid }) {
    const { file, mapping, job: running } = get();
    if (!file || running) return;
    const job: ImportJob = { id: ulid(), dryRun, phase: 'mulai', done: 0, total: get().preview?.rowCount ?? 0, cancelRequested: false };
    set({ job, error: null, outcome: null, ...(dryRun ? { report: null } : {}) });
    const pending = call('imports:clients', { fileName: file.name, dataBase64: file.dataBase64, mapping, dryRun, skipInvalid, jobId: job.id });
    let seen = false;
    let finished = false;
    const poll = async () => {
      while (!finished) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        if (finished) return;
        const p = await call('jobs:progress', { jobId: job.id });
        const current = get().job;
        if (finished || !p.ok || current?.id !== job.id) continue;
        if (p.value.running) {
          seen = true;
          set({ job: { ...current, phase: p.value.phase ?? current.phase, done: p.value.done, total: p.value.total || current.total } });
          // A cancel sent before the core knew the job is sent again now that it does.
          if (current.cancelRequested) void call('jobs:cancel', { jobId: job.id });
        } else if (seen) {
          set({ job: { ...current, phase: 'menyimpan', done: current.total } });
        }
      }
    };
    void poll();
    const r: Result<ImportReport> = await pending;
    finished = true;
    if (!r.ok) {
      const cancelled = r.error.details?.cancelled === 'true';
      return set({ job: null, outcome: cancelled ? 'cancelled' : 'failed', error: cancelled ? null : r.error });
    }
    // A real run that comes back as a dry run was refused (rows with errors, not told to skip them).
    const outcome: ImportOutcome = dryRun ? 'checked' : r.value.dryRun ? 'refused' : 'imported';
    set({ job: null, report: r.value, outcome });
  },

  async cancel() {
    const job = get().job;
    if (!job || job.cancelRequested) return;
    set({ job: { ...job, cancelRequested: true } });
    await call('jobs:cancel', { jobId: job.id });
  },
}));

interface CaseImportState {
  running: boolean;
  error: AppErrorBody | null;
  imported: Record<string, number> | null;
  run(file: File, password: string): Promise<void>;
  clear(): void;
}

/** A case export (.json, or a .zip bundle, optionally sealed) brought in all at once. */
export const useCaseImport = create<CaseImportState>()((set) => ({
  running: false,
  error: null,
  imported: null,
  clear: () => set({ error: null, imported: null }),
  async run(file, password) {
    set({ running: true, error: null, imported: null });
    const zip = /\.zip$/i.test(file.name);
    const r = zip
      ? await call('imports:case-bundle', { dataBase64: await fileToBase64(file), password: password || undefined })
      : await call('imports:case-json', { json: await file.text() });
    set(r.ok ? { running: false, imported: r.value.imported } : { running: false, error: r.error });
  },
}));
