import { create } from 'zustand';
import type { ChannelInput, Referral, ReferralStatus } from '../../shared/contract';
import type { AppErrorBody, Result } from '../../shared/result';
import { call } from '../api/client';

/** What the Rujukan screen shows: the ones still under way, one status, or all. */
export type ReferralFilter = 'open' | 'all' | ReferralStatus;
export const OPEN_STATUSES: ReferralStatus[] = ['dikirim', 'diterima', 'draft'];

interface ReferralsState {
  filter: ReferralFilter;
  generation: number;
  list: Referral[] | null;
  listError: AppErrorBody | null;
  setFilter(filter: ReferralFilter): void;
  loadList(): Promise<void>;

  /** One case's referrals (case page). */
  caseId: string | null;
  caseReferrals: Referral[] | null;
  loadCase(caseId: string): Promise<void>;

  currentId: string | null;
  current: Referral | null;
  /** A one-time message for the referral page after a save elsewhere (the form). */
  notice: string | null;
  error: AppErrorBody | null;
  load(id: string): Promise<void>;
  create(input: ChannelInput<'referrals:create'>): Promise<Result<Referral>>;
  update(input: ChannelInput<'referrals:update'>): Promise<Result<Referral>>;
  transition(input: ChannelInput<'referrals:transition'>): Promise<Result<Referral>>;
  /** After a letter was issued or cancelled: its referral shows it. */
  changed(referralId: string): void;
}

/** Referrals (rujukan): the office's list by status, a case's list, one referral with its history and letters. */
export const useReferrals = create<ReferralsState>()((set, get) => {
  const show = (r: Result<Referral>) => {
    if (r.ok) {
      set({ currentId: r.value.id, current: r.value, error: null });
      const caseId = get().caseId;
      if (caseId === r.value.caseId) void get().loadCase(caseId);
    }
    return r;
  };
  return {
    filter: 'open',
    generation: 0,
    list: null,
    listError: null,
    setFilter(filter) {
      set({ filter, list: null });
      void get().loadList();
    },
    async loadList() {
      const generation = get().generation + 1;
      set({ generation });
      const filter = get().filter;
      const statuses = filter === 'open' ? OPEN_STATUSES : filter === 'all' ? [undefined] : [filter];
      const answers = await Promise.all(statuses.map((status) => call('referrals:list', { status, limit: 500 })));
      if (get().generation !== generation) return;
      const failed = answers.find((a) => !a.ok);
      if (failed && !failed.ok) return set({ listError: failed.error });
      set({ list: answers.flatMap((a) => (a.ok ? a.value : [])), listError: null });
    },

    caseId: null,
    caseReferrals: null,
    async loadCase(caseId) {
      if (get().caseId !== caseId) set({ caseId, caseReferrals: null });
      const r = await call('referrals:list', { caseId, limit: 500 });
      if (get().caseId === caseId && r.ok) set({ caseReferrals: r.value });
    },

    currentId: null,
    current: null,
    notice: null,
    error: null,
    async load(id) {
      if (get().currentId !== id) set({ currentId: id, current: null, error: null });
      const r = await call('referrals:get', { id });
      if (get().currentId !== id) return;
      set(r.ok ? { current: r.value, error: null } : { error: r.error });
    },
    create: async (input) => show(await call('referrals:create', input)),
    update: async (input) => show(await call('referrals:update', input)),
    transition: async (input) => show(await call('referrals:transition', input)),
    changed(referralId) {
      if (get().currentId === referralId) void get().load(referralId);
    },
  };
});
