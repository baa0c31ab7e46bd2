import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { AppError } from '../../../shared/result';
import { KEYRING_FILE, parseKeyring, readKeyring, writeKeyring, type Keyring } from '../../vault/keyring';
import type { CoreContext } from '../context';

/**
 * The store's key is random and kept only wrapped in the data folder's keyring: a backup on
 * a flash drive is useless once the laptop's disk is gone unless the keyring travels with
 * it. So every backup refreshes `keyring.json` in its folder (argon2id-wrapped keys and the
 * recovery entry only — nothing in it opens the data without a passphrase or the recovery
 * key). One copy serves every backup there: the database key never changes, accounts only
 * wrap it, and the newest copy knows the newest accounts.
 */

/**
 * Writes the data folder's keyring beside `backupFile` (atomic, 0600). A folder opened with a
 * raw key (tests, data from before accounts) has no keyring: nothing to copy. Called before
 * the store is copied, so a refusal here leaves no backup that could not be opened elsewhere.
 */
export function copyKeyringBeside(ctx: CoreContext, backupFile: string, problem: (e: unknown) => string): void {
  if (!ctx.storage) return;
  const dir = dirname(backupFile);
  if (resolve(dir) === resolve(ctx.storage.dataDir)) return; // a backup written into the data folder sits beside the keyring itself
  try {
    const keyring = readKeyring(ctx.storage.dataDir);
    if (!keyring) return;
    // Failed attempts belong to this laptop's audit trail (handed over at unlock), not to a restore elsewhere.
    writeKeyring(dir, { ...keyring, events: [] });
  } catch (e) {
    const shown = dir.replace(/\p{Cc}/gu, '?');
    throw new AppError(
      'CONFLICT',
      `Cadangan tidak dibuat: salinan kunci akun (${KEYRING_FILE}) tidak dapat ditulis ke ${shown} (${problem(e)}). ` +
        'Tanpa salinan itu cadangan tidak dapat dibuka di laptop lain. Periksa folder cadangan di Pengaturan › Cadangan, lalu ulangi.',
    );
  }
}

export const keyringCopyPath = (backupFile: string) => join(dirname(backupFile), KEYRING_FILE);

/** The keyring copy beside a backup, for a restore into a folder that has no accounts yet. */
export function readKeyringBeside(backupFile: string): { keyring: Keyring; file: string } {
  const file = keyringCopyPath(backupFile);
  if (!existsSync(file)) {
    throw new AppError(
      'CONFLICT',
      `Salinan kunci akun (${KEYRING_FILE}) tidak ada di samping berkas cadangan ${backupFile}. ` +
        `Tanpa berkas itu cadangan tidak dapat dibuka. Salin ${KEYRING_FILE} dari folder cadangan yang sama ke samping berkas cadangan, lalu ulangi. Folder data tidak diubah.`,
    );
  }
  try {
    return { keyring: parseKeyring(readFileSync(file, 'utf8'), file), file };
  } catch {
    throw new AppError('VALIDATION', `Salinan kunci akun ${file} rusak atau bukan milik Pendamping. Folder data tidak diubah.`);
  }
}
