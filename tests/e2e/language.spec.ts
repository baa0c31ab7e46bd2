import { expect, nav, startAsNewWorker, test } from './fixtures';

test('the English switch changes what is on screen, and back', async ({ page, app }) => {
  await startAsNewWorker(page, app);
  await page.getByRole('button', { name: 'Switch to English' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Rina Wulandari' })).toBeVisible();
  await expect(nav(page, 'Clients & Cases')).toBeVisible();
  await expect(nav(page, 'Follow-ups')).toBeVisible();
  await expect(page.getByText('Klien & Kasus')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await nav(page, 'Referrals').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Referrals' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Institution directory' })).toBeVisible();
  await expect(page.getByText('No referrals under way.')).toBeVisible();

  // Enum labels and validation messages follow the language too.
  await page.goto(`${new URL(app.url).origin}/#/klien/baru`);
  await expect(page.getByLabel('Female')).toBeVisible();
  await page.getByLabel('NIK', { exact: true }).fill('12345');
  await page.getByRole('button', { name: 'Register client' }).click();
  await expect(page.locator('#client-nik-error')).toHaveText(/NIK must be 16 digits \(now 5\)\./);
  await expect(page.locator('#client-name-error')).toHaveText(/Name is required\./);

  // The choice survives a reload.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Register a client' })).toBeVisible();

  await page.getByRole('button', { name: 'Ganti ke Bahasa Indonesia' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pendaftaran klien' })).toBeVisible();
  await expect(nav(page, 'Klien & Kasus')).toBeVisible();
});
