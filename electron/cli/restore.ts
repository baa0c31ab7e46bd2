import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/result';
import { fileToken, recordAudit } from '../core/audit/record';
import { restoreBackup } from '../core/backups/backup';
import { verifyBackup } from '../core/backups/files';
import { readKeyringBeside } from '../core/backups/keyring-copy';
import type { Gate } from '../core/session/gate';
import { loadMigrations } from '../db/migrate';
import { DB_FILE, defaultMigrationsDir } from '../db/store';
import { KEYRING_FILE, keyringExists, writeKeyring } from '../vault/keyring';
import { requireAdmin } from './admin-only';
import { CommandRefused, openCommandGate, unlockGate, type DoorEnv } from './unlock';

/**
 * `pendamping restore FILE`. Into a folder that is set up: unlock, then the usual restore
 * (verified first, safety copy kept). Into a folder with no accounts and no data (a new
 * laptop after the old disk died): the keyring copy every backup leaves beside it is adopted,
 * the worker unlocks with their usual account, and only then is the backup verified with
 * the key that account unwrapped. Any refusal puts the folder back as it was.
 */
export async function restoreCommand(dataDir: string, file: string, o: DoorEnv = {}): Promise<string> {
  if (!existsSync(file)) throw new CommandRefused(`Berkas cadangan ${file} tidak ada. Data tidak diubah.`, 2);
  if (!keyringExists(dataDir) && !existsSync(join(dataDir, DB_FILE))) return restoreIntoNewFolder(dataDir, file, o);
  const gate = openCommandGate(dataDir, o.env);
  try {
    await unlockGate(gate, o);
    const ctx = gate.core!.ctx;
    requireAdmin(ctx, 'restore');
    const r = restoreBackup(ctx, file);
    // Recorded in the restored store, which now carries the trail on.
    recordAudit(ctx, { action: 'pulihkan', channel: 'cli:restore', entity: 'store', detail: { file: fileToken(file), safetyCopy: fileToken(r.safetyCopy) } });
    return `Dipulihkan dari ${r.restoredFrom}. Data sebelumnya disimpan di ${r.safetyCopy}.`;
  } finally {
    await gate.close();
  }
}

async function restoreIntoNewFolder(dataDir: string, file: string, o: DoorEnv): Promise<string> {
  // Checked before the folder is touched (or even created).
  const copy = readKeyringBeside(file);
  const gate = openCommandGate(dataDir, o.env);
  const placed = [DB_FILE, `${DB_FILE}-wal`, `${DB_FILE}-shm`, `${DB_FILE}.pemulihan`, KEYRING_FILE].map((f) => join(dataDir, f));
  let placing = false;
  try {
    const s = gate.status();
    // A folder still on the old key file is set up by `pendamping init`: unlockGate says so.
    if (s.existingData) await unlockGate(gate, o);
    if (s.state !== 'uninitialised' || existsSync(join(dataDir, DB_FILE))) {
      throw new CommandRefused(`Folder data ${dataDir} baru saja disiapkan dari pintu lain. Ulangi pendamping restore. Tidak ada yang diubah.`);
    }
    placing = true;
    const incoming = join(dataDir, `${DB_FILE}.pemulihan`);
    copyFileSync(file, incoming);
    const fd = openSync(incoming, 'r');
    fsyncSync(fd);
    closeSync(fd);
    renameSync(incoming, join(dataDir, DB_FILE));
    writeKeyring(dataDir, copy.keyring);
    console.error(`Folder data ${dataDir} belum disiapkan: salinan kunci akun ${copy.file} dipakai. Buka dengan akun dari laptop lama.`);
    await unlockGate(gate, o);
    const ctx = gate.core!.ctx;
    verifyBackup(file, ctx.storage!.key, loadMigrations(defaultMigrationsDir()).length);
    recordAudit(ctx, { action: 'pulihkan', channel: 'cli:restore', entity: 'store', detail: { file: fileToken(file), keyring: fileToken(copy.file) } });
    placing = false;
    return (
      `Dipulihkan dari ${file} ke folder data baru ${dataDir}, dengan salinan kunci akun ${copy.file}. ` +
      'Buka dengan nama pengguna dan frasa sandi yang sama seperti di laptop lama.'
    );
  } catch (e) {
    if (placing) {
      await gate.lock(); // the restored store closes before its files go
      for (const f of placed) rmSync(f, { force: true });
      const why = `${e instanceof Error ? e.message : String(e)} Cadangan tidak dipulihkan; folder data ${dataDir} dikembalikan seperti semula.`;
      if (e instanceof CommandRefused) throw new CommandRefused(why, e.exitCode);
      throw new AppError(e instanceof AppError ? e.body.code : 'INTERNAL', why);
    }
    throw e;
  } finally {
    await gate.close();
  }
}
