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
import { KEYRING_FILE, keyringExists, parseKeyring, readKeyring, writeKeyring, type Keyring } from '../../vault/keyring';

const KEY_ENTRY = 'kunci-basis-data.txt';
/** Readable without the store's key: which schema the store has, so a newer one is refused before anything is written. */
const MANIFEST = 'paket.json';
const README = `Paket pindah Pendamping.
Berisi salinan basis data terenkripsi dan berkas akunnya, dikunci bersama dengan kata sandi (AES-256).
Di laptop baru: pendamping move-in BERKAS --password KATA_SANDI --data-dir FOLDER_BARU,
lalu buka dengan nama pengguna dan frasa sandi yang sama seperti di laptop lama.
Simpan paket ini seperti dokumen rahasia dan hapus setelah dipindahkan.
`;

/**
 * Everything a new laptop needs, sealed with a password: an encrypted copy of the store and
 * the keyring, so the same accounts unlock it there. The raw key does not travel: whoever
 * opens the bundle still needs an account's passphrase. (A folder opened with a raw key —
 * tests, or data from before accounts — has no keyring: then the key travels, as it did.)
 */
export async function moveOut(ctx: CoreContext, password: string, job: Job): Promise<Buffer> {
  if (!ctx.storage) throw new AppError('INTERNAL', 'Pemindahan tidak tersedia di sini.');
  const tmp = join(ctx.storage.dataDir, `pindah-${stamp(ctx.clock.now())}.sementara`);
  const keyring = ctx.vault ? readKeyring(ctx.storage.dataDir) : null;
  try {
    await copyStore(ctx, tmp, job);
    // The copy is encrypted with the store's key; it is read back only to be sealed again.
    return await zipFiles(
      [
        { name: DB_FILE, data: readFileSync(tmp) },
        keyring ? { name: KEYRING_FILE, data: JSON.stringify(keyring, null, 2) } : { name: KEY_ENTRY, data: ctx.storage.key.toString('hex') },
        { name: 'BACA-SAYA.txt', data: README },
        { name: MANIFEST, data: JSON.stringify({ format: 'pendamping-move', schema: ctx.db.pragma('user_version', { simple: true }) }) },
      ],
      password,
      job,
    );
  } finally {
    rmSync(tmp, { force: true });
  }
}

/**
 * Unpacks a move bundle into a new, empty data folder: checks the password, then places the
 * store and its keyring (the first unlock there opens and migrates the copy). An older bundle
 * carries the raw key instead: the copy is checked with it (integrity, schema version) and
 * the key handed to `keepKey` (a key file, which `pendamping init` then wraps for an
 * account). A folder that already holds data is refused: moving never overwrites anyone's work.
 */
export async function moveIn(dataDir: string, bundle: Buffer, password: string, keepKey: (key: Buffer) => void) {
  if (existsSync(join(dataDir, DB_FILE))) {
    throw new AppError('CONFLICT', `Folder ${dataDir} sudah berisi data Pendamping. Pindahkan ke folder baru yang kosong.`);
  }
  const files = await unzipFiles(bundle, password);
  refuseNewerSchema(files.get(MANIFEST));
  const db = files.get(DB_FILE);
  const keyring = files.get(KEYRING_FILE);
  if (db && keyring) {
    if (keyringExists(dataDir)) throw new AppError('CONFLICT', `Folder ${dataDir} sudah punya akun Pendamping. Pindahkan ke folder baru yang kosong.`);
    let parsed: Keyring;
    try {
      parsed = parseKeyring(keyring.toString('utf8'), KEYRING_FILE);
    } catch {
      throw new AppError('VALIDATION', 'Berkas ini bukan paket pindah Pendamping yang utuh.');
    }
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const incomingDb = join(dataDir, `${DB_FILE}.masuk`);
    writeFileSync(incomingDb, db, { mode: 0o600 });
    const { renameSync } = await import('node:fs');
    renameSync(incomingDb, join(dataDir, DB_FILE));
    writeKeyring(dataDir, parsed);
    return { dataDir, files: readdirSync(dataDir), accounts: true };
  }
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
  return { dataDir, files: readdirSync(dataDir), accounts: false };
}

/** Bundles made before the manifest have none: their store's version is checked at the first unlock. */
function refuseNewerSchema(manifest: Buffer | undefined) {
  if (!manifest) return;
  let schema: unknown;
  try {
    schema = (JSON.parse(manifest.toString('utf8')) as { schema?: unknown }).schema;
  } catch {
    throw new AppError('VALIDATION', 'Berkas ini bukan paket pindah Pendamping yang utuh.');
  }
  const known = loadMigrations(defaultMigrationsDir()).length;
  if (typeof schema === 'number' && schema > known) {
    throw new AppError(
      'CONFLICT',
      `Paket ini dibuat oleh versi Pendamping yang lebih baru (skema ${schema}, versi ini mengenal sampai ${known}). Perbarui Pendamping di laptop ini dulu, lalu ulangi. Tidak ada yang ditulis.`,
    );
  }
}
