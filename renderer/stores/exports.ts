import { create } from 'zustand';
import { DEFAULT_TABLE_COLUMNS, TABLE_NAMES, type CaseRow, type ExportedFile, type TableName } from '../../shared/contract';
import type { AppErrorBody, Result } from '../../shared/result';
import { call } from '../api/client';
import { cancelJob, followJob, newJob, wasCancelled, type JobState } from '../api/jobs';
import { i18n } from '../i18n';
import { saveFile, type SavedFile } from '../features/exports/files';
import { useCases, type CaseQuery } from './cases';

export type ExportScope = 'case' | 'filtered' | 'all';
export const EXPORT_FORMATS = ['pdf', 'json', 'bundle', 'csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** How many cases one call may carry, per format (the contract's limits). */
export const MAX_CASES: Record<ExportFormat, number> = { pdf: 500, json: 5000, bundle: 5000, csv: 100_000, xlsx: 100_000 };

export interface ChosenCase {
  id: string;
  number: string;
  clientName: string;
}

export interface ExportChoices {
  scope: ExportScope;
  chosen: ChosenCase | null;
  format: ExportFormat;
  table: TableName;
  columns: Record<TableName, string[]>;
  paper: 'a4' | 'f4';
  deidentify: boolean;
  protect: boolean;
  password: string;
  passwordConfirm: string;
}

/** Before the core's job starts, the screen gathers the ids of the cases a list scope means. */
export type ExportStep = { kind: 'collecting' };

interface ExportsState {
  choices: ExportChoices;
  setChoices(patch: Partial<ExportChoices>): void;
  step: ExportStep | null;
  /** The core making the file: its steps, and cancel. */
  job: JobState | null;
  /** The last export was cancelled (no file was made). */
  cancelled: boolean;
  error: AppErrorBody | null;
  saved: SavedFile | null;
  run(): Promise<boolean>;
  cancel(): Promise<void>;
  /** Case counts for the scope choices; null while unknown. */
  counts: { all: number | null; filtered: number | null };
  loadCounts(): Promise<void>;
}

const initialColumns = Object.fromEntries(TABLE_NAMES.map((t) => [t, [...DEFAULT_TABLE_COLUMNS[t]]])) as Record<TableName, string[]>;

/** The case list's query without paging, when it narrows the list at all (search or a filter). */
export function filteredQuery(): CaseQuery | null {
  const q = useCases.getState().query;
  const narrowed = Boolean(q.search || q.stage || q.status || q.cluster || q.ppksType || q.regionCode || q.workerId);
  return narrowed ? q : null;
}

/** Every case id a query matches, page by page (the list answers at most 500 at a time). */
async function collectIds(query: Omit<CaseQuery, 'sort'> & { sort?: CaseQuery['sort'] }): Promise<Result<string[]>> {
  const ids: string[] = [];
  for (let offset = 0; ; offset += 500) {
    const r = await call('cases:list', { ...query, offset, limit: 500 });
    if (!r.ok) return r;
    ids.push(...r.value.rows.map((row) => row.id));
    if (r.value.rows.length < 500 || ids.length >= r.value.total) return { ok: true, value: ids };
  }
}

const refuse = (message: string, path?: string): { ok: false; error: AppErrorBody } => ({
  ok: false,
  error: { code: 'VALIDATION', message, fields: path ? [{ path, message }] : undefined },
});

export const useExports = create<ExportsState>()((set, get) => ({
  choices: {
    scope: 'case',
    chosen: null,
    format: 'pdf',
    table: 'cases',
    columns: initialColumns,
    paper: 'a4',
    deidentify: false,
    protect: false,
    password: '',
    passwordConfirm: '',
  },
  setChoices: (patch) => set((s) => ({ choices: { ...s.choices, ...patch } })),
  step: null,
  job: null,
  cancelled: false,
  error: null,
  saved: null,
  counts: { all: null, filtered: null },

  async loadCounts() {
    const q = filteredQuery();
    const [all, filtered] = await Promise.all([call('cases:list', { limit: 1 }), q ? call('cases:list', { ...q, limit: 1 }) : null]);
    set({ counts: { all: all.ok ? all.value.total : null, filtered: filtered?.ok ? filtered.value.total : null } });
  },

  /** Builds the request from the choices, runs it, and offers the file; false when it did not. */
  async run() {
    const c = get().choices;
    if (get().job) return false;
    set({ error: null, cancelled: false });
    const table = c.format === 'csv' || c.format === 'xlsx';
    // Which cases: none means "all" for a table (the core then takes every row).
    let caseIds: string[] | undefined;
    if (c.scope === 'case') {
      if (!c.chosen) return fail(set, refuse(i18n.t('exporting.chooseCase'), 'case'));
      caseIds = [c.chosen.id];
    } else if (c.scope === 'filtered' || !table) {
      set({ step: { kind: 'collecting' } });
      const q = c.scope === 'filtered' ? filteredQuery() : {};
      const ids: Result<string[]> = q ? await collectIds(q) : { ok: true, value: [] };
      if (!ids.ok) return fail(set, ids);
      caseIds = ids.value;
      if (!caseIds.length) return fail(set, refuse(i18n.t('exporting.noCases')));
    }
    if (caseIds && caseIds.length > MAX_CASES[c.format]) return fail(set, refuse(i18n.t('exporting.tooMany', { count: caseIds.length, max: MAX_CASES[c.format] })));
    const password = c.protect ? c.password : undefined;
    const job = newJob();
    set({ step: null, job });

    const start = (jobId: string): Promise<Result<ExportedFile>> => {
      if (table) return call('exports:table', { table: c.table, format: c.format as 'csv' | 'xlsx', columns: c.columns[c.table], caseIds, deidentify: c.deidentify, password, jobId });
      if (c.format === 'pdf') return call('exports:case-pdf', { caseIds: caseIds!, paper: c.paper, deidentify: c.deidentify, password, jobId });
      return call('exports:case-json', { caseIds: caseIds!, deidentify: c.deidentify, bundle: c.format === 'bundle', password, jobId });
    };
    const r = await followJob(job, start, () => get().job, (next) => set({ job: next }));
    set({ job: null });
    if (wasCancelled(r)) {
      set({ cancelled: true });
      return false;
    }
    if (!r.ok) return fail(set, r);
    const previous = get().saved;
    if (previous) URL.revokeObjectURL(previous.url);
    // The password has done its work; it is not kept around for the next export.
    set((s) => ({ step: null, saved: saveFile(r.value), choices: { ...s.choices, password: '', passwordConfirm: '' } }));
    return true;
  },

  cancel: () => cancelJob(get().job, (job) => set({ job })),
}));

function fail(set: (patch: Partial<ExportsState>) => void, r: { ok: false; error: AppErrorBody }): false {
  set({ step: null, error: r.error });
  return false;
}

/** A few cases matching a search, for choosing one. */
export async function findCases(search: string): Promise<Result<CaseRow[]>> {
  // Only the rows are shown: the count may stop early.
  const r = await call('cases:list', { search, limit: 8, countLimit: 1 });
  return r.ok ? { ok: true, value: r.value.rows } : r;
}

/** The case a link asked for (`#/ekspor?kasus=ID`), to show as chosen. */
export async function caseById(id: string): Promise<ChosenCase | null> {
  const r = await call('cases:get', { id });
  return r.ok ? { id: r.value.id, number: r.value.number, clientName: r.value.client.name } : null;
}
