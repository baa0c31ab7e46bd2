import { z } from 'zod';
import type { EnumValue, WORKER_ROLE } from '../enums';
import { channel, empty, id, optionalText, requiredText } from './common';
import type { Worker } from './workers';

/**
 * Unlock and accounts. Each worker who signs in has an account: a login name and a
 * passphrase. The database key is random and wrapped once per account (and once by the
 * recovery key), so adding or removing an account never re-encrypts the data.
 *
 * While the data is not unlocked, only the `session:*` channels below answer; every other
 * channel returns code LOCKED with `details.state` ('uninitialised' | 'locked') and, after
 * an idle lock, `details.reason = 'idle'`.
 *
 * A wrong login or passphrase is VALIDATION on the field `passphrase` (the same message for
 * both, so login names cannot be probed). After three wrong tries the account waits a
 * growing delay; the answer is then VALIDATION on `passphrase` with
 * `details.retryAfterSeconds` (a whole number, as a string).
 */

/** Login names: lower case letters, digits, dot, dash, underscore; case does not matter when typed. */
export const login = z
  .string({ error: 'Nama pengguna wajib diisi.' })
  .trim()
  .toLowerCase()
  .min(3, { error: 'Nama pengguna 3–40 karakter.' })
  .max(40, { error: 'Nama pengguna 3–40 karakter.' })
  .regex(/^[a-z0-9._-]+$/, { error: 'Nama pengguna hanya boleh huruf, angka, titik, tanda hubung, dan garis bawah.' });

/** A new passphrase: long rather than complicated (a few words are fine). Never trimmed. */
export const newPassphrase = z
  .string({ error: 'Frasa sandi wajib diisi.' })
  .min(10, { error: 'Frasa sandi minimal 10 karakter (beberapa kata lebih mudah diingat).' })
  .max(256, { error: 'Frasa sandi paling banyak 256 karakter.' });

/** A passphrase being checked: whatever was set before, so no length rule beyond bounds. */
export const givenPassphrase = z
  .string({ error: 'Frasa sandi wajib diisi.' })
  .min(1, { error: 'Frasa sandi wajib diisi.' })
  .max(256, { error: 'Frasa sandi paling banyak 256 karakter.' });

/**
 * As printed: 25 letters and digits in five groups (`7K2QM-4XH9A-…`, Crockford base32: no I, L,
 * O, U); spaces, dashes and case are ignored, O is read as 0 and I or L as 1.
 */
export const recoveryKey = z
  .string({ error: 'Kunci pemulihan wajib diisi.' })
  .min(1, { error: 'Kunci pemulihan wajib diisi.' })
  .max(100, { error: 'Kunci pemulihan terlalu panjang.' });

export type SessionState = 'uninitialised' | 'locked' | 'unlocked';

export interface SessionStatus {
  state: SessionState;
  /**
   * Uninitialised only: the folder already holds data under the old key-file scheme (or the
   * desktop app's OS-wrapped key); setup keeps that data and protects it with the new account.
   */
  existingData: boolean;
  /** Unlocked only: the worker acting now. */
  currentWorker: Worker | null;
  /**
   * Set while an admin acts for a colleague (session:set-worker): the admin whose account
   * unlocked; the records carry currentWorker's name, the rights are the admin's. Else null.
   */
  unlockedBy?: Worker | null;
  /** Why it is locked: after the idle time, by the lock button, or null (just started). */
  lockedBecause: 'idle' | 'manual' | null;
  /** Unlocked only: the idle time after which the data locks itself. */
  autoLockMinutes: number | null;
}

export const SetupInput = z.strictObject({
  /** The first admin's worker profile. */
  name: requiredText(200, 'Nama'),
  position: optionalText(200),
  login,
  passphrase: newPassphrase,
});

/** The largest move bundle the session channel takes (decoded); bigger ones go through the command line. */
export const MAX_MOVE_IN_BYTES = 300 * 1024 * 1024;
const MOVE_IN_TOO_LARGE = 'Paket pindah lebih dari 300 MB. Pindahkan lewat baris perintah: pendamping move-in BERKAS --password KATA_SANDI --data-dir FOLDER.';

export const MoveInInput = z.strictObject({
  /** The bundle made by `backup:move-out` or `pendamping move-out`, as base64. */
  bundle: z
    .string({ error: 'Pilih berkas paket pindah.' })
    .min(1, { error: 'Pilih berkas paket pindah.' })
    .max(Math.ceil(MAX_MOVE_IN_BYTES / 3) * 4, { error: MOVE_IN_TOO_LARGE })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'Isi paket pindah harus base64.' }),
  /** The password the bundle was sealed with (not an account's passphrase). */
  password: z.string({ error: 'Kata sandi paket wajib diisi.' }).min(1, { error: 'Kata sandi paket wajib diisi.' }).max(256, { error: 'Kata sandi paling banyak 256 karakter.' }),
});

/** The largest backup the first-run screen takes (decoded); bigger ones go through `pendamping restore`. */
export const MAX_RESTORE_IN_BYTES = 300 * 1024 * 1024;
/** A keyring.json of 1,000 accounts stays well under this. */
export const MAX_KEYRING_BYTES = 2 * 1024 * 1024;
const RESTORE_IN_TOO_LARGE = 'Berkas cadangan lebih dari 300 MB. Pulihkan lewat baris perintah: pendamping restore BERKAS --data-dir FOLDER (keyring.json di samping BERKAS).';

