import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, nav, test, type Page } from './fixtures';
import { startServer, type Server } from './casework-server';

/**
 * Issue 4, "Done means": an institution added to the directory, a referral with consent on a
 * case, its letter previewed (the sandboxed frame shows the recipient) and issued (its number
 * and archived PDF), the closed loop dikirim → diterima → selesai with an outcome, every step
 * in the case timeline; then, with the clock past the expected answer, a sent referral in
 * Tindak Lanjut. The office clock is pinned with PENDAMPING_FAKE_NOW (and the page's too).
 */
const DAY1 = '2026-04-06T09:00:00+07:00';
const DAY2 = '2026-04-11T09:00:00+07:00';
const RSJ = 'RSJ Prof. Dr. Soerojo Magelang';
const RECIPIENT = 'Direktur RSJ Prof. Dr. Soerojo Magelang';

let dataDir: string;
let server: Server | null = null;
test.beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'pendamping-e2e-referrals-'));
});
test.afterEach(async () => {
  await server?.stop();
  server = null;
  rmSync(dataDir, { recursive: true, force: true });
});

/** A channel called through the running server's browser-mode door (much quicker than a CLI process each). */
async function api<T = { id: string; version: number }>(channel: string, input: unknown): Promise<T> {
  const url = new URL(server!.url);
  const token = /token=([^&]+)/.exec(url.hash)![1];
  const response = await fetch(`${url.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(input),
  });
  const out = (await response.json()) as { ok: boolean; value: T; error?: unknown };
  if (!out.ok) throw new Error(`${channel} failed: ${JSON.stringify(out.error)}`);
  return out.value;
}

/** Starts the server with the office clock at `now`; on a fresh folder, a worker, a client and an open case assigned to that worker. */
async function start(now: string, fresh = true) {
  server = await startServer(dataDir, now);
  if (!fresh) return null;
  const worker = await api('workers:create', { name: 'Rina Wulandari', role: 'pekerja_sosial', position: 'Pekerja Sosial' });
  await api('session:set-worker', { workerId: worker.id });
  const { client } = await api<{ client: { id: string } }>('clients:create', { name: 'Sutarman', sex: 'L', birthDate: '1980-05-01', disabilities: ['mental_psikososial'] });
  const kase = await api<{ id: string; number: string }>('cases:create', {
    clientId: client.id,
    cluster: 'penyandang_disabilitas',
    ppksType: 'penyandang_disabilitas',
    assignedWorkerId: worker.id,
    openedAt: '2026-03-01',
  });
  return { clientId: client.id, caseId: kase.id, caseNumber: kase.number };
}

/** Opens the app at the server's clock, as the worker. */
async function open(page: Page, now: string) {
  await page.clock.setFixedTime(new Date(now));
  await page.goto(server!.url);
  await expect(page.getByRole('heading', { name: 'Selamat datang, Rina Wulandari' })).toBeVisible();
  return server!.url.replace(/#.*/, '');
}

/** "Tindak Lanjut" in the navigation, whose name also carries the overdue count. */
const followUpsLink = (page: Page) => page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: /^Tindak Lanjut/ });

/** Records one step of the closed loop through its dialog. */
async function step(page: Page, button: string, title: string, note: string, noteLabel: string) {
  await page.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: title });
  await dialog.getByLabel(noteLabel).fill(note);
  await dialog.getByRole('button', { name: 'Simpan status rujukan' }).click();
  await expect(dialog).toBeHidden();
}

test('directory → referral with consent → letter previewed and issued → dikirim → diterima → selesai, in the timeline; later an unanswered one in Tindak Lanjut', async ({ page }) => {
  test.setTimeout(240_000);
  const { caseId, caseNumber } = (await start(DAY1))!;
  const base = await open(page, DAY1);

  // 1. The directory: a new institution with its region and the title letters are addressed to.
  await nav(page, 'Rujukan').click();
  await page.getByRole('navigation', { name: 'Bagian rujukan' }).getByRole('link', { name: 'Direktori lembaga' }).click();
  await page.getByRole('button', { name: 'Tambah lembaga' }).click();
  const instDialog = page.getByRole('dialog', { name: 'Tambah lembaga tujuan' });
  await instDialog.getByRole('button', { name: 'Simpan lembaga' }).click();
  await expect(instDialog.getByText('Nama lembaga wajib diisi.')).toBeVisible();
  await expect(instDialog.getByText('Pilih jenis lembaga.')).toBeVisible();
  await instDialog.getByLabel('Nama lembaga').fill(RSJ);
  await instDialog.getByLabel('Jenis lembaga').selectOption({ label: 'Rumah Sakit Jiwa' });
  await instDialog.getByLabel('Jabatan penerima surat').fill(RECIPIENT);
  await instDialog.getByLabel('Alamat (jalan, nomor)').fill('Jl. Ahmad Yani No. 169');
  await instDialog.getByLabel('Provinsi').selectOption({ label: 'Jawa Tengah' });
  await instDialog.getByLabel('Kabupaten/Kota').selectOption({ label: 'Kota Magelang' });
  await instDialog.getByLabel('Kecamatan').selectOption({ index: 1 });
  await instDialog.getByLabel('Desa/Kelurahan').selectOption({ index: 1 });
  await instDialog.getByLabel('Telepon').fill('0293-363601');
  await instDialog.getByRole('button', { name: 'Simpan lembaga' }).click();
  await expect(page.getByText(`Lembaga ${RSJ} ditambahkan ke direktori.`)).toBeVisible();
  const instRow = page.getByRole('row').filter({ hasText: RSJ });
  await expect(instRow).toContainText('Rumah Sakit Jiwa');
  await expect(instRow).toContainText('Kota Magelang');
  await page.getByLabel('Cari nama, kontak atau jabatan penerima').fill('puskesmas');
  await expect(page.getByText('Tidak ada lembaga yang cocok.')).toBeVisible();
  await page.getByLabel('Cari nama, kontak atau jabatan penerima').fill('soerojo');
  await expect(instRow).toBeVisible();

  // 2. "Rujuk" on the case page: errors beside the fields, nothing typed is lost.
  await page.goto(`${base}#/kasus/${caseId}`);
  await page.getByRole('link', { name: 'Rujuk', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rujukan baru untuk Sutarman' })).toBeVisible();
  await page.getByRole('button', { name: 'Simpan draf rujukan' }).click();
  await expect(page.getByText('Pilih lembaga tujuan dari direktori.')).toBeVisible();
  await expect(page.locator('#ref-reason-error')).toHaveText(/Alasan rujukan wajib diisi\./);
  await expect(page.locator('#ref-urgency-error')).toHaveText(/Pilih tingkat urgensi\./);
  await expect(page.locator('#ref-consent-error')).toContainText('Catat persetujuan klien/wali, atau beri alasan');

  const reason = 'Gelisah dan tidak tidur tiga malam setelah putus obat; perlu evaluasi psikiatri.';
  await page.getByLabel('Cari lembaga tujuan').fill('Soerojo');
  await page.getByRole('radio', { name: new RegExp(RSJ.replace(/\./g, '\\.')) }).check();
  await expect(page.getByText(`Dipilih: ${RSJ}`)).toBeVisible();
  await page.getByLabel('Alasan rujukan').fill(reason);
  await page.getByLabel('Layanan yang diminta').fill('pemeriksaan psikiatri dan penyesuaian obat');
  await page.getByRole('radio', { name: 'Segera' }).check();
  await expect(page.getByText('Jawaban diharapkan 3 hari setelah dikirim.')).toBeVisible();
  await page.getByRole('checkbox', { name: 'KTP: Ada' }).check();
  await page.getByRole('checkbox', { name: 'Kartu Keluarga (KK): Ada' }).check();
  await page.getByRole('radio', { name: 'Persetujuan dicatat' }).check();
  await page.getByRole('radio', { name: 'Orang Tua/Wali' }).check();
  await page.getByLabel('Nama pemberi persetujuan').fill('Sumiyati');
  // A date the core refuses (in the future): shown beside the field, the rest kept.
  await page.getByLabel('Tanggal persetujuan').fill('10-04-2026');
  await page.getByRole('button', { name: 'Simpan draf rujukan' }).click();
  await expect(page.locator('#ref-consent-date-error')).toHaveText(/Tanggal persetujuan tidak boleh di masa depan\./);
  await expect(page.getByLabel('Alasan rujukan')).toHaveValue(reason);
  await expect(page.getByLabel('Nama pemberi persetujuan')).toHaveValue('Sumiyati');
  await page.getByLabel('Tanggal persetujuan').fill('05-04-2026');
  await page.screenshot({ path: '/tmp/pendamping-referral-form.png', fullPage: true });
  await page.getByRole('button', { name: 'Simpan draf rujukan' }).click();

  // 3. The referral: a draft offers only the steps the workflow allows.
  await expect(page.getByRole('heading', { level: 1, name: `Rujukan ke ${RSJ}` })).toBeVisible();
  await expect(page.getByText('Rujukan tersimpan sebagai draf.')).toBeVisible();
  const steps = page.getByRole('group', { name: 'Langkah berikutnya' });
  await expect(steps.getByRole('button')).toHaveText(['Tandai dikirim', 'Batalkan rujukan']);
  await expect(page.getByRole('button', { name: 'Tandai selesai' })).toHaveCount(0);
  await expect(page.getByText('Orang Tua/Wali: Sumiyati, 05-04-2026')).toBeVisible();

  // 4. The letter: preview in the sandboxed frame, then issue it.
  await page.getByRole('button', { name: 'Pratinjau surat' }).click();
  await expect(page.getByText('Nomor bila diterbitkan sekarang: 460/1/Dinsos/2026')).toBeVisible();
  const frame = page.frameLocator('iframe[title^="Pratinjau surat rujukan"]');
  await expect(frame.getByText(`Yth. ${RECIPIENT}`)).toBeVisible();
  await expect(frame.getByText('Nama: Sutarman')).toBeVisible();
  await expect(frame.locator('td.number')).toHaveText('460/1/Dinsos/2026');
  await expect(page.locator('iframe.letter-sheet')).toHaveAttribute('sandbox', '');
  await page.getByLabel('Ukuran kertas').selectOption({ label: 'A4 (210 × 297 mm)' });
  await page.getByLabel('Sertakan ringkasan kasus').check();
  await expect(frame.getByRole('heading', { name: 'RINGKASAN KASUS' })).toBeVisible();
  await page.locator('.letter-preview').scrollIntoViewIfNeeded();
  await page.locator('.letter-preview').screenshot({ path: '/tmp/pendamping-letter-preview.png' });
  await page.getByRole('button', { name: 'Terbitkan surat' }).click();
  const issued = page.getByRole('status').filter({ hasText: 'Surat nomor 460/1/Dinsos/2026 diterbitkan dan diarsipkan.' });
  // Printing starts a Chromium in the server: allow for a busy machine.
  await expect(issued).toBeVisible({ timeout: 90_000 });
  await expect(page.getByRole('row').filter({ hasText: '460/1/Dinsos/2026' })).toContainText('Berlaku');
  const downloading = page.waitForEvent('download');
  await issued.getByRole('link', { name: 'Unduh PDF' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Surat-460-1-Dinsos-2026.pdf');
  const pdfPath = join(dataDir, 'letter.pdf');
  await download.saveAs(pdfPath);
  expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
  const text = spawnSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).stdout;
  expect(text).toContain('460/1/Dinsos/2026');
  expect(text).toContain(RECIPIENT);
  await expect(issued.getByRole('link', { name: 'Buka PDF untuk dicetak' })).toHaveAttribute('href', /^blob:/);

  // 5. The closed loop: dikirim (answer expected 3 days later) → diterima → selesai with the outcome.
  await step(page, 'Tandai dikirim', 'Tandai rujukan dikirim', 'Diantar langsung bersama keluarga.', 'Catatan');
  await expect(page.getByText('Status rujukan menjadi Dikirim.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Status' })).toContainText('09-04-2026');
  await expect(steps.getByRole('button')).toHaveText(['Tandai diterima', 'Tandai ditolak', 'Batalkan rujukan']);
  await step(page, 'Tandai diterima', 'Tandai rujukan diterima', 'Diterima di IGD oleh perawat jaga.', 'Catatan');
  await expect(page.getByText('Status rujukan menjadi Diterima.')).toBeVisible();
  // Completing needs the outcome: refused beside the field, then recorded.
  await page.getByRole('button', { name: 'Tandai selesai' }).click();
  const done = page.getByRole('dialog', { name: 'Tandai rujukan selesai' });
  await done.getByRole('button', { name: 'Simpan status rujukan' }).click();
  await expect(done.getByText('Hasil rujukan wajib diisi.')).toBeVisible();
  const outcome = 'Dirawat lima hari, pulang dengan obat teratur dan jadwal kontrol bulanan.';
  await done.getByLabel('Hasil rujukan').fill(outcome);
  await done.getByRole('button', { name: 'Simpan status rujukan' }).click();
  await expect(page.getByText('Status rujukan menjadi Selesai.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Status' })).toContainText(outcome);
  await expect(page.getByText('Rujukan ini sudah selesai prosesnya')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Langkah berikutnya' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Riwayat rujukan' }).locator('.history-item')).toHaveCount(4);
  await page.screenshot({ path: '/tmp/pendamping-referral-page.png', fullPage: true });

  // 6. The case timeline shows each step and the letter, whose archived PDF opens from there.
  await page.getByRole('link', { name: `Buka kasus ${caseNumber}` }).click();
  await expect(page.getByRole('region', { name: 'Rujukan' }).getByRole('row').filter({ hasText: RSJ })).toContainText('Selesai');
  await page.getByRole('group', { name: 'Saring menurut jenis peristiwa' }).getByRole('button', { name: 'Rujukan', exact: true }).click();
  await page.getByRole('group', { name: 'Saring menurut jenis peristiwa' }).getByRole('button', { name: 'Surat', exact: true }).click();
  const timeline = page.getByRole('feed', { name: /Peristiwa kasus/ });
  await expect(timeline.locator('.tl-rujukan .tl-title')).toHaveText([
    `Rujukan ke ${RSJ}: Selesai`,
    `Rujukan ke ${RSJ}: Diterima`,
    `Rujukan ke ${RSJ}: Dikirim`,
    `Rujukan ke ${RSJ}: Draf`,
  ]);
  await expect(timeline.locator('.tl-rujukan').first()).toContainText(outcome);
  await expect(timeline.locator('.tl-surat')).toContainText(`Surat 460/1/Dinsos/2026 untuk ${RSJ}`);
  await page.screenshot({ path: '/tmp/pendamping-referral-timeline.png', fullPage: true });
  await timeline.getByRole('button', { name: 'Buka PDF surat 460/1/Dinsos/2026' }).click();
  const pdfDialog = page.getByRole('dialog', { name: 'Surat 460/1/Dinsos/2026' });
  await expect(pdfDialog.getByRole('link', { name: 'Buka PDF untuk dicetak' })).toHaveAttribute('href', /^blob:/);
  await expect(pdfDialog.getByRole('link', { name: 'Unduh PDF' })).toHaveAttribute('download', 'Surat-460-1-Dinsos-2026.pdf');
  await pdfDialog.getByRole('button', { name: 'Tutup' }).click();

  // 7. A second, emergency referral (no consent, with a reason) is sent and then not answered.
  await page.getByRole('link', { name: 'Rujuk', exact: true }).first().click();
  await page.getByLabel('Cari lembaga tujuan').fill('Soerojo');
  await page.getByRole('radio', { name: new RegExp(RSJ.replace(/\./g, '\\.')) }).check();
  await page.getByLabel('Alasan rujukan').fill('Kambuh berat, mengamuk; keluarga tidak dapat dihubungi.');
  await page.getByRole('radio', { name: 'Darurat' }).check();
  await page.getByRole('radio', { name: 'Tanpa persetujuan, dengan alasan' }).check();
  await page.getByLabel('Alasan tanpa persetujuan').fill('Keadaan darurat; wali sedang merantau dan belum dapat dihubungi.');
  await page.getByRole('button', { name: 'Simpan draf rujukan' }).click();
  await expect(page.getByText('Tanpa persetujuan. Alasan: Keadaan darurat')).toBeVisible();
  await step(page, 'Tandai dikirim', 'Tandai rujukan dikirim', 'Diantar ambulans puskesmas.', 'Catatan');
  await expect(page.getByRole('region', { name: 'Status' })).toContainText('07-04-2026');

  // 8. Five days later: the unanswered referral waits in Tindak Lanjut and is marked on Rujukan.
  await server!.stop();
  await start(DAY2, false);
  await open(page, DAY2);
  await followUpsLink(page).click();
  const awaiting = page.getByRole('region', { name: /Menunggu jawaban rujukan/ });
  const row = awaiting.getByRole('row').filter({ hasText: RSJ });
  await expect(row).toContainText('Sutarman');
  await expect(row).toContainText('07-04-2026');
  await expect(row).toContainText('terlambat 4 hari');
  await page.screenshot({ path: '/tmp/pendamping-referral-follow-up.png', fullPage: true });
  await row.getByRole('link', { name: RSJ }).click();
  await expect(page.getByRole('group', { name: 'Langkah berikutnya' }).getByRole('button')).toHaveText(['Tandai diterima', 'Tandai ditolak', 'Batalkan rujukan']);
  await nav(page, 'Rujukan').click();
  const waiting = page.locator('tr.awaiting');
  await expect(waiting).toHaveCount(1);
  await expect(waiting).toContainText('lewat 4 hari, belum dijawab');
  await page.screenshot({ path: '/tmp/pendamping-referrals.png', fullPage: true });
});

