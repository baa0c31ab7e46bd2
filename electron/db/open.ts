import Database from 'better-sqlite3-multiple-ciphers';
import type { Database as DB } from 'better-sqlite3-multiple-ciphers';
import { existsSync, statSync } from 'node:fs';

/** The store could not be opened: wrong key, or a file that is not (or no longer) a database. */
export class StoreOpenError extends Error {
  constructor(message: string, readonly reason: 'wrong-key-or-corrupt' | 'too-new' | 'missing') {
    super(message);
    this.name = 'StoreOpenError';
  }
}

/**
 * Opens (or creates) the encrypted SQLite file with a 256-bit key. Cipher: ChaCha20-Poly1305
 * (SQLite3MultipleCiphers' default, authenticated, and fast without AES-NI on old laptops);
 * the WAL is encrypted too. `synchronous=FULL` makes a committed transaction survive a power
 * cut, which is what "acknowledged" means for a visit note.
 */
export function openEncrypted(file: string, key: Buffer, opts: { mustExist?: boolean; readonly?: boolean } = {}): DB {
  if (key.length !== 32) throw new Error('Kunci basis data harus 256 bit (32 bita).');
  if (opts.mustExist && !existsSync(file)) throw new StoreOpenError(`Berkas data tidak ditemukan: ${file}`, 'missing');
  // SQLite takes an empty file for a new database: a store cut to nothing would quietly start
  // over empty, and the next save would write over what is left to recover.
  if (existsSync(file) && statSync(file).size === 0) {
    throw new StoreOpenError(
      `Berkas data kosong (0 bita): isinya hilang, mungkin terpotong. Data tidak diubah. Pulihkan cadangan terakhir: salin berkas .pbak terbaru dari folder cadangan menggantikan ${file}. Bila folder ini memang baru, hapus saja berkas kosong itu.`,
      'wrong-key-or-corrupt',
    );
  }
  const db = new Database(file, { readonly: opts.readonly ?? false });
  try {
    db.pragma(`cipher = 'chacha20'`);
    db.pragma(`hexkey = '${key.toString('hex')}'`);
    // Reading the schema is the first access that decrypts a page: a wrong key fails here.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (e) {
    db.close();
    throw new StoreOpenError(
      'Berkas data tidak dapat dibuka: kuncinya salah atau berkas rusak. Data tidak diubah. Bila kuncinya benar, pulihkan cadangan terakhir: salin berkas .pbak terbaru dari folder cadangan menggantikan berkas data.',
      'wrong-key-or-corrupt',
    );
  }
  if (!opts.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
  }
  db.pragma('foreign_keys = ON');
  // Encrypted pages cannot be memory-mapped, so SQLite's own page cache is what keeps a
  // district's data warm: 64 MB instead of the default 2 MB (npm run bench: type-ahead
  // search over 100,000 clients went from hundreds of ms to a few).
  db.pragma('cache_size = -65536');
  db.pragma('busy_timeout = 5000');
  return db;
}
