import { create } from 'zustand';
import type { Account, ChannelInput, SecuritySettings } from '../../shared/contract';
import type { AppErrorBody, Result } from '../../shared/result';
import { call } from '../api/client';
import { useSession } from './session';

interface AccountsState {
  /** null until loaded (admins only: others are refused the list). */
  accounts: Account[] | null;
  error: AppErrorBody | null;
  security: SecuritySettings | null;
  load(): Promise<void>;
  loadSecurity(): Promise<void>;
  create(input: ChannelInput<'accounts:create'>): Promise<Result<Account>>;
  remove(workerId: string): Promise<Result<{ workerId: string }>>;
  changePassphrase(input: ChannelInput<'accounts:change-passphrase'>): Promise<Result<{ passphraseChangedAt: string }>>;
  newRecoveryKey(yourPassphrase: string): Promise<Result<{ recoveryKey: string }>>;
  updateSecurity(input: ChannelInput<'settings:security-update'>): Promise<Result<SecuritySettings>>;
}

/** Settings → Akun & keamanan: accounts, passphrases, the recovery key, auto-lock minutes. */
export const useAccounts = create<AccountsState>()((set, get) => ({
  accounts: null,
  error: null,
  security: null,

  async load() {
    const r = await call('accounts:list', {});
    set(r.ok ? { accounts: r.value, error: null } : { error: r.error });
  },

  async loadSecurity() {
    const r = await call('settings:security-get', {});
    if (r.ok) set({ security: r.value });
  },

  async create(input) {
    const r = await call('accounts:create', input);
    if (r.ok) await get().load();
    return r;
  },

  async remove(workerId) {
    const r = await call('accounts:remove', { workerId });
    if (r.ok) await get().load();
    return r;
  },

  async changePassphrase(input) {
    const r = await call('accounts:change-passphrase', input);
    // Only an admin has the list (and its "changed" dates) on screen.
    if (r.ok && get().accounts) await get().load();
    return r;
  },

  newRecoveryKey: (yourPassphrase) => call('accounts:new-recovery-key', { yourPassphrase }),

  async updateSecurity(input) {
    const r = await call('settings:security-update', input);
    if (r.ok) {
      set({ security: r.value });
      // The idle timer of this window follows at once.
      useSession.getState().setAutoLockMinutes(r.value.autoLockMinutes);
    }
    return r;
  },
}));
