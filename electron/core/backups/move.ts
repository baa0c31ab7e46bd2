import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/result';
import { DB_FILE, defaultMigrationsDir } from '../../db/store';
import { loadMigrations } from '../../db/migrate';
import type { CoreContext } from '../context';
import { unzipFiles, zipFiles } from '../exports/zip';
import type { Job } from '../jobs/registry';
import { copyStore } from './copy';
import { stamp } from './files';
import { verifyBackup } from './files';

const KEY_ENTRY = 'kunci-basis-data.txt';
const README = `Paket pindah Pendamping.
Berisi salinan basis data terenkripsi dan kuncinya, dikunci bersama dengan kata sandi (AES-256).
Di laptop baru: pendamping move-in BERKAS --password KATA_SANDI --data-dir FOLDER_BARU
Simpan paket ini seperti dokumen rahasia dan hapus setelah dipindahkan.
`;

/**
 * Everything a new laptop needs, sealed with a password: an encrypted copy of the store and
 * its key (the key alone is useless without the copy and vice versa; the password guards
 * both). The desktop app's key is wrapped by the old laptop's OS and cannot travel any other
 * way; a later release replaces this with passphrase unlock.
 */
export async function moveOut(ctx: CoreContext, password: string, job: Job): Promise<Buffer> {
  if (!ctx.storage) throw new AppError('INTERNAL', 'Pemindahan tidak tersedia di sini.');
  const tmp = join(ctx.storage.dataDir, `pindah-${stamp(ctx.clock.now())}.sementara`);
  try {
    await copyStore(ctx, tmp, job);
    // The copy is encrypted with the store's key; it is read back only to be sealed again.
    return await zipFiles(
      [
        { name: DB_FILE, data: readFileSync(tmp) },
        { name: KEY_ENTRY, data: ctx.storage.key.toString('hex') },
        { name: 'BACA-SAYA.txt', data: README },
      ],
      password,
      job,
    );
  } finally {
    rmSync(tmp, { force: true });
  }
}

/**
 * Unpacks a move bundle into a new, empty data folder: checks the password, checks the copy
 * with its key (integrity, schema version), then hands the key to `keepKey` (a key file for
 * the command line, safeStorage in the desktop app) and places the store. A folder that
 * already holds data is refused: moving never overwrites anyone's work.
 */
export async function moveIn(dataDir: string, bundle: Buffer, password: string, keepKey: (key: Buffer) => void) {
  if (existsSync(join(dataDir, DB_FILE))) {
    throw new AppError('CONFLICT', `Folder ${dataDir} sudah berisi data Pendamping. Pindahkan ke folder baru yang kosong.`);
  }
  const files = await unzipFiles(bundle, password);
  const db = files.get(DB_FILE);
  const keyHex = files.get(KEY_ENTRY)?.toString('utf8').trim();
  if (!db || !keyHex || !/^[0-9a-f]{64}$/.test(keyHex)) throw new AppError('VALIDATION', 'Berkas ini bukan paket pindah Pendamping yang utuh.');
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const incoming = join(dataDir, `${DB_FILE}.masuk`);
  writeFileSync(incoming, db, { mode: 0o600 });
  try {
    verifyBackup(incoming, Buffer.from(keyHex, 'hex'), loadMigrations(defaultMigrationsDir()).length);
  } catch (e) {
    rmSync(incoming, { force: true });
    throw e;
  }
  keepKey(Buffer.from(keyHex, 'hex'));
  const { renameSync } = await import('node:fs');
  renameSync(incoming, join(dataDir, DB_FILE));
  return { dataDir, files: readdirSync(dataDir) };
}
