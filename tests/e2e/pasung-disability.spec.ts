import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, nav, test } from './fixtures';
import { api, startServer, type Server } from './casework-server';

/**
 * The client page's pasung episodes (record, release, re-shackling raises the risk), the
 * device pipeline, ATENSI services and a planned follow-up on the case page, and visit notes
 * found from the case list's search box with the matches marked.
 */
const NOW = '2026-06-15T10:00:00+07:00';
let dataDir: string;
let server: Server | null = null;
test.beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'pendamping-e2e-pasung-'));
});
test.afterEach(async () => {
  await server?.stop();
  server = null;
  rmSync(dataDir, { recursive: true, force: true });
});

test('records a pasung episode, releases and re-shackles, moves a device to received, logs services, plans a follow-up and finds notes', async ({ page }) => {
  test.setTimeout(240_000);
  server = await startServer(dataDir, NOW);
  const worker = await api<{ id: string }>(server, 'workers:create', { name: 'Dewi Lestari', role: 'pekerja_sosial' });
  await api(server, 'session:set-worker', { workerId: worker.id });
  const client = (await api<{ client: { id: string } }>(server, 'clients:create', { name: 'Warsini', sex: 'P', birthDate: '1975-01-20', disabilities: ['fisik', 'mental_psikososial'] })).client;
  const kase = await api<{ id: string }>(server, 'cases:create', { clientId: client.id, cluster: 'penyandang_disabilitas', ppksType: 'penyandang_disabilitas', assignedWorkerId: worker.id, openedAt: '2026-05-01' });
  await api(server, 'visits:create', { caseId: kase.id, type: 'kunjungan_rumah', visitedAt: '2026-06-01T09:00:00+07:00', note: 'Keluarga membangun pagar bambu; klien membantu menanam cabai di kebun.' });
  await page.clock.setFixedTime(new Date(NOW));
  const base = server.url.replace(/#.*/, '');
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'Selamat datang, Dewi Lestari' })).toBeVisible();

  // Pasung: record the episode, then release, then re-shackling.
  await page.goto(`${base}#/klien/${client.id}`);
  const pasung = page.getByRole('region', { name: 'Riwayat pasung' });
  await pasung.getByRole('button', { name: 'Catat episode pasung' }).click();
  const ep = page.getByRole('dialog', { name: 'Catat episode pasung' });
  await ep.getByRole('combobox', { name: 'Status', exact: true }).selectOption({ label: 'Dipasung' });
  await ep.getByRole('textbox', { name: 'Tanggal', exact: true }).fill('10-05-2026');
  await ep.getByLabel('Cara pemasungan').selectOption({ label: 'Balok Kayu' });
  await ep.getByLabel('Tahun mulai dipasung').fill('2019');
  await ep.getByLabel('Yang memasung').fill('Kakak kandung');
  await ep.getByLabel('Alasan dipasung', { exact: true }).selectOption({ label: 'Perilaku Membahayakan' });
  await ep.getByLabel('Kategori diagnosis').selectOption({ label: 'Gangguan Psikotik' });
  await ep.getByLabel('Tahun mulai sakit').fill('abc');
  await ep.getByRole('button', { name: 'Simpan episode' }).click();
  await expect(ep.getByText('Tahun harus bilangan bulat.')).toBeVisible();
  await ep.getByLabel('Tahun mulai sakit').fill('2015');
  await ep.getByLabel('Layanan kesehatan').selectOption({ label: 'Rujuk RSJ' });
  await ep.getByLabel('Terapi Obat').check();
  await ep.getByRole('button', { name: 'Simpan episode' }).click();
  await expect(page.getByText('Episode pasung tercatat.')).toBeVisible();
  await expect(pasung.getByRole('article')).toContainText('Balok Kayu');
  await expect(pasung.getByRole('article')).toContainText('Gangguan Psikotik');

  const changeStatus = async (status: string, date: string, by: string, note: string) => {
    await pasung.getByRole('button', { name: 'Ubah status' }).click();
    const d = page.getByRole('dialog', { name: 'Ubah status' });
    await d.getByLabel('Status baru').selectOption({ label: status });
    await d.getByRole('textbox', { name: 'Tanggal', exact: true }).fill(date);
    await d.getByLabel('Oleh siapa').fill(by);
    await d.getByLabel('Keterangan').fill(note);
    await d.getByRole('button', { name: 'Simpan status' }).click();
    await expect(d).toBeHidden();
  };
  await changeStatus('Dilepas', '20-05-2026', 'Tim Dinsos dan Puskesmas', 'Dilepas setelah advokasi keluarga.');
  await changeStatus('Dipasung Ulang (Repasung)', '12-06-2026', 'Kakak kandung', 'Dipasung lagi setelah obat habis.');
  await expect(page.getByText('Pasung ulang tercatat')).toBeVisible();
  const steps = pasung.getByRole('list', { name: 'Riwayat status' }).getByRole('listitem');
  await expect(steps).toHaveCount(3);
  await expect(steps.nth(0)).toContainText('Dipasung');
  await expect(steps.nth(1)).toContainText('Dilepas');
  await expect(steps.nth(2)).toContainText('Dipasung Ulang');
  // The risk is said plainly: high risk on the case, the re-shackling among the alerts.
  const alerts = pasung.getByRole('alert').filter({ hasText: 'Risiko dan peringatan' });
  await expect(alerts).toContainText('Risiko pasung ulang tinggi');
  await expect(alerts).toContainText('Dipasung ulang pada 12-06-2026');

  // A device from needed to requested to received.
  const dis = page.getByRole('region', { name: 'Dukungan disabilitas' });
  await expect(dis).toContainText('Disabilitas Fisik');
  await dis.getByRole('button', { name: 'Tambah alat bantu' }).click();
  const dev = page.getByRole('dialog', { name: 'Tambah alat bantu' });
  await dev.getByLabel('Alat bantu').selectOption({ label: 'Kursi Roda Dewasa' });
  await dev.getByLabel('Tanggal dibutuhkan').fill('02-05-2026');
  await dev.getByRole('button', { name: 'Simpan alat bantu' }).click();
  await dis.getByRole('button', { name: 'Ajukan Kursi Roda Dewasa' }).click();
  const adv = page.getByRole('dialog', { name: 'Alat bantu diajukan' });
  await adv.getByLabel('Tanggal diajukan').fill('05-05-2026');
  await adv.getByLabel('Sumber / tujuan pengajuan').fill('Sentra Terpadu Kemensos');
  await adv.getByRole('button', { name: 'Simpan pengajuan' }).click();
  await dis.getByRole('button', { name: 'Catat Kursi Roda Dewasa diterima' }).click();
  const rec = page.getByRole('dialog', { name: 'Alat bantu diterima' });
  await rec.getByLabel('Tanggal diterima').fill('01-06-2026');
  await rec.getByRole('button', { name: 'Simpan penerimaan' }).click();
  await expect(dis.getByRole('list', { name: 'Kursi Roda Dewasa: sekarang Diterima' })).toContainText('01-06-2026');
  // A scanned letter as PDF: no thumbnail, the viewer offers it to open or download.
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
  await page.locator('#client-upload').setInputFiles([{ name: 'surat-keterangan.pdf', mimeType: 'application/pdf', buffer: pdf }]);
  await expect(page.getByText('1 berkas terunggah.')).toBeVisible();
  await page.getByRole('button', { name: 'Lihat surat-keterangan.pdf' }).click();
  const viewer = page.getByRole('dialog', { name: 'surat-keterangan.pdf' });
  await expect(viewer.getByRole('link', { name: 'Buka PDF' })).toHaveAttribute('href', /^blob:/);
  await expect(viewer.getByRole('link', { name: 'Unduh' })).toHaveAttribute('download', 'surat-keterangan.pdf');
  await viewer.getByRole('button', { name: 'Tutup' }).click();
  await page.screenshot({ path: '/tmp/pendamping-casework-pasung.png', fullPage: true });

  // The case page: a service given, a follow-up planned (refused before the case opened).
  await page.goto(`${base}#/kasus/${kase.id}`);
  await expect(page.getByText('Risiko pasung ulang kasus ini:')).toContainText('Tinggi');
  await page.getByRole('button', { name: 'Catat layanan ATENSI' }).click();
  const svc = page.getByRole('dialog', { name: 'Catat layanan ATENSI' });
  await svc.getByLabel('Komponen layanan').selectOption({ label: 'Dukungan Keluarga' });
  await svc.getByLabel('Tanggal diberikan').fill('03-06-2026');
  await svc.getByRole('button', { name: 'Simpan layanan' }).click();
  await expect(page.getByRole('region', { name: 'Layanan ATENSI yang diberikan' })).toContainText('Dukungan Keluarga');
  await page.getByRole('button', { name: 'Tambah tindak lanjut' }).click();
  const task = page.getByRole('dialog', { name: 'Tambah tindak lanjut' });
  await task.getByLabel('Jenis').selectOption({ label: 'Dokumen' });
  await task.getByLabel('Judul').fill('Urus KIS di BPJS');
  await task.getByLabel('Tanggal jatuh tempo').fill('01-04-2026');
  await task.getByRole('button', { name: 'Simpan tindak lanjut' }).click();
  await expect(task.getByText(/Tanggal jatuh tempo sebelum kasus dibuka/)).toBeVisible();
  await task.getByLabel('Tanggal jatuh tempo').fill('18-06-2026');
  await task.getByRole('button', { name: 'Simpan tindak lanjut' }).click();
  await expect(page.getByRole('region', { name: 'Tindak lanjut' }).getByRole('row').filter({ hasText: 'Urus KIS di BPJS' })).toContainText('18-06-2026');
  // The timeline has them all: pasung status, device steps, the service.
  const feed = page.getByRole('feed', { name: /Peristiwa kasus/ });
  await expect(feed).toContainText('Status pasung: Dipasung Ulang (Repasung)');
  await expect(feed).toContainText('Kursi Roda Dewasa: Diterima');
  await expect(feed).toContainText('Layanan ATENSI: Dukungan Keluarga');

  // Tindak Lanjut lists it under this week.
  await nav(page, 'Tindak Lanjut').click();
  await expect(page.getByRole('region', { name: /Jatuh tempo minggu ini/ }).getByRole('row').filter({ hasText: 'Urus KIS di BPJS' })).toContainText('dalam 3 hari');

  // The case list's search box also finds visit notes, the words marked (never as HTML).
  await nav(page, 'Klien & Kasus').click();
  await page.getByLabel('Cari nama, NIK atau nomor kasus').fill('cabai');
  const hits = page.getByRole('region', { name: 'Catatan kunjungan yang cocok' });
  await expect(hits.getByRole('link', { name: 'Warsini' })).toBeVisible();
  await expect(hits.locator('mark')).toHaveText(['cabai']);
});
