import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ask } from '../../electron/cli/prompt';
import { openGate } from '../../electron/core/session/gate';
import { DB_FILE } from '../../electron/db/store';
import { startWebServer } from '../../electron/web/server';
import '../helpers/accounts';
import { CLI_ENV_KEYS, runCli } from '../helpers/cli-in-process';
import { SITI, TEST_KEY, tempCore } from '../helpers/temp-core';

/**
 * The command line and browser mode unlock the same way as the app: `pendamping init` sets a
 * folder up (the recovery key printed once), every other command unlocks with
 * PENDAMPING_USER and PENDAMPING_PASSPHRASE (or asks on a terminal), and whichever door is
 * used, the same data comes out.
 */
const ADMIN = { PENDAMPING_INIT_NAME: 'Rina Wulandari', PENDAMPING_USER: 'rina', PENDAMPING_PASSPHRASE: 'sawah hijau di lereng merapi' };
const ENV_KEYS = CLI_ENV_KEYS;

let cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
  for (const k of ENV_KEYS) delete process.env[k];
  vi.restoreAllMocks();
});

const freshDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'pendamping-cli-unlock-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
};

const run = runCli;

const call = (dir: string, channel: string, input: unknown, env: Record<string, string> = ADMIN) =>
  run(['call', channel, JSON.stringify(input), '--data-dir', dir], env);

describe('pendamping init', () => {
  it('sets a folder up with its first admin and prints the recovery key once; a second init is refused', async () => {
    const dir = freshDir();
    const first = await run(['init', '--dir', dir], ADMIN);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`Folder data siap: ${dir}`);
    expect(first.stdout).toContain('Admin pertama: Rina Wulandari (nama pengguna: rina)');
    expect(first.stdout).toMatch(/KUNCI PEMULIHAN — hanya ditampilkan sekali ini\.[\s\S]*\n {4}[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){4}\n/);
    const keyring = readFileSync(join(dir, 'keyring.json'), 'utf8');

    const again = await run(['init', '--data-dir', dir], { ...ADMIN, PENDAMPING_INIT_NAME: 'Orang Lain' });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/sudah disiapkan; admin pertama sudah ada\. Tidak ada yang diubah\./);
    expect(again.stdout).not.toMatch(/KUNCI PEMULIHAN/);
    expect(readFileSync(join(dir, 'keyring.json'), 'utf8')).toBe(keyring);
  });

  it('without a terminal names the variables it needs, and a weak passphrase beside its field', async () => {
    const dir = freshDir();
    const missing = await run(['init', '--data-dir', dir], { PENDAMPING_USER: 'rina' });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('Bukan di terminal, jadi tidak dapat bertanya. Setel PENDAMPING_INIT_NAME, PENDAMPING_PASSPHRASE.');
    const weak = await run(['init', '--data-dir', dir], { ...ADMIN, PENDAMPING_PASSPHRASE: 'pendek' });
    expect(weak.code).toBe(2);
    expect(weak.stderr).toMatch(/Frasa sandi minimal 10 karakter/);
    expect(existsSync(join(dir, 'keyring.json'))).toBe(false);
  });

  it('adopts a key-file folder: the old data stays, the key file is gone, and the account opens it', async () => {
    const t = tempCore();
    const client = t.must('clients:create', SITI).client;
    t.must('cases:create', { clientId: client.id, cluster: 'anak', ppksType: 'anak_terlantar' });
    await t.close();
    cleanups.push(() => rmSync(t.dir, { recursive: true, force: true }));
    writeFileSync(join(t.dir, 'key'), TEST_KEY.toString('hex') + '\n', { mode: 0o600 });

    const before = await call(t.dir, 'cases:list', {});
    expect(before.code).toBe(1);
    expect(before.stderr).toMatch(/masih memakai berkas kunci lama dan belum punya akun\. Jalankan: pendamping init/);

    const init = await run(['init', '--data-dir', t.dir], ADMIN);
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('Data lama tetap utuh');
    expect(existsSync(join(t.dir, 'key'))).toBe(false);
    const after = await call(t.dir, 'cases:list', {});
    expect(after.code).toBe(0);
    expect(after.stdout).toContain(SITI.name);
  });
});

