import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { expect, nav, test, type Page } from './fixtures';
import { api, startServer, type Server } from './casework-server';

/**
 * Issue 3, "Done means": three visits on a pasung case, the third a relapse at high risk →
 * on the Beranda, next visit seven days later, the timeline in order; the clock moved past
 * the due date → overdue in Tindak Lanjut; an uploaded photo keeps its thumbnail after a
 * reload. The office clock is pinned with PENDAMPING_FAKE_NOW (and the page's with
 * page.clock), so the dates below are the same on every run.
 */
const DAY1 = '2026-03-10T10:00:00+07:00';
const DAY2 = '2026-03-20T09:00:00+07:00';

const NOTES = [
  'Klien tenang di rumah, minum obat teratur diawasi ibunya.',
  'Obat mulai tidak teratur, keluarga khawatir dan minta pendampingan.',
  'Klien kambuh sejak kemarin, gelisah dan tidak tidur; keluarga diminta tidak memasung lagi.',
];

/** "Tindak Lanjut" in the navigation, whose name also carries the overdue count. */
const followUpsLink = (page: Page) => page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: /^Tindak Lanjut/ });

let dataDir: string;
let server: Server | null = null;
test.beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'pendamping-e2e-visits-'));
});
test.afterEach(async () => {
  await server?.stop();
  server = null;
  rmSync(dataDir, { recursive: true, force: true });
});

/** A worker, a client released from pasung, and an open case, through the HTTP bridge of browser mode. */
async function setUp(server: Server) {
  const worker = await api<{ id: string }>(server, 'workers:create', { name: 'Rina Wulandari', role: 'pekerja_sosial', position: 'Pekerja Sosial' });
  await api(server, 'session:set-worker', { workerId: worker.id });
  const client = (await api<{ client: { id: string } }>(server, 'clients:create', { name: 'Sutarman', sex: 'L', birthDate: '1980-05-01', disabilities: ['mental_psikososial'] })).client;
  const kase = await api<{ id: string }>(server, 'cases:create', { clientId: client.id, cluster: 'penyandang_disabilitas', ppksType: 'penyandang_disabilitas', assignedWorkerId: worker.id, openedAt: '2026-02-01' });
  await api(server, 'pasung:create', { clientId: client.id, status: 'dilepas', date: '2026-02-01', by: 'Tim Puskesmas', details: { method: 'rantai' } });
  return { clientId: client.id, caseId: kase.id };
}

