import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEST_ACCOUNT, accountEnv, cli } from './casework-server';
import { expect, nav, test, type Page } from './fixtures';

/**
 * The laptop died; the flash drive holds the office's backup and the keyring.json every backup
 * writes beside it. On the new laptop's first-run screen (browser mode, folder not set up) the
 * social worker restores it with her usual account and sees her clients again.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'node_modules', '.bin');
const CLIENT = 'Wulan Sari Cadangan';

const box = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

test('Pulihkan dari cadangan: a wrong passphrase is refused beside its field with everything kept, then the account opens the same clients', async ({ page, app }) => {
  test.setTimeout(240_000);
  // The old laptop: the test account, one client with a case, a backup to the "flash drive".
  const old = mkdtempSync(join(tmpdir(), 'pendamping-e2e-lama-'));
  const flash = mkdtempSync(join(tmpdir(), 'pendamping-e2e-flashdisk-'));
  const backup = join(flash, 'pendamping-20261128-030000.pbak');
  try {
    const client = cli<{ client: { id: string } }>(old, 'clients:create', { name: CLIENT, sex: 'P' }).client;
    cli(old, 'cases:create', { clientId: client.id, cluster: 'anak', ppksType: 'anak_terlantar' });
    const r = spawnSync(join(bin, 'tsx'), ['electron/cli/run.ts', 'backup', '--out', backup, '--data-dir', old], {
      cwd: root,
      env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`, ...accountEnv },
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(flash, 'keyring.json'))).toBe(true);

    await page.goto(app.url);
    await expect(page.getByRole('heading', { name: 'Selamat datang di Pendamping' })).toBeVisible();
    await page.getByRole('radio', { name: 'Pulihkan dari cadangan' }).check();
    const form = page.getByRole('form', { name: 'Pulihkan dari cadangan' });
    // File inputs are buttons to the accessibility tree; they are chosen by id.
    await expect(form.getByRole('button', { name: 'Berkas cadangan', exact: true })).toBeVisible();
    await expect(form.getByRole('button', { name: 'Salinan kunci akun', exact: true })).toBeVisible();

    // Nothing chosen: every reason beside its field.
    await form.getByRole('button', { name: 'Pulihkan data' }).click();
    await expect(page.locator('#restore-in-backup-error')).toContainText('Pilih berkas cadangan (.pbak).');
    await expect(page.locator('#restore-in-keyring-error')).toContainText('Pilih salinan kunci akun (keyring.json).');
    await expect(page.locator('#restore-in-login-error')).toContainText('Nama pengguna wajib diisi.');

    // The right files, a wrong passphrase: refused beside the passphrase, what was typed kept.
    await page.locator('#restore-in-backup').setInputFiles(backup);
    await page.locator('#restore-in-keyring').setInputFiles(join(flash, 'keyring.json'));
    await box(page, 'Nama pengguna').fill(TEST_ACCOUNT.login);
    await box(page, 'Frasa sandi').fill('bukan frasa sandinya');
    await box(page, 'Frasa sandi').press('Enter');
    await expect(page.locator('#restore-in-passphrase-error')).toContainText('Nama pengguna atau frasa sandi salah', { timeout: 60_000 });
    await expect(box(page, 'Nama pengguna')).toHaveValue(TEST_ACCOUNT.login);
    await expect(box(page, 'Frasa sandi')).toHaveValue('bukan frasa sandinya');

    // The right passphrase: the unlock screen, where the same account opens the restored data.
    await box(page, 'Frasa sandi').fill(TEST_ACCOUNT.passphrase);
    await box(page, 'Frasa sandi').press('Enter');
    await expect(page.getByRole('heading', { name: 'Buka Pendamping' })).toBeVisible({ timeout: 60_000 });
    await box(page, 'Nama pengguna').fill(TEST_ACCOUNT.login);
    await box(page, 'Frasa sandi').fill(TEST_ACCOUNT.passphrase);
    await box(page, 'Frasa sandi').press('Enter');
    await expect(page.getByRole('banner')).toContainText(TEST_ACCOUNT.name, { timeout: 30_000 });
    await nav(page, 'Klien & Kasus').click();
    await expect(page.getByRole('heading', { name: 'Klien & Kasus', level: 1 })).toBeVisible();
    await expect(page.getByText(CLIENT)).toBeVisible({ timeout: 30_000 });
  } finally {
    rmSync(old, { recursive: true, force: true });
    rmSync(flash, { recursive: true, force: true });
  }
});