describe('every other command', () => {
  it('on a folder that is not set up says to run init, and creates no store', async () => {
    const dir = freshDir();
    const r = await call(dir, 'cases:list', {});
    expect(r).toMatchObject({ code: 1, stdout: '' });
    expect(r.stderr).toBe('Folder data belum disiapkan. Jalankan: pendamping init');
    expect(existsSync(join(dir, DB_FILE))).toBe(false);
  });

  it('refuses a wrong passphrase plainly and changes nothing; without the variables and a terminal it says what to set', async () => {
    const dir = freshDir();
    expect((await run(['init', '--data-dir', dir], ADMIN)).code).toBe(0);
    expect((await call(dir, 'clients:create', SITI)).code).toBe(0);
    const db = readFileSync(join(dir, DB_FILE));

    const wrong = await call(dir, 'clients:create', { ...SITI, nik: null }, { ...ADMIN, PENDAMPING_PASSPHRASE: 'bukan frasa sandinya' });
    expect(wrong).toMatchObject({ code: 1, stdout: '', stderr: 'Nama pengguna atau frasa sandi salah.' });
    const none = await call(dir, 'cases:list', {}, {});
    expect(none).toMatchObject({ code: 1, stderr: 'Data terkunci. Setel PENDAMPING_USER dan PENDAMPING_PASSPHRASE, atau jalankan perintah ini di terminal agar ditanya.' });
    expect(readFileSync(join(dir, DB_FILE)).equals(db)).toBe(true);

    // The session channels answer without unlocking.
    const status = await call(dir, 'session:status', {}, {});
    expect(status.code).toBe(0);
    expect(JSON.parse(status.stdout).value).toMatchObject({ state: 'locked' });
  });

  it('gives the same data through the command line, browser mode and the core, each unlocked with the account', async () => {
    const dir = freshDir();
    expect((await run(['init', '--data-dir', dir], ADMIN)).code).toBe(0);
    const created = JSON.parse((await call(dir, 'clients:create', SITI)).stdout).value.client;
    expect((await call(dir, 'cases:create', { clientId: created.id, cluster: 'anak', ppksType: 'anak_terlantar' })).code).toBe(0);
    const viaCli = JSON.parse((await call(dir, 'cases:list', {})).stdout);

    const quiet = { error() {}, info() {} };
    const gate = openGate(dir, { log: quiet, env: {} });
    cleanups.push(() => gate.close());
    const token = 'uji-token-0123456789abcdef';
    const web = await startWebServer({ core: gate, log: quiet, staticDir: dir, token });
    cleanups.push(() => web.close());
    const http = async (channel: string, input: unknown) =>
      (await fetch(`http://127.0.0.1:${web.port}/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(input),
      }).then((r) => r.json())) as { ok: boolean; error?: { code: string } };

    expect(await http('cases:list', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect((await http('session:unlock', { login: 'RINA', passphrase: ADMIN.PENDAMPING_PASSPHRASE })).ok).toBe(true);
    const viaBrowser = await http('cases:list', {});
    expect(viaBrowser).toEqual(viaCli);
    expect(JSON.stringify(viaBrowser)).toContain(SITI.name);
    expect(await gate.callAsync('cases:list', {})).toEqual(viaCli);
  });
});

describe('the terminal prompt', () => {
  it('reads a passphrase without echoing it, and keeps what was typed after a backspace', async () => {
    const input = Object.assign(new PassThrough(), { isTTY: true, setRawMode: vi.fn() });
    const output = new PassThrough();
    let shown = '';
    output.on('data', (d) => (shown += d.toString()));
    const answer = ask({ input: input as never, output }, 'Frasa sandi: ', { hidden: true });
    input.write('rahasiaX\u007f di desa\r');
    expect(await answer).toBe('rahasia di desa');
    expect(shown).toBe('Frasa sandi: \n');
    expect(input.setRawMode.mock.calls).toEqual([[true], [false]]);
  });
});
