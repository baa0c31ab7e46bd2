import { copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, closeSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BackupSettingsInput, type BackupSettings } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import { DB_FILE, defaultMigrationsDir } from '../../db/store';
import { isDamagedStore } from '../../db/faults';
import { loadMigrations } from '../../db/migrate';
import { fileToken, recordAudit } from '../audit/record';
import type { CoreContext } from '../context';
import { step, type Job } from '../jobs/registry';
import { copyStore } from './copy';
import { copyKeyringBeside } from './keyring-copy';
import { BACKUP_EXT, BACKUP_PREFIX, SAFETY_PREFIX, prune, stamp, verifyBackup } from './files';

const DEFAULTS: BackupSettings = { folder: null, keep: 14, daily: true };

export function readBackupSettings(ctx: CoreContext): BackupSettings {
  const row = ctx.db.prepare(`SELECT value FROM settings WHERE key = 'backup'`).get() as { value: string } | undefined;
  const parsed = BackupSettingsInput.safeParse({ ...DEFAULTS, ...(row ? JSON.parse(row.value) : {}) });
  return parsed.success ? parsed.data : DEFAULTS;
}

function storage(ctx: CoreContext) {
  if (!ctx.storage) throw new AppError('INTERNAL', 'Pencadangan tidak tersedia di sini.');
  return ctx.storage;
}

/**
 * The backup folder, created when missing. One that cannot be used (a flash drive taken out,
 * no permission, a file in the way, a name the file system refuses) is a CONFLICT to put
 * right in the settings, not an unexpected error (found by tests/faults/fuzz.test.ts).
 */
export function backupDir(ctx: CoreContext): string {
  const dir = readBackupSettings(ctx).folder ?? join(storage(ctx).dataDir, 'cadangan');
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (e) {
    const shown = dir.replace(/\p{Cc}/gu, '?');
    throw new AppError('CONFLICT', `Folder cadangan ${shown} tidak dapat dipakai (${folderProblem(e)}). Sambungkan lagi disknya, atau pilih folder lain di Pengaturan › Cadangan.`);
  }
  return dir;
}

export function folderProblem(e: unknown): string {
  const code = (e as { code?: string }).code;
  const known: Record<string, string> = {
    EACCES: 'tidak ada izin menulis',
    EPERM: 'tidak ada izin menulis',
    ENOENT: 'disknya tidak ada',
    ENOTDIR: 'ada berkas, bukan folder, di jalurnya',
    EEXIST: 'ada berkas, bukan folder, di jalurnya',
    ENAMETOOLONG: 'namanya terlalu panjang',
    EROFS: 'disknya hanya bisa dibaca',
    ENOSPC: 'disk penuh',
    ERR_INVALID_ARG_VALUE: 'jalurnya berisi karakter yang tidak sah',
    ERR_INVALID_ARG_TYPE: 'jalurnya berisi karakter yang tidak sah',
  };
  return (code && known[code]) ?? code ?? 'tidak dapat dibuat';
}

/**
 * An encrypted copy of the whole store (VACUUM INTO keeps the cipher and key; the online
 * backup API cannot copy encrypted pages, and serialize() would give plaintext). Written
 * under a temporary name and renamed, so a half-written backup never looks complete. The
 * account keyring goes beside it first (keyring-copy.ts), except for a restore's safety copy:
 * its keyring is the data folder's own.
 */
export function writeBackup(ctx: CoreContext, file: string, { keyring = true } = {}): { file: string; size: number } {
  if (existsSync(file)) throw new AppError('CONFLICT', `Berkas ${file} sudah ada; pilih nama lain.`);
  if (keyring) copyKeyringBeside(ctx, file, folderProblem);
  const partial = `${file}.sebagian`;
  rmSync(partial, { force: true });
  try {
    ctx.db.prepare('VACUUM INTO ?').run(partial);
    const fd = openSync(partial, 'r');
    fsyncSync(fd);
    closeSync(fd);
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true }); // a copy that failed half-way (full disk, damaged store) leaves nothing
  }
  return { file, size: statSync(file).size };
}

