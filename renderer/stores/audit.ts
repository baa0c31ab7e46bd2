import { create } from 'zustand';
import type { AuditEntry, AuditVerifyResult, ChannelInput } from '../../shared/contract';
import type { AppErrorBody } from '../../shared/result';
import { call } from '../api/client';

export type AuditFilter = Omit<NonNullable<ChannelInput<'audit:list'>>, 'before' | 'limit'> & { caseNumber?: string };

const PAGE = 100;

interface AuditState {
  filter: AuditFilter;
  /** null until the first page arrives. */
  entries: AuditEntry[] | null;
  next: number | null;
  error: AppErrorBody | null;
  loadingMore: boolean;
  verifyResult: AuditVerifyResult | null;
  verifyError: AppErrorBody | null;
  verifying: boolean;
  load(): Promise<void>;
  setFilter(patch: Partial<AuditFilter>): Promise<void>;
  resetFilter(): Promise<void>;
  loadMore(): Promise<void>;
  verify(): Promise<void>;
}

const request = (filter: AuditFilter, before?: number) => {
  const { caseNumber: _shown, ...rest } = filter;
  // Empty selects mean "all": only the filters in use are sent.
  const input = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined && v !== '')) as AuditFilter;
  return call('audit:list', { ...input, limit: PAGE, ...(before ? { before } : {}) });
};

/** Jejak Audit: a keyset-paged view of the trail, newest first, and the chain check. */
export const useAudit = create<AuditState>()((set, get) => ({
  filter: {},
  entries: null,
  next: null,
  error: null,
  loadingMore: false,
  verifyResult: null,
  verifyError: null,
  verifying: false,

  async load() {
    const filter = get().filter;
    const r = await request(filter);
    // A newer filter may have been chosen while this page was on its way.
    if (get().filter !== filter) return;
    set(r.ok ? { entries: r.value.entries, next: r.value.next, error: null } : { error: r.error });
  },

  async setFilter(patch) {
    set({ filter: { ...get().filter, ...patch } });
    await get().load();
  },

  async resetFilter() {
    set({ filter: {} });
    await get().load();
  },

  async loadMore() {
    const { next, filter, entries } = get();
    if (!next || get().loadingMore) return;
    set({ loadingMore: true });
    const r = await request(filter, next);
    if (get().filter !== filter) return set({ loadingMore: false });
    set(r.ok ? { entries: [...(entries ?? []), ...r.value.entries], next: r.value.next, loadingMore: false, error: null } : { error: r.error, loadingMore: false });
  },

  async verify() {
    set({ verifying: true, verifyError: null });
    const r = await call('audit:verify', {});
    set(r.ok ? { verifyResult: r.value, verifying: false } : { verifyError: r.error, verifying: false, verifyResult: null });
  },
}));