test('only the steps the workflow allows are offered; a letter is cancelled with its number kept; a cancelled referral offers no step and takes no letter; a refusal in English', async ({ page }) => {
  test.setTimeout(120_000);
  const { caseId } = (await start(DAY1))!;
  const inst = await api('institutions:create', { name: 'Puskesmas Magelang Selatan', type: 'puskesmas' });
  const referral = (extra: object = {}) =>
    api('referrals:create', { caseId, institutionId: inst.id, reason: 'Kontrol rutin.', urgency: 'biasa', consent: { by: 'klien', name: 'Sutarman', date: '2026-04-01' }, ...extra });
  const sent = await referral();
  await api('referrals:transition', { id: sent.id, version: sent.version, to: 'dikirim', date: '2026-04-02' });
  const letter = await api<{ id: string; number: string }>('letters:issue', { referralId: sent.id, paper: 'f4' });
  const cancelled = await referral();
  await api('referrals:transition', { id: cancelled.id, version: cancelled.version, to: 'dibatalkan', date: '2026-04-02', note: 'Klien pindah domisili.' });
  const base = await open(page, DAY1);

  await page.goto(`${base}#/rujukan/${sent.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Rujukan ke Puskesmas Magelang Selatan' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Langkah berikutnya' }).getByRole('button')).toHaveText(['Tandai diterima', 'Tandai ditolak', 'Batalkan rujukan']);
  await expect(page.getByRole('button', { name: 'Tandai selesai' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Ubah draf' })).toHaveCount(0);

  // Its letter is cancelled with a reason: the number stays, marked cancelled, also in the timeline.
  const letterRow = page.getByRole('row').filter({ hasText: letter.number });
  await letterRow.getByRole('button', { name: `Batalkan surat ${letter.number}` }).click();
  const cancelDialog = page.getByRole('dialog', { name: `Batalkan surat ${letter.number}` });
  await cancelDialog.getByRole('button', { name: 'Batalkan surat' }).click();
  await expect(cancelDialog.getByText('Alasan pembatalan wajib diisi.')).toBeVisible();
  await cancelDialog.getByLabel('Alasan pembatalan').fill('Salah alamat tujuan.');
  await cancelDialog.getByRole('button', { name: 'Batalkan surat' }).click();
  await expect(page.getByText(`Surat ${letter.number} dibatalkan.`)).toBeVisible();
  await expect(letterRow).toContainText('Dibatalkan');
  await expect(letterRow.getByRole('button', { name: `Batalkan surat ${letter.number}` })).toHaveCount(0);
  await letterRow.getByRole('button', { name: `Lihat atau unduh PDF surat ${letter.number}` }).click();
  await expect(page.getByRole('dialog', { name: `Surat ${letter.number}` }).getByRole('link', { name: 'Unduh PDF' })).toBeVisible();
  await page.getByRole('dialog', { name: `Surat ${letter.number}` }).getByRole('button', { name: 'Tutup' }).click();
  await page.goto(`${base}#/kasus/${caseId}`);
  await expect(page.getByRole('feed', { name: /Peristiwa kasus/ }).locator('.tl-surat')).toContainText('Dibatalkan: Salah alamat tujuan.');

  await page.goto(`${base}#/rujukan/${cancelled.id}`);
  await expect(page.getByRole('region', { name: 'Status' })).toContainText('Dibatalkan');
  await expect(page.getByText('Rujukan ini sudah selesai prosesnya; statusnya tidak dapat diubah lagi.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Tandai / })).toHaveCount(0);
  await expect(page.getByText('Surat hanya dapat diterbitkan untuk rujukan berstatus draf, dikirim atau diterima.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Pratinjau surat' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Riwayat rujukan' })).toContainText('Klien pindah domisili.');

  // A draft is edited in its form: the destination and typed values come back, the change is saved.
  const draft = await referral({ servicesRequested: 'kontrol gula darah', documents: [{ name: 'KTP', provided: true, attachmentId: null }] });
  await page.goto(`${base}#/rujukan/${draft.id}`);
  await page.getByRole('link', { name: 'Ubah draf' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ubah draf rujukan untuk Sutarman' })).toBeVisible();
  await expect(page.getByText('Dipilih: Puskesmas Magelang Selatan')).toBeVisible();
  await expect(page.getByLabel('Layanan yang diminta')).toHaveValue('kontrol gula darah');
  await expect(page.getByRole('checkbox', { name: 'KTP: Ada' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Persetujuan dicatat' })).toBeChecked();
  await page.getByLabel('Alasan rujukan').fill('Kontrol rutin dan pemeriksaan gula darah.');
  await page.getByRole('button', { name: 'Simpan perubahan draf' }).click();
  await expect(page.getByText('Draf rujukan tersimpan.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Rincian rujukan' })).toContainText('Kontrol rutin dan pemeriksaan gula darah.');

  // Every control of these screens has an accessible name.
  for (const path of [`#/rujukan/${sent.id}`, `#/kasus/${caseId}/rujuk`, '#/rujukan/lembaga', '#/rujukan']) {
    await page.goto(base + path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('input, select, textarea, button').first()).toBeVisible();
    const controls = page.locator('main input, main select, main textarea, main button');
    const n = await controls.count();
    for (let i = 0; i < n; i++) await expect(controls.nth(i), `${path} control #${i}`).toHaveAccessibleName(/\S/);
  }

  // In English, the steps and the letter panel speak English.
  await page.goto(`${base}#/rujukan/${sent.id}`);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('group', { name: 'Next steps' }).getByRole('button')).toHaveText(['Mark accepted', 'Mark declined', 'Cancel the referral']);
  await expect(page.getByRole('button', { name: 'Preview letter' })).toBeVisible();
  // The core's refusal, beside the field and in English: a date before the previous step.
  await page.getByRole('button', { name: 'Mark accepted' }).click();
  const accept = page.getByRole('dialog', { name: 'Mark the referral accepted' });
  await accept.getByLabel('Date').fill('01-04-2026');
  await accept.getByRole('button', { name: 'Save referral status' }).click();
  await expect(accept.locator('#step-date-error')).toHaveText(/The date is before the previous step \(2026-04-02\)\./);
  await accept.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Ganti ke Bahasa Indonesia' }).click();

  // On the Rujukan screen: under way by default; the cancelled one under its own status.
  await page.goto(`${base}#/rujukan`);
  const rows = page.getByRole('row').filter({ hasText: 'Puskesmas Magelang Selatan' });
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('Dikirim');
  await expect(rows.nth(1)).toContainText('Draf');
  await page.getByLabel('Tampilkan').selectOption({ label: 'Dibatalkan' });
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('Dibatalkan');
});

test('letter settings: an unknown placeholder and a logo that is not an image are shown beside their fields and nothing typed is lost', async ({ page }) => {
  test.setTimeout(120_000);
  await start(DAY1);
  const base = await open(page, DAY1);
  await page.goto(`${base}#/pengaturan`);
  const section = page.getByRole('region', { name: 'Surat' });
  const body = section.getByRole('textbox', { name: 'Isi surat' });
  await expect(body).toHaveValue(/Dengan hormat/);
  const typed = 'Dengan hormat,\n\nKami merujuk {klien.nama} yang gemar {klien.hobi}.';
  await body.fill(typed);
  await section.getByLabel('Baris kop').fill('PEMERINTAH KOTA MAGELANG\nDINAS SOSIAL');
  await section.getByRole('textbox', { name: 'NIP' }).fill('197801012005011003');
  await section.getByRole('button', { name: 'Simpan pengaturan surat' }).click();
  await expect(section.locator('#letter-body-error')).toContainText('Penanda {klien.hobi} tidak dikenal; yang tersedia:');
  await expect(body).toHaveValue(typed);
  await expect(section.getByRole('textbox', { name: 'NIP' })).toHaveValue('197801012005011003');
  await expect(section.getByText('Periksa isian yang ditandai')).toBeVisible();

  // A placeholder inserted from its button; then a "PNG" that is not one: refused by the core.
  await body.fill('Dengan hormat,\n\nKami merujuk ');
  await section.getByRole('button', { name: 'Sisipkan {klien.nama}' }).click();
  await expect(body).toHaveValue('Dengan hormat,\n\nKami merujuk {klien.nama}');
  await section.getByLabel('Logo (lambang daerah)').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('bukan gambar sama sekali') });
  await section.getByRole('button', { name: 'Simpan pengaturan surat' }).click();
  await expect(section.locator('#letter-logo-error')).toHaveText(/Logo bukan gambar PNG atau JPEG\./);
  await expect(body).toHaveValue('Dengan hormat,\n\nKami merujuk {klien.nama}');
  await section.getByRole('button', { name: 'Hapus logo' }).click();
  await section.getByRole('button', { name: 'Simpan pengaturan surat' }).click();
  await expect(section.getByText('Pengaturan surat tersimpan.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('region', { name: 'Surat' }).getByRole('textbox', { name: 'Isi surat' })).toHaveValue('Dengan hormat,\n\nKami merujuk {klien.nama}');
  await expect(page.getByRole('region', { name: 'Surat' }).getByLabel('Baris kop')).toHaveValue('PEMERINTAH KOTA MAGELANG\nDINAS SOSIAL');
  await page.screenshot({ path: '/tmp/pendamping-letter-settings.png', fullPage: true });
});

test('institutions from CSV: a dry run reports each bad row and imports nothing; a clean file imports all rows', async ({ page }) => {
  test.setTimeout(120_000);
  await start(DAY1);
  const base = await open(page, DAY1);
  await page.goto(`${base}#/rujukan/lembaga`);
  await page.getByRole('button', { name: 'Impor dari CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Impor lembaga dari CSV' });
  const header = 'nama,jenis,alamat,kode_desa,telepon,email,kontak,jabatan_penerima,catatan';
  await dialog.getByLabel('Berkas CSV').setInputFiles({
    name: 'lembaga.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`${header}\nPuskesmas Tegalrejo,puskesmas,Jl. Tegalrejo 1,,,,,Kepala Puskesmas Tegalrejo,\nBalai Entah,balai_antah,,,,bukan-email,,,\n`),
  });
  await expect(dialog.getByText('1 dari 2 baris siap diimpor.')).toBeVisible();
  await expect(dialog.getByText('1 baris bermasalah.')).toBeVisible();
  await expect(dialog.getByRole('row').filter({ hasText: 'Balai Entah' })).toContainText('Jenis lembaga tidak dikenal.');
  await expect(dialog.getByRole('button', { name: /^Impor \d+ lembaga$/ })).toHaveCount(0);
  await dialog.getByLabel('Berkas CSV').setInputFiles({
    name: 'lembaga.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`${header}\nPuskesmas Tegalrejo,puskesmas,Jl. Tegalrejo 1,,,,,Kepala Puskesmas Tegalrejo,\nBalai Besar Kartini,Sentra/Balai Kemensos,,,,,,,\n`),
  });
  await expect(dialog.getByText('2 dari 2 baris siap diimpor.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Impor 2 lembaga' }).click();
  await expect(page.getByText('2 lembaga diimpor ke direktori.')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Balai Besar Kartini' })).toContainText('Sentra/Balai Kemensos');
  await expect(page.getByText('2 lembaga', { exact: true })).toBeVisible();

  // Editing: an institution made inactive leaves the list unless inactive ones are shown.
  await page.getByRole('button', { name: 'Ubah Balai Besar Kartini' }).click();
  const edit = page.getByRole('dialog', { name: 'Ubah Balai Besar Kartini' });
  await edit.getByLabel('Pos-el').fill('bukan-email');
  await edit.getByRole('button', { name: 'Simpan lembaga' }).click();
  await expect(edit.locator('#inst-email-error')).toHaveText(/Alamat email tidak sah\./);
  await edit.getByLabel('Pos-el').fill('balai.kartini@kemensos.go.id');
  await edit.getByLabel('Aktif (dapat dipilih sebagai tujuan rujukan)').uncheck();
  await edit.getByRole('button', { name: 'Simpan lembaga' }).click();
  await expect(page.getByText('Data lembaga Balai Besar Kartini tersimpan.')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Balai Besar Kartini' })).toHaveCount(0);
  await page.getByLabel('Tampilkan juga yang nonaktif').check();
  await expect(page.getByRole('row').filter({ hasText: 'Balai Besar Kartini' })).toContainText('Nonaktif');
  await expect(page.getByRole('row').filter({ hasText: 'Balai Besar Kartini' })).toContainText('balai.kartini@kemensos.go.id');
});
