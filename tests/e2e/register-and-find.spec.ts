import { expect, nav, startAsNewWorker, test } from './fixtures';

const NAME = 'Siti Aminah Rahayu';
const NIK = '3374105203850001'; // Kota Semarang (33.74), Tembalang (33.74.10), 12-03-1985 + 40: a woman

test('registers a woman by NIK, opens a case, finds it by name, changes its stage, and all survives a reload', async ({ page, app }) => {
  await startAsNewWorker(page, app);

  await nav(page, 'Klien & Kasus').click();
  await page.getByRole('link', { name: 'Daftarkan klien' }).click();
  await expect(page.getByRole('heading', { name: 'Pendaftaran klien' })).toBeVisible();

  await page.getByLabel('Nama lengkap').fill(NAME);
  await page.getByLabel('NIK', { exact: true }).fill(NIK);
  await expect(page.getByText('Tanggal lahir menurut NIK: 12-03-1985, perempuan')).toBeVisible();
  await expect(page.getByText(/Wilayah penerbitan NIK: Tembalang, Kota Semarang, Jawa Tengah/)).toBeVisible();
  await page.getByRole('button', { name: 'Pakai tanggal lahir dan jenis kelamin ini' }).click();
  await expect(page.getByLabel('Tanggal lahir')).toHaveValue('12-03-1985');
  await expect(page.getByLabel('Perempuan')).toBeChecked();

  await page.getByLabel('Tempat lahir').fill('Semarang');
  await page.getByLabel('Jalan / dusun').fill('Jl. Mulawarman Raya No. 5');
  await page.getByLabel('Provinsi').selectOption({ label: 'Jawa Tengah' });
  await page.getByLabel('Kabupaten/Kota').selectOption({ label: 'Kota Semarang' });
  await page.getByLabel('Kecamatan').selectOption({ label: 'Tembalang' });
  await page.getByLabel('Desa/Kelurahan').selectOption({ label: 'Meteseh' });
  await page.getByLabel('PKH').check();
  await page.getByLabel('Disabilitas Mental (Psikososial)').check();
  await page.getByRole('button', { name: 'Daftarkan klien' }).click();

  await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeVisible();
  await expect(page.getByText('Data klien tersimpan.')).toBeVisible();
  await expect(page.getByText('Meteseh')).toBeVisible();

  await page.getByRole('link', { name: 'Buka kasus baru' }).click();
  await page.getByLabel('Klaster ATENSI').selectOption({ label: 'Penyandang Disabilitas' });
  await page.getByLabel('Jenis PPKS').selectOption({ label: 'Penyandang Disabilitas' });
  await page.getByLabel('Ringkasan').fill('Dilepas dari pasung bulan lalu; perlu pendampingan keluarga.');
  await page.getByRole('button', { name: 'Buka kasus' }).click();
  const heading = page.getByRole('heading', { level: 1, name: /^Kasus \d{4}\/RS\/Dinsos\/\d{4}$/ });
  await expect(heading).toBeVisible();
  const caseTitle = (await heading.textContent())!;

  await nav(page, 'Klien & Kasus').click();
  await page.getByLabel('Cari nama, NIK atau nomor kasus').fill('amin');
  const row = page.getByRole('row').filter({ hasText: NAME });
  await expect(row).toBeVisible();
  await expect(page.getByText('1 kasus')).toBeVisible();
  await row.getByRole('link', { name: caseTitle.replace('Kasus ', '') }).click();
  await expect(page.getByRole('heading', { level: 1, name: caseTitle })).toBeVisible();

  await page.getByRole('button', { name: 'Ubah tahap' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ubah tahap' });
  await dialog.getByLabel('Tahap baru').selectOption({ label: 'Asesmen' });
  await dialog.getByRole('button', { name: 'Simpan tahap' }).click();
  await expect(dialog.getByText('Alasan wajib diisi.')).toBeVisible();
  await dialog.getByLabel('Alasan').fill('Keluarga setuju; asesmen di rumah dijadwalkan.');
  await dialog.getByRole('button', { name: 'Simpan tahap' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Tahap: Pendekatan Awal → Asesmen')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: caseTitle })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: 'Asesmen' }).first()).toBeVisible();
  await expect(page.getByText('Tahap: Pendekatan Awal → Asesmen')).toBeVisible();
  // The reason shows in the history and in the timeline; the history is the one checked here.
  await expect(page.getByRole('region', { name: 'Riwayat tahap dan status' }).getByText('Keluarga setuju; asesmen di rumah dijadwalkan.')).toBeVisible();
  await expect(page.getByRole('main').getByText(/Rina Wulandari/).first()).toBeVisible();

  await page.getByRole('link', { name: NAME }).first().click();
  await expect(page.getByText('Tanggal lahir menurut NIK: 12-03-1985, perempuan')).toBeVisible();
  await expect(page.getByRole('link', { name: caseTitle.replace('Kasus ', '') })).toBeVisible();
  await page.screenshot({ path: '/tmp/pendamping-client-page.png', fullPage: true });
});
