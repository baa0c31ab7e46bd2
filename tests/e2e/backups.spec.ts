import { expect, startAsNewWorker, test } from './fixtures';

/**
 * Issue 5, backups from the Ekspor screen: the settings refuse a relative folder beside the
 * field; "Cadangkan sekarang" lists a new backup; restoring it (after a change) asks first,
 * makes a safety copy, reloads the app and shows the data as it was.
 */
test('a backup made now is listed, and restoring it brings back the earlier data with a safety copy', async ({ page, app }) => {
  test.setTimeout(120_000);
  await startAsNewWorker(page, app);
  const origin = new URL(app.url).origin;
  await page.goto(`${origin}/#/ekspor?bagian=cadangan`);
  await expect(page.getByRole('heading', { name: 'Pengaturan cadangan' })).toBeVisible();

  const folder = page.getByLabel('Folder cadangan');
  await folder.fill('cadangan-saya');
  await page.getByLabel('Jumlah cadangan yang disimpan').fill('5');
  await page.getByRole('button', { name: 'Simpan pengaturan cadangan' }).click();
  await expect(page.locator('#backup-folder-error')).toHaveText(/Folder cadangan harus jalur lengkap \(absolut\)\./);
  await expect(folder).toHaveValue('cadangan-saya');
  await folder.fill('');
  await page.getByRole('button', { name: 'Simpan pengaturan cadangan' }).click();
  await expect(page.getByText('Pengaturan cadangan tersimpan.')).toBeVisible();

  await page.getByRole('button', { name: 'Cadangkan sekarang' }).click();
  const made = page.getByText(/^Cadangan pendamping-[\d-]+\.pbak \(.+\) dibuat\.$/);
  await expect(made).toBeVisible();
  const name = /(pendamping-[\d-]+\.pbak)/.exec((await made.textContent())!)![1];
  const list = page.getByRole('table', { name: 'Daftar cadangan' });
  await expect(list.getByRole('row').filter({ hasText: name })).toContainText('Cadangan');
  await page.screenshot({ path: '/tmp/pendamping-backups.png', fullPage: true });

  // A change after the backup, which the restore takes back.
  await page.goto(`${origin}/#/pengaturan`);
  await page.getByLabel('Nama kantor').fill('Dinas Sosial Kabupaten Banyumas');
  await page.getByRole('button', { name: 'Simpan pengaturan', exact: true }).click();
  await expect(page.getByRole('banner').getByText('Dinas Sosial Kabupaten Banyumas')).toBeVisible();

  await page.goto(`${origin}/#/ekspor?bagian=cadangan`);
  await page.getByRole('button', { name: `Pulihkan cadangan ${name}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Pulihkan cadangan?' });
  await expect(dialog).toContainText('salinan pengaman data saat ini');
  await dialog.getByRole('button', { name: 'Ya, pulihkan' }).click();

  await expect(page.getByText(new RegExp(`^Data dipulihkan dari ${name.replace(/\./g, '\\.')}\\. Salinan pengaman data sebelumnya: sebelum-pemulihan-[\\d-]+\\.pbak\\.$`))).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('banner').getByText('Dinas Sosial Kabupaten Banyumas')).toBeHidden();
  await expect(page.getByRole('table', { name: 'Daftar cadangan' }).getByRole('row').filter({ hasText: /^sebelum-pemulihan-/ })).toContainText('Salinan pengaman');
  await page.screenshot({ path: '/tmp/pendamping-restored.png', fullPage: true });
});

test('a move-to-a-new-laptop bundle needs a long enough password and downloads sealed', async ({ page, app }) => {
  await startAsNewWorker(page, app);
  await page.goto(`${new URL(app.url).origin}/#/ekspor?bagian=cadangan`);
  const card = page.getByRole('region', { name: 'Pindah ke laptop baru' });
  await card.getByRole('textbox', { name: 'Kata sandi', exact: true }).fill('pendek123');
  await card.getByRole('button', { name: 'Buat paket pindah' }).click();
  await expect(page.locator('#move-password-error')).toHaveText(/Kata sandi paket pindah minimal 10 karakter\./);
  await card.getByRole('textbox', { name: 'Kata sandi', exact: true }).fill('pindah-ke-laptop-baru');
  await card.getByRole('textbox', { name: 'Ulangi kata sandi' }).fill('pindah-ke-laptop-baru');
  const [file] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Buat paket pindah' }).click()]);
  expect(file.suggestedFilename()).toMatch(/^pendamping-pindah-[\d-]+\.zip$/);
  await expect(card.getByText(/^Berkas pendamping-pindah-[\d-]+\.zip \(.+\) siap\.$/)).toBeVisible();
  await expect(card.getByRole('textbox', { name: 'Kata sandi', exact: true })).toHaveValue('');
});
