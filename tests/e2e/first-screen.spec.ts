import { api, TEST_ACCOUNT } from './casework-server';
import { expect, test, type Page } from './fixtures';

/**
 * The first screen of a full load: the app asks for the session, who is acting and the case
 * list's first page all at once and loads each screen's code on its own (issue 7). What the
 * worker sees must not change: locked, the unlock screen and nothing read before it; open,
 * the list with its count and rows; in English, English from the first screen.
 */
test.use({ seedClients: 30 });

const box = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });
const dataRows = (page: Page) => page.getByRole('rowgroup', { name: /Baris kasus|Case rows/ }).getByRole('row');

test('the case list opened by its address while the data is locked: the unlock screen, then the list', async ({ page, app }) => {
  const origin = new URL(app.url).origin;
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: `Selamat datang, ${TEST_ACCOUNT.name}` })).toBeVisible();
  // Locked from elsewhere, then the list's address loaded afresh (a bookmark, a reload).
  await api({ url: app.url, stop: async () => {} }, 'session:lock', {});
  await page.goto(`${origin}/#/kasus`);
  await page.reload();

  await expect(page.getByRole('heading', { name: 'Buka Pendamping' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Daftar kasus' })).toHaveCount(0);
  await box(page, 'Nama pengguna').fill(TEST_ACCOUNT.login);
  await box(page, 'Frasa sandi').fill(TEST_ACCOUNT.passphrase);
  await box(page, 'Frasa sandi').press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Klien & Kasus' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^\d+ kasus$/ })).toBeVisible();
  await expect(dataRows(page).first()).not.toContainText('Memuat');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the case list opened by its address in an open session: count and rows, in English when English was chosen', async ({ page, app }) => {
  const origin = new URL(app.url).origin;
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: `Selamat datang, ${TEST_ACCOUNT.name}` })).toBeVisible();
  await page.goto(`${origin}/#/kasus`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Klien & Kasus' })).toBeVisible();
  const count = page.getByRole('status').filter({ hasText: /^\d+ kasus$/ });
  await expect(count).toBeVisible();
  const total = Number((await count.textContent())!.replace(/\D/g, ''));
  expect(total).toBeGreaterThan(0);
  await expect(dataRows(page).first()).not.toContainText('Memuat');

  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clients & Cases' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Clients & Cases' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: new RegExp(`^${total} cases?$`) })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).not.toContainText('Klien & Kasus');
  await expect(dataRows(page).first()).not.toContainText('Loading');
});
