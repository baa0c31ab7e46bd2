import { expect, nav, startAsNewWorker, test } from './fixtures';

test('refuses a 15-digit NIK beside the NIK field and keeps everything typed', async ({ page, app }) => {
  await startAsNewWorker(page, app);
  await nav(page, 'Klien & Kasus').click();
  await page.getByRole('link', { name: 'Daftarkan klien' }).click();

  await page.getByLabel('Nama lengkap').fill('Budi Santoso');
  await page.getByLabel('NIK', { exact: true }).fill('337410120385000');
  await expect(page.getByText('15 dari 16 digit.')).toBeVisible();
  await page.getByLabel('Laki-laki').check();
  await page.getByLabel('Tempat lahir').fill('Kendal');
  await page.getByLabel('Tanggal lahir').fill('12-03-1985');
  await page.getByLabel('Jalan / dusun').fill('Dusun Krajan RT 2');
  await page.getByLabel('Provinsi').selectOption({ label: 'Jawa Tengah' });
  await page.getByLabel('Kabupaten/Kota').selectOption({ label: 'Kota Semarang' });
  await page.getByLabel('Nomor telepon').fill('0812 3456 7890');
  await page.getByLabel('Terdaftar di DTKS/DTSEN').check();
  await page.getByLabel('Desil kesejahteraan').selectOption('2');
  await page.getByLabel('BLT').check();
  await page.getByLabel('Disabilitas Fisik').check();
  await page.getByRole('button', { name: 'Daftarkan klien' }).click();

  const nik = page.getByLabel('NIK', { exact: true });
  await expect(page.locator('#client-nik-error')).toHaveText(/NIK harus 16 digit \(sekarang 15\)\./);
  await expect(nik).toHaveAttribute('aria-invalid', 'true');
  await expect(nik).toHaveAccessibleDescription(/NIK harus 16 digit \(sekarang 15\)/);
  await expect(nik).toBeFocused();
  await expect(page.getByText('Periksa isian yang ditandai; semua yang sudah Anda ketik tetap ada.')).toBeVisible();

  // Nothing typed is lost.
  await expect(page.getByRole('heading', { name: 'Pendaftaran klien' })).toBeVisible();
  await expect(page.getByLabel('Nama lengkap')).toHaveValue('Budi Santoso');
  await expect(nik).toHaveValue('337410120385000');
  await expect(page.getByLabel('Laki-laki')).toBeChecked();
  await expect(page.getByLabel('Tempat lahir')).toHaveValue('Kendal');
  await expect(page.getByLabel('Tanggal lahir')).toHaveValue('12-03-1985');
  await expect(page.getByLabel('Jalan / dusun')).toHaveValue('Dusun Krajan RT 2');
  await expect(page.getByLabel('Kabupaten/Kota')).toHaveValue('33.74');
  await expect(page.getByLabel('Nomor telepon')).toHaveValue('0812 3456 7890');
  await expect(page.getByLabel('Desil kesejahteraan')).toHaveValue('2');
  await expect(page.getByLabel('BLT')).toBeChecked();
  await expect(page.getByLabel('Disabilitas Fisik')).toBeChecked();
  await page.screenshot({ path: '/tmp/pendamping-form-error.png', fullPage: true });

  // Fixing the one field is enough to save.
  await nik.fill('3374101203850001');
  await expect(page.locator('#client-nik-error')).toBeHidden();
  await expect(page.getByText('Tanggal lahir menurut NIK: 12-03-1985, laki-laki')).toBeVisible();
  await page.getByRole('button', { name: 'Daftarkan klien' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Budi Santoso' })).toBeVisible();
});

test('shows a server-side refusal beside the field: a NIK whose province does not exist', async ({ page, app }) => {
  await startAsNewWorker(page, app);
  await page.goto(`${new URL(app.url).origin}/#/klien/baru`);
  await page.getByLabel('Nama lengkap').fill('Dewi Lestari');
  await page.getByLabel('NIK', { exact: true }).fill('9974105203850001');
  await page.getByLabel('Perempuan').check();
  await page.getByLabel('Tanggal lahir').fill('31-13-1985');
  await page.getByRole('button', { name: 'Daftarkan klien' }).click();
  await expect(page.locator('#client-birth-date-error')).toHaveText(/Tanggal ditulis HH-BB-TTTT, mis\. 12-03-1985\./);

  await page.getByLabel('Tanggal lahir').fill('01-01-2999');
  await page.getByRole('button', { name: 'Daftarkan klien' }).click();
  await expect(page.locator('#client-nik-error')).toHaveText(/Kode provinsi NIK \(99\) tidak dikenal\./);
  await expect(page.locator('#client-birth-date-error')).toHaveText(/Tanggal lahir tidak boleh di masa depan\./);
  await expect(page.getByLabel('Nama lengkap')).toHaveValue('Dewi Lestari');
  await expect(page.getByLabel('Tanggal lahir')).toHaveValue('01-01-2999');
});

test('a NIK already registered is refused with a link to the existing client; mismatches are warned after saving', async ({ page, app }) => {
  await startAsNewWorker(page, app);
  const origin = new URL(app.url).origin;
  await page.goto(`${origin}/#/klien/baru`);
  await page.getByLabel('Nama lengkap').fill('Siti Aminah');
  await page.getByLabel('NIK', { exact: true }).fill('3374105203850001');
  await page.getByLabel('Laki-laki').check(); // the NIK says female: a warning, not a block
  await page.getByLabel('Tanggal lahir').fill('13-03-1985');
  await page.getByRole('button', { name: 'Daftarkan klien' }).click();
  await expect(page.getByText('Data klien tersimpan, dengan peringatan:')).toBeVisible();
  await expect(page.getByText('Tanggal lahir dalam NIK (12-03-1985) berbeda dengan tanggal lahir yang dicatat (13-03-1985).')).toBeVisible();
  await expect(page.getByText('NIK menandakan perempuan, tetapi jenis kelamin yang dicatat laki-laki.')).toBeVisible();

  await page.goto(`${origin}/#/klien/baru`);
  await page.getByLabel('Nama lengkap').fill('Siti A.');
  await page.getByLabel('NIK', { exact: true }).fill('3374105203850001');
  await page.getByLabel('Perempuan').check();
  await page.getByRole('button', { name: 'Daftarkan klien' }).click();
  await expect(page.locator('#client-nik-error')).toHaveText(/NIK sudah terdaftar untuk Siti Aminah\./);
  await page.getByRole('link', { name: 'Buka data klien yang sudah terdaftar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Siti Aminah' })).toBeVisible();
});
