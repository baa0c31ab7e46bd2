import { expect, nav, startAsNewWorker, test } from './fixtures';

test('every control on the registration form, case list and settings has an accessible name', async ({ page, app }) => {
  await startAsNewWorker(page, app);
  const origin = new URL(app.url).origin;
  for (const path of ['/#/klien/baru', '/#/kasus', '/#/pengaturan']) {
    await page.goto(origin + path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    if (path === '/#/klien/baru') await page.getByLabel('Terdaftar di DTKS/DTSEN').check(); // reveals decile and register ID
    const controls = page.locator('input, select, textarea, button');
    const n = await controls.count();
    expect(n).toBeGreaterThan(5);
    for (let i = 0; i < n; i++) await expect(controls.nth(i), `${path} control #${i}`).toHaveAccessibleName(/\S/);
  }
});

test('the app can be used from the keyboard alone: menu, dialog, Escape', async ({ page, app }) => {
  await startAsNewWorker(page, app);
  await nav(page, 'Beranda').focus();
  await page.keyboard.press('Tab');
  await expect(nav(page, 'Klien & Kasus')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Klien & Kasus' })).toBeFocused();
  await expect(nav(page, 'Klien & Kasus')).toHaveAttribute('aria-current', 'page');

  // Register a client and open a case with keys only.
  await page.getByRole('link', { name: 'Daftarkan klien' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Pendaftaran klien' })).toBeVisible();
  await page.getByLabel('Nama lengkap').focus();
  await page.keyboard.type('Ponirah');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('NIK', { exact: true })).toBeFocused();
  await page.getByLabel('Perempuan').focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Daftarkan klien' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Ponirah' })).toBeVisible();
  await page.getByRole('link', { name: 'Buka kasus baru' }).focus();
  await page.keyboard.press('Enter');
  await page.getByLabel('Klaster ATENSI').selectOption('lanjut_usia');
  await page.getByLabel('Jenis PPKS').selectOption('lansia_terlantar');
  await page.getByRole('button', { name: 'Buka kasus' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /^Kasus / })).toBeVisible();

  const open = page.getByRole('button', { name: 'Ubah tahap' });
  await open.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Ubah tahap' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Tahap baru')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
});
