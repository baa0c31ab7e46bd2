import { expect, test } from './fixtures';

test.describe('a long case list', () => {
  // Seeding runs through the real core (every rule, the change log): it takes a while.
  test.use({ seedClients: 1000 });
  test.describe.configure({ timeout: 180_000 });

  test('shows the total, keeps the DOM small while scrolling to the end, filters and searches', async ({ page, app }) => {
    await page.goto(app.url);
    await page.goto(`${new URL(app.url).origin}/#/kasus`);
    const count = page.getByRole('status').filter({ hasText: /^[\d.]+ kasus$/ });
    await expect(count).toBeVisible();
    const total = Number((await count.textContent())!.replace(/\D/g, ''));
    expect(total).toBeGreaterThan(1000);

    const rows = page.getByRole('table', { name: 'Daftar kasus' }).getByRole('row');
    await expect(rows.nth(5)).not.toContainText('Memuat');
    expect(await rows.count()).toBeLessThan(60);

    // Scroll to the very end: the last page is fetched by offset and shown.
    const body = page.getByRole('rowgroup', { name: 'Baris kasus (gulir untuk melihat lebih banyak)' });
    await body.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    const lastRow = page.locator(`[role="row"][aria-rowindex="${total + 1}"]`);
    await expect(lastRow).toBeVisible();
    await expect(lastRow).not.toContainText('Memuat', { timeout: 20_000 });
    expect(await rows.count()).toBeLessThan(60);

    // A filter narrows the count.
    await page.getByLabel('Tahap', { exact: true }).selectOption({ label: 'Terminasi' });
    await expect(count).not.toHaveText(`${total.toLocaleString('id-ID')} kasus`);
    await expect(rows.nth(1)).toContainText('Terminasi');

    // Typing a NIK prefix searches as you type.
    await page.getByLabel('Tahap', { exact: true }).selectOption({ label: 'Semua' });
    const firstNik = (await rows.nth(1).locator('.cell-client .cell-sub').textContent())!;
    await page.getByLabel('Cari nama, NIK atau nomor kasus').fill(firstNik);
    await expect(rows.nth(1)).toContainText(firstNik);
    await expect(count).toHaveText(/^[1-3] kasus$/);

    // Visit notes are searched from two letters a word: "d" alone would hold up the list.
    await page.getByLabel('Cari nama, NIK atau nomor kasus').fill('d');
    await expect(page.getByText('Ketik paling sedikit 2 huruf per kata untuk mencari di catatan kunjungan.')).toBeVisible();

    // A search matching more than 1,000 cases (every number holds the unit code) says so
    // without counting them all; scrolling on brings the exact count and every row.
    await page.getByLabel('Cari nama, NIK atau nomor kasus').fill('dinsos');
    await expect(page.getByRole('status').filter({ hasText: /^Lebih dari 1\.000 kasus$/ })).toBeVisible();
    await expect(rows.nth(1)).toContainText('/Dinsos/');
    await body.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await expect(count).toHaveText(`${total.toLocaleString('id-ID')} kasus`);
    await body.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await expect(lastRow).toBeVisible();
    await expect(lastRow).not.toContainText('Memuat', { timeout: 20_000 });
    await page.screenshot({ path: '/tmp/pendamping-case-list.png' });
  });
});
