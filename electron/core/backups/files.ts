import Database from 'better-sqlite3-multiple-ciphers';
import { readdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/result';

/** Backups are named by time so they sort; safety copies before a restore have their own prefix. */
export const BACKUP_PREFIX = 'pendamping-';
export const SAFETY_PREFIX = 'sebelum-pemulihan-';
export const BACKUP_EXT = '.pbak';

export const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);

export function listBackups(dir: string) {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => n.endsWith(BACKUP_EXT) && (n.startsWith(BACKUP_PREFIX) || n.startsWith(SAFETY_PREFIX)))
    .map((name) => {
      const st = statSync(join(dir, name));
      return { name, size: st.size, createdAt: st.mtime.toISOString(), safetyCopy: name.startsWith(SAFETY_PREFIX) };
    })
    .sort((a, b) => newestFirst(a.name, b.name));
}

/**
 * Newest first by the time in the name; two backups of one second (start, then quit) carry
 * `-2`, `-3` …, which plain text order would put before the first one.
 */
function newestFirst(a: string, b: string): number {
  const key = (n: string) => {
    const m = /^(.*\d{8}-\d{6})(?:-(\d+))?\.pbak$/.exec(n);
    return m ? { base: m[1], seq: Number(m[2] ?? 1) } : { base: n, seq: 0 };
  };
  const [x, y] = [key(a), key(b)];
  return x.base === y.base ? y.seq - x.seq : y.base < x.base ? -1 : 1;
}

/** Keeps the newest `keep` backups of each kind; older ones are deleted. */
export function prune(dir: string, keep: number) {
  for (const safety of [false, true]) {
    for (const old of listBackups(dir).filter((b) => b.safetyCopy === safety).slice(keep)) unlinkSync(join(dir, old.name));
  }
}

/**
 * Opens a backup with the store's key and checks it end to end before anything is replaced:
 * a wrong key, a truncated or corrupted file, or a newer schema is refused with a clear reason.
 */
export function verifyBackup(file: string, key: Buffer, knownVersion: number): { version: number } {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma(`cipher = 'chacha20'`);
    db.pragma(`hexkey = '${key.toString('hex')}'`);
    const check = db.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new Error(String(check));
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > knownVersion) {
      throw new AppError('CONFLICT', `Cadangan ini dibuat oleh versi Pendamping yang lebih baru (skema ${version}); perbarui aplikasi dulu. Data saat ini tidak diubah.`);
    }
    if (version < 1) throw new Error('bukan basis data Pendamping');
    return { version };
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('VALIDATION', `Cadangan tidak dapat dipulihkan: berkas rusak, terpotong, atau dibuat dengan kunci lain (${(e as Error).message.slice(0, 120)}). Data saat ini tidak diubah.`, {
      fields: [{ path: 'file', message: 'Berkas cadangan rusak, terpotong, atau kuncinya berbeda.' }],
    });
  } finally {
    db?.close();
  }
}