test('three visits on a pasung case: relapse → Beranda, next visit in 7 days, timeline in order, overdue later, photo thumbnail kept', async ({ page }) => {
  test.setTimeout(300_000);
  server = await startServer(dataDir, DAY1);
  const { clientId, caseId } = await setUp(server);
  await page.clock.setFixedTime(new Date(DAY1));
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'Selamat datang, Rina Wulandari' })).toBeVisible();
  await page.goto(server.url.replace(/#.*/, `#/kasus/${caseId}`));
  await expect(page.getByRole('heading', { level: 1, name: /^Kasus / })).toBeVisible();

  const dialog = page.getByRole('dialog', { name: 'Catat kunjungan' });
  const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 30, g: 120, b: 90 } } }).png().toBuffer();
  const logVisit = async (v: { date: string; time: string; place: string; note: string; risk: string; relapseOn?: string; photo?: string; expectNext: string }, futureFirst = false) => {
    await page.getByRole('button', { name: 'Catat kunjungan' }).click();
    await expect(dialog).toBeVisible();
    // A pasung case: the follow-up indicators are switched on already.
    await expect(dialog.getByLabel('Isi indikator tindak lanjut pasung untuk kunjungan ini')).toBeChecked();
    await dialog.getByLabel('Tanggal kunjungan').fill(futureFirst ? '25-03-2026' : v.date);
    await dialog.getByLabel('Jam').fill(v.time);
    await dialog.getByLabel('Tempat').fill(v.place);
    await dialog.getByLabel('Catatan naratif').fill(v.note);
    await dialog.getByLabel('Risiko pasung ulang').selectOption({ label: v.risk });
    await dialog.getByLabel('Kepatuhan minum obat').selectOption({ label: 'Teratur' });
    if (v.relapseOn) {
      await dialog.getByLabel('Kambuh sejak kunjungan sebelumnya').check();
      await dialog.getByLabel('Tanggal kambuh').fill(v.relapseOn);
    }
    if (futureFirst) {
      // Refused by the core, shown beside the date; nothing typed is lost.
      await dialog.getByRole('button', { name: 'Simpan kunjungan' }).click();
      await expect(dialog.getByText('Waktu kunjungan tidak boleh di masa depan.')).toBeVisible();
      await expect(dialog.getByLabel('Catatan naratif')).toHaveValue(v.note);
      await dialog.getByLabel('Tanggal kunjungan').fill(v.date);
    }
    await expect(dialog.getByLabel('Kunjungan berikutnya')).toHaveValue(v.expectNext);
    if (v.photo) await dialog.getByLabel('Foto atau pindaian (opsional)').setInputFiles([{ name: v.photo, mimeType: 'image/png', buffer: png }]);
    await dialog.getByRole('button', { name: 'Simpan kunjungan' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`Kunjungan berikutnya dijadwalkan ${v.expectNext}`)).toBeVisible();
  };

  await logVisit({ date: '01-03-2026', time: '09:00', place: 'Rumah klien', note: NOTES[0], risk: 'Rendah', expectNext: '31-03-2026' }, true);
  await logVisit({ date: '05-03-2026', time: '10:30', place: 'Rumah klien', note: NOTES[1], risk: 'Sedang', expectNext: '19-03-2026' });
  await logVisit({ date: '09-03-2026', time: '14:15', place: 'Balai desa', note: NOTES[2], risk: 'Tinggi', relapseOn: '08-03-2026', photo: 'foto-kambuh.png', expectNext: '16-03-2026' });
  await expect(page.getByText('Risiko pasung ulang kasus ini:')).toContainText('Tinggi');

  // The timeline: the three visits, newest first, under their month.
  const timeline = page.getByRole('feed', { name: /Peristiwa kasus/ });
  await expect(timeline.getByRole('heading', { name: 'Maret 2026' })).toBeVisible();
  await expect(timeline.locator('.tl-kunjungan .tl-note')).toHaveText([NOTES[2], NOTES[1], NOTES[0]]);
  await expect(timeline.locator('.tl-kunjungan').first()).toContainText('Kambuh 08-03-2026');
  await expect(timeline.locator('.tl-kunjungan').first()).toContainText('1 lampiran');
  // The photo sent with the visit: its thumbnail in the timeline opens the viewer.
  await expect(timeline.getByText('Lampiran kunjungan: foto-kambuh.png')).toBeVisible();
  await timeline.getByRole('button', { name: 'Lihat foto-kambuh.png' }).click();
  await expect(page.getByRole('dialog', { name: 'foto-kambuh.png' }).getByRole('img', { name: 'Foto foto-kambuh.png' })).toBeVisible();
  await page.getByRole('button', { name: 'Tutup' }).click();
  await page.getByRole('button', { name: 'Kunjungan', exact: true }).click();
  await expect(page.getByText('3 peristiwa')).toBeVisible();
  await page.screenshot({ path: '/tmp/pendamping-casework-case.png', fullPage: true });

  // Search inside the case: matched words are marked, not HTML.
  await page.getByLabel('Cari di catatan kunjungan kasus ini').fill('kambuh');
  await expect(page.getByRole('region', { name: 'Hasil pencarian catatan kunjungan' }).locator('mark')).toHaveText(['kambuh']);

  // The Beranda lists the client at high risk and the relapse.
  await nav(page, 'Beranda').click();
  await expect(page.getByRole('region', { name: 'Risiko tinggi pasung ulang' }).getByRole('link', { name: 'Sutarman' })).toBeVisible();
  await expect(page.getByRole('region', { name: /Kambuh dan pasung ulang/ })).toContainText('Kambuh');
  await expect(page.getByRole('region', { name: /Kambuh dan pasung ulang/ }).getByRole('link', { name: 'Sutarman' })).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Menurut tahap' }).locator('svg.recharts-surface')).toBeVisible();
  await page.screenshot({ path: '/tmp/pendamping-casework-beranda.png', fullPage: true });

  // A photo on the client page; a "JPEG" that is not one is refused plainly.
  await page.goto(server.url.replace(/#.*/, `#/klien/${clientId}`));
  await expect(page.getByRole('heading', { level: 1, name: 'Sutarman' })).toBeVisible();
  await page.locator('#client-upload').setInputFiles([{ name: 'rumah-klien.png', mimeType: 'image/png', buffer: png }]);
  await expect(page.getByText('1 berkas terunggah.')).toBeVisible();
  await page.locator('#client-upload').setInputFiles([{ name: 'palsu.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('bukan gambar') }]);
  await expect(page.getByRole('alert').filter({ hasText: 'Berkas berikut ditolak' })).toContainText('palsu.jpg');
  await page.reload();
  const thumb = page.getByRole('button', { name: 'Lihat rumah-klien.png' });
  await expect(thumb.locator('img')).toBeVisible();
  await expect.poll(() => thumb.locator('img').evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(0);
  await thumb.click();
  await expect(page.getByRole('dialog', { name: 'rumah-klien.png' }).getByRole('img', { name: 'Foto rumah-klien.png' })).toBeVisible();
  await page.getByRole('button', { name: 'Tutup' }).click();
  await page.screenshot({ path: '/tmp/pendamping-casework-client.png', fullPage: true });

  // Ten days later: the planned visit of 16-03 is overdue.
  await server.stop();
  server = await startServer(dataDir, DAY2);
  await page.clock.setFixedTime(new Date(DAY2));
  await page.goto(server.url);
  await expect(followUpsLink(page)).toContainText('2');
  await followUpsLink(page).click();
  const overdue = page.getByRole('region', { name: /Terlambat/ });
  const row = overdue.getByRole('row').filter({ hasText: '16-03-2026' });
  await expect(row).toContainText('Sutarman');
  await expect(row).toContainText('terlambat 4 hari');
  await expect(row).toContainText('Tinggi');
  await page.screenshot({ path: '/tmp/pendamping-casework-follow-ups.png', fullPage: true });
  await row.getByRole('button', { name: /Tandai selesai/ }).click();
  const closeDialog = page.getByRole('dialog', { name: 'Tandai tindak lanjut selesai' });
  await closeDialog.getByLabel('Catatan').fill('Dikunjungi bersama perawat puskesmas.');
  await closeDialog.getByRole('button', { name: 'Simpan hasil' }).click();
  await expect(page.getByText('ditandai selesai')).toBeVisible();
  await expect(overdue.getByRole('row').filter({ hasText: '16-03-2026' })).toHaveCount(0);
  await expect(followUpsLink(page)).toContainText('1');
  // A coordinator's view: every worker's follow-ups (the badge stays the acting worker's).
  await page.getByLabel('Tampilkan tindak lanjut semua pekerja').check();
  await expect(page.getByText(/^Tindak lanjut semua pekerja per 20 Maret 2026/)).toBeVisible();
  await expect(overdue.getByRole('row').filter({ hasText: '19-03-2026' })).toContainText('terlambat 1 hari');
  await expect(followUpsLink(page)).toContainText('1');
});

test('the visit form speaks English too, refusals included, and is usable by keyboard', async ({ page }) => {
  test.setTimeout(240_000);
  server = await startServer(dataDir, DAY1);
  const { caseId } = await setUp(server);
  await page.clock.setFixedTime(new Date(DAY1));
  await page.goto(server.url);
  await page.goto(server.url.replace(/#.*/, `#/kasus/${caseId}`));
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByRole('button', { name: 'Log a visit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log a visit' });
  await expect(dialog.getByLabel('Type of visit')).toContainText('Home visit');
  await expect(dialog.getByLabel('Re-shackling risk')).toContainText('High');
  // Keyboard only: the type is focused first; Tab moves on to the date.
  await expect(dialog.getByLabel('Type of visit')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Date of visit')).toBeFocused();
  await page.keyboard.type('20-03-2026');
  await page.keyboard.press('Tab');
  await page.keyboard.type('08:00');
  await dialog.getByLabel('Narrative note').fill('Met the family at home.');
  await dialog.getByLabel('Re-shackling risk').selectOption('sedang');
  await expect(dialog.getByLabel('Next visit')).toHaveValue('03-04-2026');
  await dialog.screenshot({ path: '/tmp/pendamping-casework-visit-form-en.png' });
  await dialog.getByRole('button', { name: 'Save visit' }).click();
  await expect(dialog.getByText('The visit time cannot be in the future.')).toBeVisible();
  await expect(dialog.getByLabel('Date of visit')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByLabel('Narrative note')).toHaveValue('Met the family at home.');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
});

test('a long overdue list comes a page at a time: the count says how many, scrolling to its end brings the rest, closing one far down keeps the place', async ({ page }) => {
  test.setTimeout(240_000);
  server = await startServer(dataDir, DAY1);
  const { caseId } = await setUp(server);
  // 62 overdue follow-ups: more than the first page of 50.
  for (let i = 0; i < 62; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    await api(server, 'tasks:create', { caseId, kind: 'telepon', title: `Telepon keluarga ${String(i + 1).padStart(2, '0')}`, dueDate: `2026-02-${day}` });
  }
  await page.clock.setFixedTime(new Date(DAY1));
  await page.goto(server.url);
  await expect(followUpsLink(page)).toContainText('62');
  await followUpsLink(page).click();
  const overdue = page.getByRole('region', { name: /Terlambat/ });
  const rows = overdue.locator('tbody tr');
  await expect(overdue.getByRole('heading', { name: /Terlambat/ })).toContainText('62');
  await expect(rows).toHaveCount(50);
  await expect(overdue.getByRole('status')).toHaveText('Menampilkan 50 dari 62');
  // The oldest first (no risk recorded on the case): 1 February before the 28th.
  await expect(rows.first()).toContainText('01-02-2026');

  // Scrolling to the end of the list loads the next page by itself.
  const more = overdue.getByRole('button', { name: 'Tampilkan 12 lagi' });
  await more.scrollIntoViewIfNeeded();
  await expect(rows).toHaveCount(62);
  await expect(overdue.getByRole('status')).toHaveText('Menampilkan 62 dari 62');
  await expect(more).toHaveCount(0);
  await expect(rows.last()).toContainText('28-02-2026');

  // Closing the 60th: the list stays long (61 rows), not back to the first page.
  const sixtieth = rows.nth(59);
  const title = (await sixtieth.locator('td').nth(1).innerText()).split('\n')[0];
  await sixtieth.getByRole('button', { name: /Tandai selesai/ }).click();
  const closeDialog = page.getByRole('dialog', { name: 'Tandai tindak lanjut selesai' });
  await closeDialog.getByRole('button', { name: 'Simpan hasil' }).click();
  await expect(page.getByText('ditandai selesai')).toBeVisible();
  await expect(rows).toHaveCount(61);
  await expect(rows.filter({ hasText: title })).toHaveCount(0);
  await expect(overdue.getByRole('status')).toHaveText('Menampilkan 61 dari 61');
  await expect(followUpsLink(page)).toContainText('61');
});
