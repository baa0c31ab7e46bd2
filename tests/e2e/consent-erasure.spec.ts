import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { api, startServer, TEST_ACCOUNT, type Server } from './casework-server';
import { ANI, giveAccount, lockAndUnlockAs, openAs } from './colleague';
import { expect, test } from './fixtures';

/**
 * Issue 6, consent and erasure: a pekerja sosial records a guardian's consent with the
 * signed form (a file that is not what its name says is refused beside the field) and
 * withdraws another; the referral form offers the recorded consent; she asks for the
 * client's data to be erased; the koordinator (here the admin) approves it on Tindak Lanjut,
 * and the client is a nameless tombstone the case list still counts.
 */
const CLIENT = { name: 'Wulan Sekar Arum', sex: 'P', birthDate: '1992-04-09', nik: '3374104904920002', address: { villageCode: '33.74.10.1001' } };
const SIGNED = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

let server: Server | null = null;
let dataDir: string;
test.beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'pendamping-e2e-consent-'));
});
test.afterEach(async () => {
  await server?.stop();
  server = null;
  rmSync(dataDir, { recursive: true, force: true });
});

test('consent with its signed form, an erasure request, and the koordinator erasing the client for good', async ({ page }) => {
  test.setTimeout(180_000);
  server = await startServer(dataDir);
  const ani = await api<{ id: string }>(server, 'workers:create', { name: ANI.name, role: 'pekerja_sosial' });
  const client = (await api<{ client: { id: string } }>(server, 'clients:create', CLIENT)).client;
  const kase = await api<{ id: string; number: string; version: number }>(server, 'cases:create', { clientId: client.id, cluster: 'penyandang_disabilitas', ppksType: 'penyandang_disabilitas', openedAt: '2026-01-05', assignedWorkerId: ani.id });
  await giveAccount(server, ani.id);
  await openAs(page, server);
  const base = server.url.replace(/#.*/, '');
  await page.goto(`${base}#/klien/${client.id}`);

  // A guardian's consent to referral, first with a "PDF" that is really a PNG.
  const consents = page.getByRole('region', { name: 'Persetujuan', exact: true });
  await consents.getByRole('button', { name: 'Catat persetujuan' }).click();
  let dialog = page.getByRole('dialog', { name: 'Catat persetujuan' });
  await dialog.getByRole('combobox', { name: 'Tujuan' }).selectOption({ label: 'Rujukan ke lembaga lain' });
  await dialog.getByRole('radio', { name: 'Orang tua, wali atau keluarga' }).check();
  await dialog.getByRole('textbox', { name: 'Nama wali/keluarga' }).fill('Sukarni');
  await dialog.getByRole('textbox', { name: 'Hubungan dengan klien' }).fill('Ibu kandung');
  await dialog.getByRole('textbox', { name: 'Tanggal persetujuan' }).fill('20-11-2026');
  const evidence = dialog.getByLabel('Bukti persetujuan (formulir bertanda tangan)');
  await evidence.setInputFiles({ name: 'persetujuan.pdf', mimeType: 'application/pdf', buffer: PNG });
  await dialog.getByRole('button', { name: 'Simpan persetujuan' }).click();
  await expect(dialog.locator('#consent-evidence-error')).toContainText('isinya PNG');
  await expect(evidence).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByRole('textbox', { name: 'Nama wali/keluarga' })).toHaveValue('Sukarni');
  await evidence.setInputFiles({ name: 'persetujuan.pdf', mimeType: 'application/pdf', buffer: SIGNED });
  await dialog.getByRole('button', { name: 'Simpan persetujuan' }).click();
  await expect(consents.getByText('Persetujuan dicatat.')).toBeVisible();
  const referralRow = consents.getByRole('row').filter({ hasText: 'Rujukan ke lembaga lain' });
  await expect(referralRow).toContainText('Sukarni (Ibu kandung)');
  await expect(referralRow).toContainText('20-11-2026');
  await expect(referralRow.getByRole('button', { name: 'Lihat bukti persetujuan.pdf' })).toBeVisible();

  // Her own consent to photos, then withdrawn: it stays, marked withdrawn.
  await consents.getByRole('button', { name: 'Catat persetujuan' }).click();
  dialog = page.getByRole('dialog', { name: 'Catat persetujuan' });
  await dialog.getByRole('combobox', { name: 'Tujuan' }).selectOption({ label: 'Dokumentasi foto' });
  await dialog.getByRole('radio', { name: 'Klien sendiri' }).check();
  await dialog.getByRole('textbox', { name: 'Tanggal persetujuan' }).fill('21-11-2026');
  await dialog.getByRole('button', { name: 'Simpan persetujuan' }).click();
  await consents.getByRole('button', { name: 'Tarik persetujuan Dokumentasi foto tanggal 21-11-2026' }).click();
  dialog = page.getByRole('dialog', { name: 'Tarik persetujuan: Dokumentasi foto' });
  await dialog.getByRole('textbox', { name: 'Tanggal penarikan' }).fill('22-11-2026');
  await dialog.getByRole('textbox', { name: 'Alasan penarikan' }).fill('Tidak ingin wajahnya difoto.');
  await dialog.getByRole('button', { name: 'Tarik persetujuan' }).click();
  const photoRow = consents.getByRole('row').filter({ hasText: 'Dokumentasi foto' });
  await expect(photoRow).toContainText('Ditarik 22-11-2026');
  await expect(photoRow).toContainText('Tidak ingin wajahnya difoto.');

  // The referral form offers the recorded consent.
  await page.goto(`${base}#/kasus/${kase.id}/rujuk`);
  await expect(page.getByText('Persetujuan rujukan tercatat: Sukarni (Ibu kandung), 20-11-2026.')).toBeVisible();
  await page.getByRole('button', { name: 'Pakai persetujuan ini' }).click();
  await expect(page.getByRole('textbox', { name: /Nama pemberi persetujuan/ })).toHaveValue('Sukarni');

  // She asks for the erasure; the case is still open, which the koordinator will be told.
  await page.goto(`${base}#/klien/${client.id}`);
  await page.getByRole('button', { name: 'Minta penghapusan data' }).click();
  dialog = page.getByRole('dialog', { name: `Minta penghapusan data pribadi ${CLIENT.name}` });
  await expect(dialog).toContainText('Cadangan yang dibuat sebelum penghapusan');
  await expect(dialog).toContainText(`Kasus ${kase.number} belum ditutup`);
  await dialog.getByRole('combobox', { name: 'Alasan' }).selectOption({ label: 'Permintaan klien' });
  await dialog.getByRole('button', { name: 'Kirim permintaan' }).click();
  await expect(page.getByText('Menunggu persetujuan koordinator')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Setujui penghapusan' })).toHaveCount(0);

  // The koordinator closes the case and approves on Tindak Lanjut.
  await lockAndUnlockAs(page, TEST_ACCOUNT);
  await page.goto(base);
  await expect(page.getByRole('heading', { name: `Selamat datang, ${TEST_ACCOUNT.name}` })).toBeVisible();
  await api(server, 'cases:change-status', { id: kase.id, version: kase.version, status: 'selesai', closureReason: 'menolak_layanan', reason: 'Klien menolak layanan lanjutan.' });
  await page.goto(`${base}#/tindak-lanjut`);
  const requests = page.getByRole('region', { name: /Permintaan penghapusan data/ });
  await expect(requests.getByRole('row').filter({ hasText: CLIENT.name })).toContainText('Permintaan klien');
  await requests.getByRole('button', { name: `Setujui penghapusan data ${CLIENT.name}` }).click();
  dialog = page.getByRole('dialog', { name: `Hapus data pribadi ${CLIENT.name}?` });
  await expect(dialog).toContainText('tidak dapat dibatalkan');
  await dialog.getByRole('button', { name: 'Hapus data pribadi' }).click();
  await expect(requests.getByText(new RegExp(`Data pribadi ${CLIENT.name} dihapus`))).toBeVisible({ timeout: 60_000 });
  await expect(requests.getByText('Tidak ada permintaan yang menunggu.')).toBeVisible();

  // A tombstone: no name, the case number, who approved; nothing to edit.
  await page.goto(`${base}#/klien/${client.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Data pribadi dihapus' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Data pribadi klien ini sudah dihapus' })).toContainText(`disetujui oleh ${TEST_ACCOUNT.name}`);
  await expect(page.getByRole('link', { name: kase.number })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ubah data klien' })).toBeHidden();
  await expect(page.getByText(CLIENT.name)).toHaveCount(0);

  // The case list still counts the case, without a name; searching the name finds nothing.
  expect((await api<{ total: number }>(server, 'cases:list', {})).total).toBe(1);
  expect((await api<{ total: number }>(server, 'cases:list', { search: 'Wulan' })).total).toBe(0);
  await page.goto(`${base}#/kasus`);
  await expect(page.getByRole('row').filter({ hasText: kase.number })).toContainText('Data pribadi dihapus');
});
