import { listBackups } from '../../electron/core/backups/files';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupIfDue } from '../../electron/core/backups/backup';
import { openGate, type Gate } from '../../electron/core/session/gate';
import { entryId, readKeyring } from '../../electron/vault/keyring';
import '../helpers/accounts';
import { runCli } from '../helpers/cli-in-process';
import { SITI, snapshot } from '../helpers/temp-core';

/**
 * The store's key is random and lives only wrapped in the data folder's keyring, so a backup
 * on a flash drive must carry the keyring too: every backup writes keyring.json beside it,
 * and `pendamping restore` into a new laptop's empty folder adopts it, so the same account
 * opens the same data after the old disk is gone.
 */
const ADMIN = { PENDAMPING_INIT_NAME: 'Rina Wulandari', PENDAMPING_USER: 'rina', PENDAMPING_PASSPHRASE: 'sawah hijau di lereng merapi' };
const BUDI = { PENDAMPING_USER: 'budi', PENDAMPING_PASSPHRASE: 'sepeda biru ke pasar pagi' };
const quiet = { error() {}, info() {} };

let cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const tempDir = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), `pendamping-${name}-`));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
};

const run = runCli;

async function mustRun(args: string[], env: Record<string, string> = ADMIN) {
  const r = await run(args, env);
  if (r.code !== 0) throw new Error(`pendamping ${args.join(' ')}: ${r.code} ${r.stderr} ${r.stdout}`);
  return r;
}

/** An unlocked gate on a folder, as the app would have it; closed after the test. */
async function unlocked(dir: string, who: { PENDAMPING_USER: string; PENDAMPING_PASSPHRASE: string } = ADMIN): Promise<Gate> {
  const gate = openGate(dir, { log: quiet, lock: false, env: {} });
  cleanups.push(() => gate.close());
  const r = await gate.callAsync('session:unlock', { login: who.PENDAMPING_USER, passphrase: who.PENDAMPING_PASSPHRASE });
  if (!r.ok) throw new Error(r.error.message);
  return gate;
}

