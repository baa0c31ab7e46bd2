import { create } from 'zustand';
import type { BackupFile, BackupSettings, ChannelResult } from '../../shared/contract';
import type { AppErrorBody, Result } from '../../shared/result';
import { call } from '../api/client';
import { cancelJob, followJob, newJob, type JobState } from '../api/jobs';
import { saveFile, type SavedFile } from '../features/exports/files';

/** Kept over the reload that follows a restore, so the page can say what happened. */
const RESTORED_KEY = 'pendamping.restored';

interface BackupsState {
  settings: BackupSettings | null;
  list: BackupFile[] | null;
  error: AppErrorBody | null;
  load(): Promise<void>;
  saveSettings(input: BackupSettings): Promise<Result<BackupSettings>>;
  /** A backup being made now: its progress, and cancel (a cancelled one leaves no file). */
  creating: JobState | null;
  create(): Promise<Result<ChannelResult<'backup:create'>>>;
  cancelCreate(): Promise<void>;
  restore(name: string): Promise<Result<ChannelResult<'backup:restore'>>>;
  /** The move bundle being made: its progress, and cancel. */
  moving: JobState | null;
  /** The move-to-a-new-laptop bundle, offered for saving. */
  moveOut(password: string): Promise<Result<SavedFile>>;
  cancelMoveOut(): Promise<void>;
}

export const useBackups = create<BackupsState>()((set, get) => ({
  settings: null,
  list: null,
  error: null,
  async load() {
    const [s, l] = await Promise.all([call('backup:settings-get', {}), call('backup:list', {})]);
    set({ settings: s.ok ? s.value : get().settings, list: l.ok ? l.value : get().list, error: !s.ok ? s.error : !l.ok ? l.error : null });
  },
  async saveSettings(input) {
    const r = await call('backup:settings-update', input);
    if (r.ok) {
      set({ settings: r.value });
      // Another folder has other backups.
      const l = await call('backup:list', {});
      if (l.ok) set({ list: l.value });
    }
    return r;
  },
  creating: null,
  async create() {
    const job = newJob();
    set({ creating: job });
    const r = await followJob(job, (jobId) => call('backup:create', { jobId }), () => get().creating, (next) => set({ creating: next }));
    set({ creating: null });
    const l = await call('backup:list', {});
    if (l.ok) set({ list: l.value });
    return r;
  },
  cancelCreate: () => cancelJob(get().creating, (creating) => set({ creating })),
  async restore(name) {
    const r = await call('backup:restore', { name });
    if (r.ok) {
      try {
        sessionStorage.setItem(RESTORED_KEY, JSON.stringify({ name, safety: r.value.safetyCopy }));
      } catch {
        // not kept: the reload then simply shows the restored data
      }
    }
    return r;
  },
  moving: null,
  async moveOut(password) {
    const job = newJob();
    set({ moving: job });
    const r = await followJob(job, (jobId) => call('backup:move-out', { password, jobId }), () => get().moving, (next) => set({ moving: next }));
    set({ moving: null });
    return r.ok ? { ok: true, value: saveFile(r.value) } : r;
  },
  cancelMoveOut: () => cancelJob(get().moving, (moving) => set({ moving })),
}));

/** What the last restore said, once (read after the reload). */
export function takeRestoredNotice(): { name: string; safety: string } | null {
  try {
    const raw = sessionStorage.getItem(RESTORED_KEY);
    sessionStorage.removeItem(RESTORED_KEY);
    return raw ? (JSON.parse(raw) as { name: string; safety: string }) : null;
  } catch {
    return null;
  }
}
