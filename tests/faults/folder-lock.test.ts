import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/open-core';
import { FolderInUseError } from '../../electron/db/folder-lock';
import { DB_FILE } from '../../electron/db/store';
import { SITI, TEST_KEY } from '../helpers/temp-core';
import { accountEnv, addTestAccount } from '../helpers/accounts';

/**
 * One Pendamping per data folder: a second desktop app, browser mode or command line on a
 * folder that is open is refused by name, and a crashed holder leaves no stale lock.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const quiet = { error() {}, info() {} };
// The command line and browser mode unlock with the test account; the child process opens with the raw key.
const env = { ...accountEnv(), PENDAMPING_KEY: TEST_KEY.toString('hex') };
const fileHash = (dir: string) => createHash('sha256').update(readFileSync(join(dir, DB_FILE))).digest('hex');
const IN_USE = /^Folder data ini sedang dipakai oleh Pendamping lain \((mode peramban|baris perintah), proses (\d+), sejak [^)]+\)\. Tutup dulu Pendamping itu, lalu coba lagi\./m;

/** `pendamping call …` as an admin would run it. */
const cli = (dir: string, channel: string, input: unknown) =>
  spawnSync(process.execPath, [join(root, 'bin/pendamping.mjs'), 'call', channel, JSON.stringify(input), '--data-dir', dir], { cwd: root, env, encoding: 'utf8' });

/** Browser mode on a folder; resolves with the process once it prints its URL, or with its output when it exits first. */
function browserMode(dir: string, staticDir: string): Promise<{ child: ChildProcess; started: boolean; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'electron/web/main.ts'), '--data-dir', dir, '--port', '0', '--static', `${staticDir}/`], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve) => {
    const onData = (b: Buffer) => {
      output += b.toString();
      if (output.includes('(mode peramban): http')) resolve({ child, started: true, output });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', () => resolve({ child, started: false, output }));
  });
}
const killed = (child: ChildProcess) => new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : (child.once('exit', () => resolve()), child.kill('SIGKILL'))));

let dir: string;
let staticDir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pendamping-lock-'));
  staticDir = mkdtempSync(join(tmpdir(), 'pendamping-lock-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Pendamping</title>');
  const core = openCore(dir, { key: TEST_KEY, log: quiet });
  core.invoke('clients:create', SITI);
  await addTestAccount(core);
  await core.close();
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(staticDir, { recursive: true, force: true });
});

describe('the data folder lock', () => {
  it('refuses a second opening in the same process, naming the holder, and frees the folder on close', async () => {
    const first = openCore(dir, { key: TEST_KEY, log: quiet });
    const before = fileHash(dir);
    try {
      expect(() => openCore(dir, { key: TEST_KEY, log: quiet })).toThrow(FolderInUseError);
      expect(() => openCore(dir, { key: TEST_KEY, log: quiet })).toThrow(IN_USE);
      expect(() => openCore(dir, { key: TEST_KEY, log: quiet })).toThrow(`proses ${process.pid}`);
      expect(fileHash(dir)).toBe(before);
      expect(first.call('cases:list', {}).ok).toBe(true); // the holder carries on
    } finally {
      await first.close();
    }
    const again = openCore(dir, { key: TEST_KEY, log: quiet });
    expect(again.call('clients:get', { id: '01ARZ3NDEKTSV4RRFFQ69G5FAV' }).ok).toBe(false);
    await again.close();
  });

  it('keeps backups and restore working while the folder is held', async () => {
    const core = openCore(dir, { key: TEST_KEY, log: quiet });
    try {
      const backup = await core.callAsync('backup:create', {});
      expect(backup.ok).toBe(true);
      const name = (backup as { value: { file: string } }).value.file.split(/[\\/]/).pop()!;
      const restored = await core.callAsync('backup:restore', { name });
      expect(restored.ok).toBe(true);
      expect((core.db.prepare('SELECT count(*) AS n FROM clients').get() as { n: number }).n).toBe(1);
      // Still held after the restore swapped the connection.
      expect(() => openCore(dir, { key: TEST_KEY, log: quiet })).toThrow(IN_USE);
    } finally {
      await core.close();
    }
  });

  // Four process starts (two browser modes, two command lines): room for a busy machine.
  it('refuses the command line and a second browser mode while browser mode has the folder; a killed holder leaves no stale lock', { timeout: 180_000 }, async () => {
    const web = await browserMode(dir, staticDir);
    expect(web.started, web.output).toBe(true);
    try {
      const before = fileHash(dir);
      const call = cli(dir, 'cases:list', {});
      expect(call.status).toBe(1);
      const m = IN_USE.exec(call.stderr);
      expect(m, call.stderr).not.toBeNull();
      expect(m![1]).toBe('mode peramban');
      expect(Number(m![2])).toBe(web.child.pid);

      const second = await browserMode(dir, staticDir);
      expect(second.started).toBe(false);
      expect(second.output).toMatch(IN_USE);
      expect(fileHash(dir)).toBe(before);
    } finally {
      await killed(web.child); // SIGKILL: no chance to clean up
    }
    const after = cli(dir, 'cases:list', {});
    expect(after.stderr).toBe('');
    expect(after.status).toBe(0);
  });

  it('names the command line when it holds the folder', async () => {
    const holder = spawn(process.execPath, ['--import', 'tsx', join(root, 'tests/faults/fault-child.ts'), 'hold', dir], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise((resolve) => holder.stdout!.once('data', resolve));
      expect(() => openCore(dir, { key: TEST_KEY, log: quiet })).toThrow(new RegExp(`\\(baris perintah, proses ${holder.pid}, `));
    } finally {
      await killed(holder);
    }
    await openCore(dir, { key: TEST_KEY, log: quiet }).close();
  });
});