async function must(gate: Gate, channel: string, input: unknown) {
  const r = await gate.callAsync(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as Record<string, unknown>;
}

/** The old laptop: set up with `pendamping init`, one client with a case, backups to a "flash drive" folder. */
async function oldLaptop() {
  const dir = join(tempDir('lama'), 'data');
  const flash = join(tempDir('flashdisk'), 'PENDAMPING');
  await mustRun(['init', '--data-dir', dir]);
  const gate = await unlocked(dir);
  const client = (await must(gate, 'clients:create', SITI)).client as { id: string };
  await must(gate, 'cases:create', { clientId: client.id, cluster: 'anak', ppksType: 'anak_terlantar' });
  await must(gate, 'backup:settings-update', { folder: flash, keep: 14, daily: true });
  await gate.close();
  return { dir, flash };
}

const backupsIn = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.pbak'));

describe('every backup carries the account keyring', () => {
  it('pendamping backup, --out, the backup:create channel and the daily backup each write keyring.json beside the backup', async () => {
    const { dir, flash } = await oldLaptop();
    const made = await mustRun(['backup', '--data-dir', dir]);
    expect(made.stdout).toContain('keyring.json');
    const copy = join(flash, 'keyring.json');
    expect(statSync(copy).mode & 0o777).toBe(0o600);
    expect(readKeyring(flash)!.accounts).toEqual(readKeyring(dir)!.accounts);
    // Only wrapped keys: no passphrase, no login name in the clear, no temp file left.
    const text = readFileSync(copy, 'utf8');
    for (const secret of [ADMIN.PENDAMPING_PASSPHRASE, '"rina"', 'Rina Wulandari']) expect(text).not.toContain(secret);
    expect(readdirSync(flash).sort()).toEqual([...backupsIn(flash), 'keyring.json'].sort());

    const elsewhere = tempDir('lain');
    await mustRun(['backup', '--out', join(elsewhere, 'cadangan.pbak'), '--data-dir', dir]);
    expect(readdirSync(elsewhere).sort()).toEqual(['cadangan.pbak', 'keyring.json']);

    const gate = await unlocked(dir);
    rmSync(copy);
    await must(gate, 'backup:create', {});
    expect(readKeyring(flash)!.accounts).toEqual(readKeyring(dir)!.accounts);
    rmSync(copy);
    expect(backupIfDue(gate.core!.ctx)).toBe(true);
    expect(readKeyring(flash)!.accounts).toEqual(readKeyring(dir)!.accounts);
    expect(backupsIn(flash)).toHaveLength(3);
  });

  it('an account added later is in the copy after the next backup, and opens the backup on a new laptop', async () => {
    const { dir, flash } = await oldLaptop();
    await mustRun(['backup', '--data-dir', dir]);
    expect(readKeyring(flash)!.accounts).toHaveLength(1);
    const gate = await unlocked(dir);
    const budi = (await must(gate, 'workers:create', { name: 'Budi Santoso', role: 'pekerja_sosial' })) as { id: string };
    await must(gate, 'accounts:create', { workerId: budi.id, login: 'budi', passphrase: BUDI.PENDAMPING_PASSPHRASE, yourPassphrase: ADMIN.PENDAMPING_PASSPHRASE });
    await gate.close();

    await mustRun(['backup', '--data-dir', dir]);
    const copy = readKeyring(flash)!;
    expect(copy.accounts.map((a) => a.id).sort()).toEqual([entryId(copy, 'rina'), entryId(copy, 'budi')].sort());

    rmSync(dir, { recursive: true, force: true }); // the old disk dies
    const fresh = join(tempDir('baru'), 'data');
    const newest = listBackups(flash)[0].name;
    await mustRun(['restore', join(flash, newest), '--data-dir', fresh], BUDI);
    // Budi's account, made after the first backup, unlocks the restored data as Budi.
    const who = await mustRun(['call', 'session:get', '{}', '--data-dir', fresh], BUDI);
    expect(who.stdout).toContain('Budi Santoso');
  });

  it('a backup whose keyring copy cannot be written is refused, and leaves no backup and no temp file', async () => {
    const { dir, flash } = await oldLaptop();
    mkdirSync(join(flash, 'keyring.json', 'isi'), { recursive: true }); // something in the way
    const r = await run(['backup', '--data-dir', dir], ADMIN);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Cadangan tidak dibuat: salinan kunci akun \(keyring\.json\) tidak dapat ditulis ke .*PENDAMPING/);
    expect(readdirSync(flash)).toEqual(['keyring.json']);
    const gate = await unlocked(dir);
    expect((await gate.callAsync('backup:create', {})).ok).toBe(false);
    expect(readdirSync(flash)).toEqual(['keyring.json']);
  });
});

