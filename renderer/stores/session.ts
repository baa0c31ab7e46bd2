import { create } from 'zustand';
import type { ChannelInput, SessionStatus, SetupResult } from '../../shared/contract';
import type { AppErrorBody, Result } from '../../shared/result';
import { call } from '../api/client';
import { onLocked } from '../api/locked';
import { useDrafts } from './drafts';

interface SessionStore {
  /** null until `session:status` first answers. */
  status: SessionStatus | null;
  error: AppErrorBody | null;
  /** The worker of the last unlock: drafts kept at a lock belong to them. */
  lastWorkerId: string | null;
  /** The login name of the last unlock, kept in memory to fill in after a lock. */
  lastLogin: string | null;
  /** A recovery key just made (setup, recovery): shown once, then forgotten. */
  recoveryKey: string | null;
  load(): Promise<void>;
  setup(input: ChannelInput<'session:setup'>): Promise<Result<SetupResult>>;
  unlock(input: ChannelInput<'session:unlock'>): Promise<Result<SessionStatus>>;
  recover(input: ChannelInput<'session:recover'>): Promise<Result<SetupResult>>;
  /** A new laptop's first start: the folder filled from a move bundle; then the unlock screen. */
  moveIn(input: ChannelInput<'session:move-in'>): Promise<Result<SessionStatus>>;
  /** A new laptop's first start after the old one died: the folder filled from a backup and its keyring; then the unlock screen. */
  restoreIn(input: ChannelInput<'session:restore-in'>): Promise<Result<SessionStatus>>;
  /** The Kunci button, Ctrl+L, or the idle timer (`idle`). */
  lock(because?: 'manual' | 'idle'): Promise<void>;
  /** The recovery key was printed or written down: on to the app. */
  recoveryKeyDone(): void;
  setAutoLockMinutes(minutes: number): void;
}

const lockedStatus = (state: SessionStatus['state'], because: SessionStatus['lockedBecause']): SessionStatus => ({
  state,
  existingData: false,
  currentWorker: null,
  lockedBecause: because,
  autoLockMinutes: null,
});

/**
 * The worker whose account unlocked: also while an admin acts for a colleague (then
 * `currentWorker` is the colleague, whose name the records carry; the rights stay the admin's).
 */
export const signedIn = (status: SessionStatus | null): SessionStatus['currentWorker'] =>
  status?.state === 'unlocked' ? (status.unlockedBy ?? status.currentWorker) : null;

/** Whether the data folder is set up, locked or unlocked, and who unlocked it. */
export const useSession = create<SessionStore>()((set, get) => {
  const unlocked = (status: SessionStatus, login: string) => {
    const workerId = signedIn(status)?.id ?? null;
    // Drafts typed by someone else before the lock are not theirs to see.
    useDrafts.getState().keepOnlyFor(workerId);
    set({ status, error: null, lastWorkerId: workerId, lastLogin: login.trim().toLowerCase() });
  };

  return {
    status: null,
    error: null,
    lastWorkerId: null,
    lastLogin: null,
    recoveryKey: null,

    async load() {
      const r = await call('session:status', {});
      if (!r.ok) return set({ error: r.error });
      if (r.value.state === 'unlocked') unlocked(r.value, get().lastLogin ?? '');
      else set({ status: r.value, error: null });
    },

    async setup(input) {
      const r = await call('session:setup', input);
      if (r.ok) {
        set({ recoveryKey: r.value.recoveryKey });
        unlocked(r.value.status, input.login);
      }
      return r;
    },

    async unlock(input) {
      const r = await call('session:unlock', input);
      if (r.ok) unlocked(r.value, input.login);
      return r;
    },

    async recover(input) {
      const r = await call('session:recover', input);
      if (r.ok) {
        set({ recoveryKey: r.value.recoveryKey });
        unlocked(r.value.status, input.login);
      }
      return r;
    },

    async moveIn(input) {
      const r = await call('session:move-in', input);
      if (r.ok) set({ status: r.value, error: null });
      return r;
    },

    async restoreIn(input) {
      const r = await call('session:restore-in', input);
      if (r.ok) set({ status: r.value, error: null });
      return r;
    },

    async lock(because = 'manual') {
      if (get().status?.state !== 'unlocked') return;
      const r = await call('session:lock', { reason: because });
      // Locked on screen even when the answer is lost: the data must not stay in view.
      set({ status: r.ok ? r.value : lockedStatus('locked', because) });
    },

    recoveryKeyDone: () => set({ recoveryKey: null }),

    setAutoLockMinutes(minutes) {
      const status = get().status;
      if (status?.state === 'unlocked') set({ status: { ...status, autoLockMinutes: minutes } });
    },
  };
});

// Any call answering LOCKED (the core's own idle lock, another window): back to the lock
// screen; the open forms keep what was typed (stores/drafts.ts).
onLocked((error) => {
  const s = useSession.getState();
  if (s.status && s.status.state !== 'unlocked') return;
  const state = error.details?.state === 'uninitialised' ? 'uninitialised' : 'locked';
  useSession.setState({ status: lockedStatus(state, error.details?.reason === 'idle' ? 'idle' : null) });
  // The full picture (existingData on a folder not yet set up) comes from the core.
  void s.load();
});
