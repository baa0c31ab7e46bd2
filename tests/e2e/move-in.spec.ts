import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEST_ACCOUNT, accountEnv, api, cli } from './casework-server';
import { expect, test, type Page } from './fixtures';

/**
 * Issue 5 on the new laptop: the old laptop's move bundle (`pendamping move-out`) is chosen
 * on the first-run screen of a fresh folder (browser mode, not set up), and the old account
 * then unlocks the same clients.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'node_modules', '.bin');
const BUNDLE_PASSWORD = 'pindah-ke-laptop-baru';
const CLIENT = 'Wulan Sari Pindahan';

const box = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

test('Pindahkan data dari laptop lama: refusals beside the fields, then the old account unlocks the same client', async ({ page, app }) => {
  test.setTimeout(240_000);
  // The old laptop: a folder with the test account and one client, packed by the command line.
  const old = mkdtempSync(join(tmpdir(), 'pendamping-e2e-lama-'));
  const out = join(mkdtempSync(join(tmpdir(), 'pendamping-e2e-paket-')), 'paket-pindah.zip');
  try {
    cli(old, 'clients:create', { name: CLIENT, sex: 'P' });
    const r = spawnSync(join(bin, 'tsx'), ['electron/cli/run.ts', 'move-out', '--out', out, '--password', BUNDLE_PASSWORD, '--data-dir', old], {
      cwd: root,
      env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`, ...accountEnv },
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    const notABundle = join(tmpdir(), `bukan-paket-${process.pid}.zip`);
    writeFileSync(notABundle, '%PDF-1.7 bukan paket pindah');

    await page.goto(app.url);
    await expect(page.getByRole('heading', { name: 'Selamat datang di Pendamping' })).toBeVisible();
    await page.getByRole('radio', { name: 'Pindahkan data dari laptop lama' }).check();
    const form = page.getByRole('form', { name: 'Pindahkan data dari laptop lama' });
    const file = page.locator('#move-in-file'); // a file input is a button to the accessibility tree
    await expect(page.getByRole('button', { name: 'Paket pindah', exact: true })).toBeVisible();
    const password = box(page, 'Kata sandi paket');

    // Nothing chosen: both reasons beside their fields.
    await form.getByRole('button', { name: 'Pindahkan data' }).click();
    await expect(page.getByText('Pilih berkas paket pindah.')).toBeVisible();
    await expect(page.getByText('Kata sandi paket wajib diisi.')).toBeVisible();

    // A file that is not a bundle: refused beside the file field, the password kept.
    await file.setInputFiles(notABundle);
    await password.fill(BUNDLE_PASSWORD);
    await form.getByRole('button', { name: 'Pindahkan data' }).click();
    await expect(page.locator('#move-in-file-error')).toContainText('bukan paket pindah Pendamping, atau terpotong', { timeout: 60_000 });
    await expect(password).toHaveValue(BUNDLE_PASSWORD);
    rmSync(notABundle, { force: true });

    // The real bundle with a wrong password: refused beside the password field.
    await file.setInputFiles(out);
    await password.fill('bukan-kata-sandinya');
    await form.getByRole('button', { name: 'Pindahkan data' }).click();
    await expect(page.locator('#move-in-password-error')).toContainText('Kata sandi paket salah', { timeout: 60_000 });

    // The right password: the unlock screen, where the old account opens the same data.
    await password.fill(BUNDLE_PASSWORD);
    await form.getByRole('button', { name: 'Pindahkan data' }).click();
    await expect(page.getByRole('heading', { name: 'Buka Pendamping' })).toBeVisible({ timeout: 60_000 });
    await box(page, 'Nama pengguna').fill(TEST_ACCOUNT.login);
    await box(page, 'Frasa sandi').fill(TEST_ACCOUNT.passphrase);
    await box(page, 'Frasa sandi').press('Enter');
    await expect(page.getByRole('banner')).toContainText(TEST_ACCOUNT.name, { timeout: 30_000 });
    // The same client, read through the bridge the page just unlocked.
    const found = await api<{ rows: { name: string }[] }>({ url: app.url, stop: async () => {} }, 'clients:search', { search: 'Wulan' });
    expect(found.rows.map((c) => c.name)).toEqual([CLIENT]);
  } finally {
    rmSync(old, { recursive: true, force: true });
    rmSync(join(out, '..'), { recursive: true, force: true });
  }
});