/** Where the next backup goes; two in one second (start, then quit) get a suffix rather than clash. */
function nextBackupFile(ctx: CoreContext, prefix: string) {
  const dir = backupDir(ctx);
  const base = `${prefix}${stamp(ctx.clock.now())}`;
  let name = `${base}${BACKUP_EXT}`;
  for (let i = 2; existsSync(join(dir, name)); i++) name = `${base}-${i}${BACKUP_EXT}`;
  return { dir, file: join(dir, name) };
}

/**
 * A backup now, on this thread (the daily one, the one on quit, `pendamping backup`, and the
 * safety copy before a restore). These pass no channel, so the audit trail is told here
 * (`source`: where it came from); a safety copy is part of its restore's row.
 */
export function createBackup(ctx: CoreContext, prefix = BACKUP_PREFIX, source = 'otomatis') {
  const { dir, file } = nextBackupFile(ctx, prefix);
  const out = writeBackup(ctx, file, { keyring: prefix !== SAFETY_PREFIX });
  prune(dir, readBackupSettings(ctx).keep);
  if (prefix !== SAFETY_PREFIX) {
    // An automatic backup is the app's doing, not the unlocked worker's.
    const actor = source === 'otomatis' ? { workerId: null, role: 'sistem' } : undefined;
    recordAudit(ctx, { action: 'cadangan', channel: source, entity: 'store', actor, detail: { file: fileToken(out.file) } });
  }
  return { ...out, createdAt: ctx.clock.now().toISOString() };
}

/** A backup someone asked for: copied beside the app's work, with progress, and cancellable. */
export async function createBackupJob(ctx: CoreContext, job: Job) {
  const { dir, file } = nextBackupFile(ctx, BACKUP_PREFIX);
  copyKeyringBeside(ctx, file, folderProblem);
  const out = await copyStore(ctx, file, job);
  step(job, 'merapikan');
  prune(dir, readBackupSettings(ctx).keep);
  return { ...out, createdAt: ctx.clock.now().toISOString() };
}

/** A daily backup when the last one is older than a day (called at start and on a timer). */
export function backupIfDue(ctx: CoreContext): boolean {
  const s = readBackupSettings(ctx);
  if (!s.daily) return false;
  const last = ctx.db.prepare(`SELECT value FROM meta WHERE key = 'last_backup_at'`).get() as { value: string } | undefined;
  if (last && ctx.clock.now().getTime() - Date.parse(last.value) < 24 * 3_600_000) return false;
  createBackup(ctx);
  ctx.db.prepare(`INSERT INTO meta (key, value) VALUES ('last_backup_at', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(ctx.clock.now().toISOString());
  return true;
}

/**
 * Replaces the store with a verified backup: check it first, keep a safety copy of the
 * current data, then swap the file in with an atomic rename and reopen (migrating an older
 * backup forward). Any refusal happens before the current data is touched.
 */
export function restoreBackup(ctx: CoreContext, file: string) {
  const st = storage(ctx);
  const { version } = verifyBackup(file, st.key, loadMigrations(defaultMigrationsDir()).length);
  let safety: string;
  let damaged = false;
  try {
    safety = createBackup(ctx, SAFETY_PREFIX).file;
  } catch (e) {
    // A damaged store cannot be copied page by page (VACUUM INTO reads every page), and a
    // restore is the way out of damage: its bytes are kept as they are instead, below.
    if (!isDamagedStore(e)) throw e;
    const next = nextBackupFile(ctx, SAFETY_PREFIX).file;
    safety = `${next.slice(0, -BACKUP_EXT.length)}-rusak${BACKUP_EXT}`;
    damaged = true;
  }
  const target = join(st.dataDir, DB_FILE);
  const incoming = `${target}.pemulihan`;
  copyFileSync(file, incoming);
  const fd = openSync(incoming, 'r');
  fsyncSync(fd);
  closeSync(fd);
  ctx.db.close(); // checkpoints and removes the WAL of the current store
  if (damaged) copyFileSync(target, safety);
  for (const side of ['-wal', '-shm']) rmSync(`${target}${side}`, { force: true });
  renameSync(incoming, target);
  ctx.db = st.reopen();
  return { restoredFrom: file, schemaVersion: version, safetyCopy: safety };
}
