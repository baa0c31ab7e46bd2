import Database from 'better-sqlite3-multiple-ciphers';
import type { Database as DB } from 'better-sqlite3-multiple-ciphers';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * One Pendamping per data folder: the desktop app, browser mode and the command line each
 * take this lock before opening the store, so two of them never write the same file at once.
 *
 * The lock is an OS file lock, taken through SQLite on an empty side file (SQLite locks with
 * fcntl on Linux and macOS, LockFileEx on Windows): the OS drops it when the process ends in
 * any way, so a crash or a power cut never leaves a stale lock behind. The store itself keeps
 * SQLite's normal locking (WAL, VACUUM INTO backups, the reopen after a restore); only the
 * side file is held exclusively. The holder also writes who it is beside the lock, read
 * only to say who is in the way (a stale note is harmless: the OS lock is the truth).
 */
export const LOCK_FILE = 'pendamping.lock';
export const LOCK_NOTE_FILE = 'pendamping.lock.json';

export type Door = 'desktop' | 'peramban' | 'baris-perintah';
const DOOR_LABEL: Record<Door, string> = { desktop: 'aplikasi desktop', peramban: 'mode peramban', 'baris-perintah': 'baris perintah' };

export class FolderInUseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FolderInUseError';
  }
}

export interface FolderLock {
  release(): void;
}

interface HolderNote {
  door: Door;
  pid: number;
  since: string;
}

/** The desktop app runs inside Electron; anything else that does not say is the command line. */
export const defaultDoor = (): Door => (process.versions.electron ? 'desktop' : 'baris-perintah');

export function lockDataFolder(dataDir: string, door: Door = defaultDoor()): FolderLock {
  // timeout 0: refuse at once rather than wait for the other Pendamping to close.
  const db: DB = new Database(join(dataDir, LOCK_FILE), { timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    // In EXCLUSIVE mode the lock a write transaction takes is kept until the connection closes.
    db.exec('BEGIN EXCLUSIVE; COMMIT');
  } catch (e) {
    db.close();
    if ((e as { code?: string }).code === 'SQLITE_BUSY') throw new FolderInUseError(inUseMessage(readNote(dataDir)));
    throw e;
  }
  const note = join(dataDir, LOCK_NOTE_FILE);
  const mine: HolderNote = { door, pid: process.pid, since: new Date().toISOString() };
  try {
    writeFileSync(note, JSON.stringify(mine), { mode: 0o600 });
  } catch {
    // Only the message to a second Pendamping gets vaguer (a full disk, a read-only folder).
  }
  let held = true;
  return {
    release() {
      if (!held) return;
      held = false;
      // The note goes first: once the lock is free the next holder writes its own.
      rmSync(note, { force: true });
      db.close();
    },
  };
}

function readNote(dataDir: string): HolderNote | null {
  try {
    const n = JSON.parse(readFileSync(join(dataDir, LOCK_NOTE_FILE), 'utf8')) as HolderNote;
    return typeof n.pid === 'number' && n.door in DOOR_LABEL ? n : null;
  } catch {
    return null;
  }
}

function inUseMessage(holder: HolderNote | null): string {
  const who = holder
    ? ` (${DOOR_LABEL[holder.door]}, proses ${holder.pid}, sejak ${new Date(holder.since).toLocaleString('id-ID', { dateStyle: 'medium', timeStyle: 'short' })})`
    : '';
  return `Folder data ini sedang dipakai oleh Pendamping lain${who}. Tutup dulu Pendamping itu, lalu coba lagi. Data tidak diubah.`;
}