const base64File = (maxBytes: number, missing: string, tooLarge: string, notBase64: string) =>
  z
    .string({ error: missing })
    .min(1, { error: missing })
    .max(Math.ceil(maxBytes / 3) * 4, { error: tooLarge })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: notBase64 });

/**
 * A backup on a flash drive into the new laptop's empty folder: the `.pbak` file and the
 * `keyring.json` every backup writes beside it, both as base64, opened with an account of
 * that keyring (login and passphrase) or with the recovery key.
 */
export const RestoreInInput = z
  .strictObject({
    backup: base64File(MAX_RESTORE_IN_BYTES, 'Pilih berkas cadangan (.pbak).', RESTORE_IN_TOO_LARGE, 'Isi berkas cadangan harus base64.'),
    /** The chosen file's name, for the audit trail only. */
    backupName: z.string().max(255, { error: 'Nama berkas paling banyak 255 karakter.' }).optional(),
    keyring: base64File(
      MAX_KEYRING_BYTES,
      'Pilih salinan kunci akun (keyring.json).',
      'Berkas ini terlalu besar untuk salinan kunci akun. Pilih keyring.json dari folder cadangan.',
      'Isi salinan kunci akun harus base64.',
    ),
    login: login.optional(),
    passphrase: givenPassphrase.optional(),
    recoveryKey: recoveryKey.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.recoveryKey !== undefined) {
      if (v.login !== undefined || v.passphrase !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['recoveryKey'], message: 'Isi kunci pemulihan, atau nama pengguna dan frasa sandi — bukan keduanya.' });
      }
      return;
    }
    if (v.login === undefined) ctx.addIssue({ code: 'custom', path: ['login'], message: 'Nama pengguna wajib diisi.' });
    if (v.passphrase === undefined) ctx.addIssue({ code: 'custom', path: ['passphrase'], message: 'Frasa sandi wajib diisi.' });
  });

export interface SetupResult {
  status: SessionStatus;
  /** Shown once, to print or write down; it unlocks the data when every passphrase is forgotten. */
  recoveryKey: string;
}

export interface Account {
  workerId: string;
  workerName: string;
  role: EnumValue<typeof WORKER_ROLE>;
  /** The worker profile is active (an inactive worker's account cannot unlock). */
  active: boolean;
  login: string;
  createdAt: string;
  passphraseChangedAt: string;
  /** Wrong passphrases in a row since the last unlock. */
  failedAttempts: number;
  /** This is the account that unlocked the data now. */
  you: boolean;
}

export const sessionChannels = {
  'session:status': channel<SessionStatus>()(empty, false, 'Whether the data folder is set up, locked or unlocked (answers while locked).'),
  'session:setup': channel<SetupResult>()(
    SetupInput,
    true,
    'First start: create the first admin (worker profile and account) and the recovery key, shown once; existing key-file data is kept. Answers while locked.',
  ),
  'session:unlock': channel<SessionStatus>()(
    z.strictObject({ login, passphrase: givenPassphrase }),
    false,
    'Unlock with a login name and passphrase (slowed down after wrong tries). Answers while locked.',
  ),
  'session:recover': channel<SetupResult>()(
    z.strictObject({ recoveryKey, login, newPassphrase }),
    true,
    "Forgotten passphrase: unlock with the recovery key, set the account's new passphrase; a new recovery key replaces the used one (shown once). Answers while locked.",
  ),
  'session:move-in': channel<SessionStatus>()(
    MoveInInput,
    true,
    'First start on a new laptop: fill the empty folder from a move bundle (store and accounts) sealed with its password; the same accounts then unlock. Answers only while the folder is not set up.',
  ),
  'session:restore-in': channel<SessionStatus>()(
    RestoreInInput,
    true,
    "First start on a new laptop after the old one died: fill the empty folder from a backup and the keyring.json beside it, checked with an account's passphrase (or the recovery key) before anything is written; the same accounts then unlock. Answers only while the folder is not set up.",
  ),
  'session:lock': channel<SessionStatus>()(
    z
      .strictObject({
        /** 'idle' when the screen locks after the auto-lock minutes without input (status then says so). */
        reason: z.enum(['manual', 'idle'], { error: "Alasan mengunci: 'manual' atau 'idle'." }).optional(),
      })
      .optional()
      .transform((v) => ({ reason: v?.reason ?? ('manual' as const) })),
    false,
    'Lock now (the lock button, Ctrl+L, or the screen after the idle time): the data closes until the next unlock. Answers while locked.',
  ),

  // Accounts (admin; the data must be unlocked). None of them re-encrypts the data.
  'accounts:list': channel<Account[]>()(empty, false, 'Every account with its worker, role and failed tries.'),
  'accounts:create': channel<Account>()(
    z.strictObject({ workerId: id, login, passphrase: newPassphrase, yourPassphrase: givenPassphrase }),
    true,
    "Give an existing worker an account with a first passphrase (the admin confirms with their own passphrase).",
  ),
  'accounts:remove': channel<{ workerId: string }>()(
    z.strictObject({ workerId: id }),
    true,
    'Remove a worker’s account (never the last admin’s); the worker profile and its records stay.',
  ),
  'accounts:change-passphrase': channel<{ passphraseChangedAt: string }>()(
    z.strictObject({ currentPassphrase: givenPassphrase, newPassphrase }),
    true,
    'Change your own passphrase (needs the current one).',
  ),
  'accounts:new-recovery-key': channel<{ recoveryKey: string }>()(
    z.strictObject({ yourPassphrase: givenPassphrase }),
    true,
    'Replace the recovery key (the old one stops working); the new one is shown once.',
  ),
};
