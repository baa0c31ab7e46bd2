import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { expect, startAsNewWorker, test, type Page } from './fixtures';

/**
 * Issue 5, client import from the Ekspor screen: a small CSV with one bad row is checked
 * (the report names that row), then only the valid rows are imported and show up in the
 * office's client list; a long import cancelled midway stores nothing.
 */
const SMALL = [
  'nama,jenis kelamin,nik,tanggal lahir,telepon',
  'Ni Luh Désy Nur’aini,P,3374015203850002,12-03-1985,081234567890',
  'Bambang Sutrisno,L,,01-01-1970,',
  'Siti Aminah,Perempuan,12345,,',
  'Yohanes Kurniawan,Laki-laki,,,',
].join('\n');

const importTab = (page: Page, url: string) => page.goto(url.replace(/#.*/, '#/ekspor?bagian=impor'));

/** The office's client table, exported as CSV through the Ekspor tab, as lines without the BOM. */
async function clientList(page: Page): Promise<string[]> {
  await page.getByRole('navigation', { name: 'Bagian ekspor, impor dan cadangan' }).getByRole('link', { name: 'Ekspor' }).click();
  await page.getByRole('radio', { name: /^Semua kasus/ }).check();
  await page.getByRole('radio', { name: /^CSV/ }).check();
  await page.getByLabel('Tabel', { exact: true }).selectOption({ label: 'Klien' });
  await page.getByRole('button', { name: 'Kosongkan' }).click();
  await page.getByRole('checkbox', { name: 'Nama', exact: true }).check();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ekspor dan unduh' }).click()]);
  return readFileSync((await file.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
}

test('a client CSV with one bad row: the report names it, the valid rows are imported and listed', async ({ page, app }) => {
  test.setTimeout(120_000);
  await startAsNewWorker(page, app);
  await importTab(page, app.url);

  await page.getByLabel('Berkas klien').setInputFiles({ name: 'klien-desa.csv', mimeType: 'text/csv', buffer: Buffer.from(SMALL, 'utf8') });
  await expect(page.getByText('klien-desa.csv: CSV, 4 baris data, 5 kolom.')).toBeVisible();
  // The mapping is suggested from the column names; the preview reads the rows with it.
  await expect(page.getByRole('combobox', { name: 'Nama', exact: true })).toHaveValue('nama');
  await expect(page.getByRole('combobox', { name: 'Jenis kelamin', exact: true })).toHaveValue('jenis kelamin');
  await expect(page.getByLabel('Tanggal lahir')).toHaveValue('tanggal lahir');
  await expect(page.getByLabel('Telepon', { exact: true })).toHaveValue('telepon');
  const preview = page.getByRole('table', { name: 'Pratinjau baris pertama' });
  await expect(preview.getByRole('row')).toHaveCount(5);
  await expect(preview).toContainText('Ni Luh Désy Nur’aini');

  await page.getByRole('button', { name: 'Periksa (uji coba)' }).click();
  await expect(page.getByRole('heading', { name: 'Hasil pemeriksaan (uji coba, belum disimpan)' })).toBeVisible();
  const bad = page.getByRole('table', { name: 'Baris bermasalah (1)' });
  await expect(bad.getByRole('row')).toHaveCount(2);
  const row = bad.getByRole('row').nth(1);
  await expect(row.getByRole('cell').nth(0)).toHaveText('4');
  await expect(row.getByRole('cell').nth(1)).toHaveText('Siti Aminah');
  await expect(row).toContainText('NIK: NIK harus 16 digit (sekarang 5). (kolom “nik”)');
  // The preview marks the wrong cell: row 4, column NIK.
  const badCell = preview.getByRole('row').nth(3).getByRole('cell').nth(2);
  await expect(badCell).toHaveClass(/cell-error/);
  await expect(badCell).toContainText('12345');
  await expect(badCell).toHaveAttribute('title', /NIK harus 16 digit/);
  await expect(preview.getByRole('row').nth(1).getByRole('cell').nth(2)).not.toHaveClass(/cell-error/);
  await page.screenshot({ path: '/tmp/pendamping-import-report.png', fullPage: true });

  await page.getByRole('button', { name: 'Impor baris yang sah saja (3 klien)' }).click();
  await expect(page.getByText('3 klien diimpor.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Hasil impor' })).toBeVisible();
  // The report links to the clients it stored; they wait for a case under "Klien tanpa kasus".
  await expect(page.getByRole('list', { name: 'Klien yang diimpor' }).getByRole('link')).toHaveText(['Ni Luh Désy Nur’aini', 'Bambang Sutrisno', 'Yohanes Kurniawan']);
  await page.getByRole('link', { name: 'Lihat di “Klien tanpa kasus”' }).click();
  await expect(page.getByRole('link', { name: 'Klien tanpa kasus', exact: true })).toHaveAttribute('aria-current', 'page');
  const waiting = page.getByRole('table', { name: 'Klien tanpa kasus' });
  await expect(waiting.getByRole('row')).toHaveCount(4);
  await page.getByRole('searchbox', { name: 'Cari nama atau NIK' }).fill('3374015');
  await expect(page.getByText('1 klien tanpa kasus cocok')).toBeVisible();
  await expect(waiting.getByRole('row').nth(1)).toContainText('Ni Luh Désy Nur’aini');
  await page.screenshot({ path: '/tmp/pendamping-waiting-clients.png', fullPage: true });
  await page.getByRole('link', { name: 'Buka kasus untuk Ni Luh Désy Nur’aini' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kasus baru untuk Ni Luh Désy Nur’aini' })).toBeVisible();

  await importTab(page, page.url());
  const lines = await clientList(page);
  expect(lines[0]).toBe('Nama');
  expect(lines.slice(1).sort()).toEqual(['Bambang Sutrisno', 'Ni Luh Désy Nur’aini', 'Yohanes Kurniawan']);
});

test('a CSV saved by Excel as plain "CSV" (Windows-1252) is read right, with a note on how to save UTF-8', async ({ page, app }) => {
  test.setTimeout(120_000);
  await startAsNewWorker(page, app);
  await importTab(page, app.url);
  const ansi = Buffer.concat([Buffer.from('Nama;Jenis Kelamin\r\nJos\xe9 Ram\xedrez;L\r\nNi Luh Nur', 'latin1'), Buffer.from([0x92]), Buffer.from('aini;P\r\n', 'latin1')]);
  await page.getByLabel('Berkas klien').setInputFiles({ name: 'klien-lama.csv', mimeType: 'text/csv', buffer: ansi });
  await expect(page.getByText('Berkas ini bukan UTF-8; dibaca sebagai Windows-1252 (CSV biasa dari Excel di Windows).')).toBeVisible();
  const preview = page.getByRole('table', { name: 'Pratinjau baris pertama' });
  await expect(preview).toContainText('José Ramírez');
  await expect(preview).toContainText('Ni Luh Nur’aini');
  await page.getByRole('button', { name: 'Periksa (uji coba)' }).click();
  await expect(page.getByText('Semua baris sah.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Hasil pemeriksaan (uji coba, belum disimpan)' }).getByText(/dibaca sebagai Windows-1252/)).toBeVisible();
});

test('a long import cancelled while its rows are being stored says so and stores nothing', async ({ page, app }) => {
  test.setTimeout(300_000);
  // Enough rows that storing them takes seconds: the cancel lands while the core stores,
  // the last phase, and rolls back what it had stored.
  const rows = ['nama,jenis kelamin,tanggal lahir'];
  for (let i = 0; i < 50_000; i++) rows.push(`Klien Uji ${i},${i % 2 ? 'L' : 'P'},${String(1 + (i % 28)).padStart(2, '0')}-${String(1 + (i % 12)).padStart(2, '0')}-${1950 + (i % 50)}`);
  await startAsNewWorker(page, app);
  await importTab(page, app.url);

  await page.getByLabel('Berkas klien').setInputFiles({ name: 'register.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n'), 'utf8') });
  await expect(page.getByText('register.csv: CSV, 50.000 baris data, 3 kolom.')).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Periksa (uji coba)' }).click();
  await expect(page.getByText('Semua baris sah.')).toBeVisible({ timeout: 120_000 });

  await page.getByRole('button', { name: 'Impor 50.000 klien' }).click();
  const progress = page.getByRole('progressbar', { name: 'Kemajuan impor' });
  await expect(page.getByText(/^Memeriksa baris [\d.]+ dari 50\.000…$/)).toBeVisible();
  await expect(page.getByText(/^Mengimpor klien [\d.]+ dari 50\.000…$/)).toBeVisible({ timeout: 120_000 });
  await expect(progress).toBeVisible();
  await page.getByRole('button', { name: 'Batalkan' }).click();
  await expect(page.getByText('Impor dibatalkan; tidak ada yang disimpan.')).toBeVisible({ timeout: 30_000 });
  await expect(progress).toBeHidden();

  const lines = await clientList(page);
  expect(lines).toEqual(['Nama']);
});

test('an XLSX register extract: unmapped required columns are named, real date cells are read', async ({ page, app }) => {
  test.setTimeout(120_000);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Register');
  ws.addRow(['No', 'Nama Lengkap', 'L/P', 'Tgl Lahir', 'Alamat']);
  ws.addRow([1, 'Made Wiratmaja', 'L', new Date(Date.UTC(1990, 6, 17)), 'Br. Dinas Kaja, Gianyar']);
  ws.addRow([2, 'Ni Komang Ayu Léstari', 'P', new Date(Date.UTC(1995, 0, 2)), 'Jl. Gajah Mada 7']);
  const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
  await startAsNewWorker(page, app);
  await importTab(page, app.url);

  await page.getByLabel('Berkas klien').setInputFiles({ name: 'register-desa.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: xlsx });
  await expect(page.getByText('register-desa.xlsx: XLSX, 2 baris data, 5 kolom.')).toBeVisible();
  const sex = page.getByRole('combobox', { name: 'Jenis kelamin', exact: true });
  await expect(sex).toHaveValue('L/P');
  await sex.selectOption({ label: '— tidak diisi —' });
  await page.getByRole('button', { name: 'Periksa (uji coba)' }).click();
  await expect(page.getByText('Petakan kolom wajib: Jenis kelamin.')).toBeVisible();
  await expect(sex).toBeFocused();
  await sex.selectOption('L/P');

  await expect(page.getByRole('table', { name: 'Pratinjau baris pertama' })).toContainText('1990-07-17');
  await page.getByRole('button', { name: 'Periksa (uji coba)' }).click();
  await expect(page.getByText('Semua baris sah.')).toBeVisible();
  await page.getByRole('button', { name: 'Impor 2 klien' }).click();
  await expect(page.getByText('2 klien diimpor.')).toBeVisible();
  const lines = await clientList(page);
  expect(lines.slice(1).sort()).toEqual(['Made Wiratmaja', 'Ni Komang Ayu Léstari']);
});
