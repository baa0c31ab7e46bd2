import { create } from 'zustand';
import type { ImportField, ImportPreview, ImportReport } from '../../shared/contract';
import type { AppErrorBody, Result } from '../../shared/result';
import { call } from '../api/client';
import { cancelJob, followJob, newJob, wasCancelled, type JobState } from '../api/jobs';
import { fileToBase64 } from '../features/exports/files';
import { i18n } from '../i18n';

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** How the last run ended, in words the screen shows. */
export type ImportOutcome = 'checked' | 'imported' | 'refused' | 'cancelled' | 'failed';

interface ClientImportState {
  file: { name: string; size: number; dataBase64: string } | null;
  reading: boolean;
  preview: ImportPreview | null;
  mapping: Partial<Record<ImportField, string>>;
  job: JobState | null;
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
    const job = newJob(get().preview?.rowCount ?? 0);
    set({ job, error: null, outcome: null, ...(dryRun ? { report: null } : {}) });
    const r: Result<ImportReport> = await followJob(
      job,
      (jobId) => call('imports:clients', { fileName: file.name, dataBase64: file.dataBase64, mapping, dryRun, skipInvalid, jobId }),
      () => get().job,
      (next) => set({ job: next }),
    );
    if (!r.ok) {
      const cancelled = wasCancelled(r);
      return set({ job: null, outcome: cancelled ? 'cancelled' : 'failed', error: cancelled ? null : r.error });
    }
    // A real run that comes back as a dry run was refused (rows with errors, not told to skip them).
    const outcome: ImportOutcome = dryRun ? 'checked' : r.value.dryRun ? 'refused' : 'imported';
    set({ job: null, report: r.value, outcome });
  },

  cancel: () => cancelJob(get().job, (job) => set({ job })),
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
