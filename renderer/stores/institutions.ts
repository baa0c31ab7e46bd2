import { create } from 'zustand';
import type { ChannelInput, Institution, InstitutionImportReport } from '../../shared/contract';
import type { INSTITUTION_TYPE } from '../../shared/enums';
import type { AppErrorBody, Result } from '../../shared/result';
import { call } from '../api/client';

export type InstitutionType = (typeof INSTITUTION_TYPE.values)[number];

export interface InstitutionQuery {
  search: string;
  type: InstitutionType | '';
  includeInactive: boolean;
}

interface InstitutionsState {
  query: InstitutionQuery;
  /** Bumped on every query: an answer for an older query is dropped. */
  generation: number;
  list: Institution[] | null;
  error: AppErrorBody | null;
  setQuery(patch: Partial<InstitutionQuery>): void;
  load(): Promise<void>;
  create(input: ChannelInput<'institutions:create'>): Promise<Result<Institution>>;
  update(input: ChannelInput<'institutions:update'>): Promise<Result<Institution>>;
  importCsv(csv: string, dryRun: boolean): Promise<Result<InstitutionImportReport>>;
}

/** The directory of referral destinations (lembaga tujuan). */
export const useInstitutions = create<InstitutionsState>()((set, get) => ({
  query: { search: '', type: '', includeInactive: false },
  generation: 0,
  list: null,
  error: null,
  setQuery(patch) {
    set((s) => ({ query: { ...s.query, ...patch } }));
    void get().load();
  },
  async load() {
    const generation = get().generation + 1;
    set({ generation });
    const { search, type, includeInactive } = get().query;
    const r = await call('institutions:list', { search: search.trim().slice(0, 100), type: type || undefined, includeInactive });
    if (get().generation !== generation) return;
    set(r.ok ? { list: r.value, error: null } : { error: r.error });
  },
  async create(input) {
    const r = await call('institutions:create', input);
    if (r.ok) void get().load();
    return r;
  },
  async update(input) {
    const r = await call('institutions:update', input);
    if (r.ok) void get().load();
    return r;
  },
  async importCsv(csv, dryRun) {
    const r = await call('institutions:import-csv', { csv, dryRun });
    if (r.ok && !r.value.dryRun) void get().load();
    return r;
  },
}));

/** A search of the directory for a picker (active institutions only), outside the page's list. */
export const searchInstitutions = (search: string) => call('institutions:list', { search: search.trim().slice(0, 100) });
