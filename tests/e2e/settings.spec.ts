import { expect, startAsNewWorker, test } from './fixtures';

test('office settings show a template error beside the field, save, and a new worker can become the acting one', async ({ page, app }) => {
  await startAsNewWorker(page, app);
  await page.goto(`${new URL(app.url).origin}/#/pengaturan`);

  const template = page.getByLabel('Templat nomor kasus');
  await template.fill('{urut}/RS/{tahun}');
  await expect(page.locator('#settings-template-error')).toContainText('Penanda {urut} tidak dikenal');
  await expect(page.locator('#settings-template-error')).toContainText('Templat harus memuat {nomor} agar setiap nomor unik.');
  await template.fill('460/{nomor:3}/{unit}/{tahun}');
  await expect(page.locator('#settings-template-error')).toBeHidden();
  await expect(page.getByText(/^Contoh: 460\/001\/Dinsos\/\d{4}$/)).toBeVisible();
  await page.getByLabel('Nama kantor').fill('Dinas Sosial Kota Semarang');
  await page.getByLabel('Zona waktu').selectOption({ label: 'WITA (Waktu Indonesia Tengah)' });
  await page.getByRole('button', { name: 'Simpan pengaturan', exact: true }).click();
  await expect(page.getByText('Pengaturan tersimpan.')).toBeVisible();
  await expect(page.getByRole('banner').getByText('Dinas Sosial Kota Semarang')).toBeVisible();

  await page.getByRole('button', { name: 'Tambah pekerja' }).click();
  await page.getByRole('textbox', { name: 'Nama', exact: true }).fill('Yohanes Kurniawan');
  await page.getByRole('region', { name: 'Pekerja' }).getByLabel('NIP').fill('12345');
  await page.getByRole('button', { name: 'Simpan pekerja' }).click();
  await expect(page.getByText('NIP harus 18 digit angka.')).toBeVisible();
  await page.getByRole('region', { name: 'Pekerja' }).getByLabel('NIP').fill('198503122010011002');
  await page.getByLabel('Peran').selectOption({ label: 'Koordinator' });
  await page.getByRole('button', { name: 'Simpan pekerja' }).click();
  const row = page.getByRole('row').filter({ hasText: 'Yohanes Kurniawan' });
  await expect(row).toContainText('Koordinator');

  await page.getByLabel('Pekerja aktif').selectOption({ label: 'Yohanes Kurniawan' });
  await expect(row).toContainText('Anda');

  await page.reload();
  await expect(page.getByLabel('Nama kantor')).toHaveValue('Dinas Sosial Kota Semarang');
  await expect(page.getByLabel('Zona waktu')).toHaveValue('Asia/Makassar');
  await expect(page.getByLabel('Pekerja aktif')).toHaveValue(/.+/);
  await expect(page.getByLabel('Pekerja aktif').locator('option:checked')).toHaveText('Yohanes Kurniawan');
});