describe('restoring on a new laptop', () => {
  it('adopts the keyring copy beside the backup: the same login and passphrase open the same data', async () => {
    const { dir, flash } = await oldLaptop();
    await mustRun(['backup', '--data-dir', dir]);
    const gate = await unlocked(dir);
    const before = snapshot(gate.core!.db);
    const cases = await gate.callAsync('cases:list', {});
    await gate.close();
    rmSync(dir, { recursive: true, force: true }); // the old disk dies; the flash drive is all there is

    const fresh = join(tempDir('baru'), 'data');
    const [backup] = backupsIn(flash);
    const restored = await run(['restore', join(flash, backup), '--data-dir', fresh], ADMIN);
    expect(restored.code).toBe(0);
    expect(restored.stderr).toContain(`salinan kunci akun ${join(flash, 'keyring.json')} dipakai`);
    expect(restored.stdout).toContain(`ke folder data baru ${fresh}`);
    expect(statSync(join(fresh, 'keyring.json')).mode & 0o777).toBe(0o600);

    // The usual unlock works there now, through the command line and the app alike.
    const listed = await mustRun(['call', 'cases:list', '{}', '--data-dir', fresh]);
    expect(listed.stdout).toContain('"total": 1');
    const there = await unlocked(fresh);
    expect(snapshot(there.core!.db)).toBe(before);
    expect(await there.callAsync('cases:list', {})).toEqual(cases);
    await there.close();

    // Now set up, the folder takes a restore the usual way: unlock, verify, safety copy.
    const again = await mustRun(['restore', join(flash, backup), '--data-dir', fresh]);
    expect(again.stdout).toMatch(/^Dipulihkan dari .*\. Data sebelumnya disimpan di .*sebelum-pemulihan-.*\.pbak\.$/);
  });

  it('a wrong passphrase puts the new folder back as it was; the right one then restores', async () => {
    const { dir, flash } = await oldLaptop();
    await mustRun(['backup', '--data-dir', dir]);
    const fresh = tempDir('baru');
    const [backup] = backupsIn(flash);
    const wrong = await run(['restore', join(flash, backup), '--data-dir', fresh], { ...ADMIN, PENDAMPING_PASSPHRASE: 'bukan frasa sandinya sama sekali' });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/Nama pengguna atau frasa sandi salah\. Cadangan tidak dipulihkan; folder data .* dikembalikan seperti semula\./);
    expect(existsSync(join(fresh, 'pendamping.db'))).toBe(false);
    expect(existsSync(join(fresh, 'keyring.json'))).toBe(false);
    expect((await run(['call', 'clients:search', '{"search":"siti"}', '--data-dir', fresh], ADMIN)).stderr).toMatch(/belum disiapkan/);
    await mustRun(['restore', join(flash, backup), '--data-dir', fresh]);
    expect((await mustRun(['call', 'clients:search', '{"search":"siti"}', '--data-dir', fresh])).stdout).toContain(SITI.name);
  });

  it('without the keyring copy beside the backup, refuses and leaves the folder untouched', async () => {
    const { dir, flash } = await oldLaptop();
    await mustRun(['backup', '--data-dir', dir]);
    const alone = tempDir('hanya-cadangan');
    const [backup] = backupsIn(flash);
    copyFileSync(join(flash, backup), join(alone, backup));
    const empty = tempDir('baru');
    writeFileSync(join(empty, 'catatan.txt'), 'milik orang lain');
    const missing = join(tempDir('baru'), 'data');

    for (const target of [empty, missing]) {
      const r = await run(['restore', join(alone, backup), '--data-dir', target], ADMIN);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`Salinan kunci akun (keyring.json) tidak ada di samping berkas cadangan ${join(alone, backup)}`);
      expect(r.stderr).toContain('Folder data tidak diubah.');
    }
    expect(readdirSync(empty)).toEqual(['catatan.txt']);
    expect(existsSync(missing)).toBe(false);
  });
});

describe('backups from the command line are for admins', () => {
  it('refuses a pekerja sosial\'s pendamping backup and restore, writes nothing, and keeps the refusal in the trail', async () => {
    const { dir, flash } = await oldLaptop();
    await mustRun(['backup', '--data-dir', dir]);
    const [made] = listBackups(flash);
    const gate = await unlocked(dir);
    const budi = (await must(gate, 'workers:create', { name: 'Budi Santoso', role: 'pekerja_sosial' })) as { id: string };
    await must(gate, 'accounts:create', { workerId: budi.id, login: 'budi', passphrase: BUDI.PENDAMPING_PASSPHRASE, yourPassphrase: ADMIN.PENDAMPING_PASSPHRASE });
    await gate.close();

    const backup = await run(['backup', '--data-dir', dir], BUDI);
    expect(backup.code).toBe(1);
    expect(backup.stderr).toMatch(/Hanya admin yang dapat membuat cadangan\. Peran Anda: Pekerja Sosial/);
    expect(listBackups(flash)).toHaveLength(1);
    const restore = await run(['restore', join(flash, made.name), '--data-dir', dir], BUDI);
    expect(restore.code).toBe(1);
    expect(restore.stderr).toMatch(/Hanya admin yang dapat memulihkan cadangan/);
    expect(listBackups(flash)).toHaveLength(1); // no safety copy: nothing was replaced

    const admin = await unlocked(dir);
    const trail = (await must(admin, 'audit:list', { outcome: 'ditolak' })) as unknown as { entries: { channel: string }[] };
    expect(trail.entries.map((r) => r.channel).sort()).toEqual(['cli:backup', 'cli:restore']);
  });
});
