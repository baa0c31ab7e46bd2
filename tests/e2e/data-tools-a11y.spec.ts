import { expect, startAsNewWorker, test } from './fixtures';

/**
 * The Ekspor screen (export, import, backups) by keyboard and in English: every control is
 * named, a case is found and chosen without a mouse, and the core's refusals read in English.
 */
test('every control of the export, import and backup tabs has an accessible name', async ({ page, app }) => {
  await startAsNewWorker(page, app);
  const origin = new URL(app.url).origin;
  for (const hash of ['#/ekspor', '#/ekspor?bagian=impor', '#/ekspor?bagian=cadangan']) {
    await page.goto(`${origin}/${hash}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Ekspor, impor & cadangan' })).toBeVisible();
    if (hash === '#/ekspor') {
      await page.getByRole('radio', { name: /^XLSX/ }).check(); // reveals the table and its columns
      await page.getByRole('checkbox', { name: 'Kunci dengan kata sandi' }).check(); // reveals the passwords
    }
    await expect(page.locator('#main button').first()).toBeVisible();
    const controls = page.locator('#main').locator('input, select, textarea, button');
    const n = await controls.count();
    expect(n).toBeGreaterThan(3);
    for (let i = 0; i < n; i++) await expect(controls.nth(i), `${hash} control #${i}`).toHaveAccessibleName(/\S/);
  }
});

test('a case is found and chosen from the keyboard, and refusals read in English', async ({ page, app }) => {
  await startAsNewWorker(page, app);
  const origin = new URL(app.url).origin;
  // A client and a case, registered through the forms.
  await page.goto(`${origin}/#/klien/baru`);
  await page.getByLabel('Nama lengkap').fill('Ponirah Sastrowardoyo');
  await page.getByLabel('Perempuan').check();
  await page.getByRole('button', { name: 'Daftarkan klien' }).click();
  await page.getByRole('link', { name: 'Buka kasus baru' }).click();
  await page.getByLabel('Klaster ATENSI').selectOption({ index: 1 });
  await page.getByLabel('Jenis PPKS').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Buka kasus' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Kasus / })).toBeVisible();

  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Ekspor' }).click();
  await page.getByRole('radio', { name: 'Satu kasus' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('searchbox', { name: 'Cari kasus' })).toBeFocused();
  await page.keyboard.type('Ponirah');
  await expect(page.getByRole('radio', { name: /Ponirah Sastrowardoyo/ })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: /Ponirah Sastrowardoyo/ })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByText(/^Dipilih: kasus .+ — Ponirah Sastrowardoyo$/)).toBeVisible();

  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Export, import & backup' })).toBeVisible();
  await expect(page.getByText(/^Chosen: case .+ — Ponirah Sastrowardoyo$/)).toBeVisible();
  await page.getByRole('navigation', { name: 'Export, import and backup sections' }).getByRole('link', { name: 'Backups' }).click();
  await page.getByLabel('Backup folder').fill('relative/folder');
  await page.getByRole('button', { name: 'Save backup settings' }).click();
  await expect(page.locator('#backup-folder-error')).toHaveText(/The backup folder must be a full \(absolute\) path\./);
  await page.screenshot({ path: '/tmp/pendamping-backups-en.png', fullPage: true });
});
