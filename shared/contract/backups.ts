import { z } from 'zod';
import { channel, empty } from './common';
import { optionalJobId } from './imports';

/** Long backup work may be named as a job (progress, cancel); no fields otherwise. */
const job = z.strictObject({ jobId: optionalJobId }).optional().transform((v) => v ?? {});

/** Absolute paths on Windows (C:\…) and POSIX (/…). */
const absolute = (p: string) => /^([a-zA-Z]:[\\/]|\\\\|\/)/.test(p);

export const BackupSettingsInput = z.strictObject({
  /** Absolute folder; null keeps backups in the data folder's "cadangan". */
  folder: z.string().trim().max(500).refine(absolute, { error: 'Folder cadangan harus jalur lengkap (absolut).' }).nullable(),
  keep: z.int().min(1, { error: 'Simpan 1–100 cadangan.' }).max(100, { error: 'Simpan 1–100 cadangan.' }),
  daily: z.boolean(),
});
export type BackupSettings = z.output<typeof BackupSettingsInput>;

export interface BackupFile {
  name: string;
  size: number;
  createdAt: string;
  /** Made automatically just before a restore replaced the data. */
  safetyCopy: boolean;
}

export const backupChannels = {
  'backup:settings-get': channel<BackupSettings>()(empty, false, 'Backup folder, how many to keep, daily backups on or off.'),
  'backup:settings-update': channel<BackupSettings>()(BackupSettingsInput, true, 'Change the backup settings.'),
  // Not wrapped in a transaction: VACUUM INTO cannot run inside one.
  'backup:create': channel<{ file: string; size: number; createdAt: string }>()(
    job,
    false,
    'Write an encrypted backup now (VACUUM INTO, with progress; a cancelled one leaves no file) and prune old ones.',
  ),
  'backup:list': channel<BackupFile[]>()(empty, false, 'Backups in the backup folder, newest first.'),
  'backup:move-out': channel<{ fileName: string; mimeType: string; dataBase64: string }>()(
    z.strictObject({ password: z.string().min(10, { error: 'Kata sandi paket pindah minimal 10 karakter.' }).max(200), jobId: optionalJobId }),
    false,
    'A move-to-a-new-laptop bundle: an encrypted copy of the store and its keyring (the same accounts unlock it there; the raw key does not travel), sealed with a password (AES-256 zip).',
  ),
  'backup:restore': channel<{ restoredFrom: string; schemaVersion: number; safetyCopy: string }>()(
    z.strictObject({ name: z.string().min(1).max(200) }),
    false,
    'Restore a backup from the backup folder: verified first, a safety copy of the current data kept, then swapped in.',
  ),
};
