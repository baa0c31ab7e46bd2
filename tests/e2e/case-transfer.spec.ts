import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { expect, startAsNewWorker, test } from './fixtures';
import { api, startServer, type Server } from './casework-server';

/**
 * Issue 5: a case leaves one office as a password-sealed bundle with its photo and arrives
 * in another: a missing or wrong password is refused beside the field, the right one
 * brings in the client, the case and the attachment, and the case opens from the list.
 */
const NAME = 'Wayan Sudirgä Putra';
const PASSWORD = 'kantor-tujuan-2026';

const dirs: string[] = [];
let server: Server | null = null;
test.afterEach(async () => {
  await server?.stop();
  server = null;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const freshDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'pendamping-e2e-transfer-'));
  dirs.push(d);
  return d;
};

test('a sealed bundle exported from one office imports into another with its case and photo', async ({ page }) => {
  test.setTimeout(180_000);
  const from = freshDir();
  server = await startServer(from);
  const worker = await api<{ id: string }>(server, 'workers:create', { name: 'Rina Wulandari', role: 'pekerja_sosial', position: 'Pekerja Sosial' });
  await api(server, 'session:set-worker', { workerId: worker.id });
  const client = (await api<{ client: { id: string } }>(server, 'clients:create', { name: NAME, sex: 'L', birthDate: '1979-08-17' })).client;
  const kase = await api<{ id: string; number: string }>(server, 'cases:create', { clientId: client.id, cluster: 'penyandang_disabilitas', ppksType: 'penyandang_disabilitas', assignedWorkerId: worker.id });
  const photo = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#2a7' } }).png().toBuffer();
  await api(server, 'attachments:add', { clientId: client.id, fileName: 'rumah-klien.png', dataBase64: photo.toString('base64') });

  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'Selamat datang, Rina Wulandari' })).toBeVisible();
  await page.goto(server.url.replace(/#.*/, `#/ekspor?kasus=${kase.id}`));
  await expect(page.getByText(`Dipilih: kasus ${kase.number} — ${NAME}`)).toBeVisible();
  await page.getByRole('radio', { name: /^JSON dengan lampiran/ }).check();
  await page.getByRole('checkbox', { name: 'Kunci dengan kata sandi' }).check();
  await page.getByRole('textbox', { name: 'Kata sandi', exact: true }).fill(PASSWORD);
  await page.getByRole('textbox', { name: 'Ulangi kata sandi' }).fill(PASSWORD);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ekspor dan unduh' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^pendamping-kasus-\d{8}\.zip$/);
  const bundle = readFileSync((await download.path())!);
  expect(bundle.subarray(0, 2).toString('latin1')).toBe('PK');
  // Sealed: neither the name nor the JSON shows through the zip.
  expect(bundle.includes(Buffer.from(NAME))).toBe(false);
  await server.stop();

  const to = freshDir();
  server = await startServer(to);
  await startAsNewWorker(page, { url: server.url, dataDir: to }, 'Yohanes Kurniawan');
  await page.goto(server.url.replace(/#.*/, '#/ekspor?bagian=impor'));
  await page.getByLabel('Berkas ekspor kasus').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/zip', buffer: bundle });
  await page.getByRole('button', { name: 'Impor kasus' }).click();
  await expect(page.locator('#case-import-password-error')).toHaveText(/Kata sandi diperlukan\./);
  await expect(page.getByText('Tidak ada yang diimpor; data saat ini tidak berubah.')).toBeVisible();

  const password = page.getByRole('textbox', { name: 'Kata sandi (bila berkasnya dikunci)' });
  await password.fill('bukan-kata-sandinya');
  await page.getByRole('button', { name: 'Impor kasus' }).click();
  await expect(page.locator('#case-import-password-error')).toHaveText(/Kata sandi salah\./);

  await password.fill(PASSWORD);
  await page.getByRole('button', { name: 'Impor kasus' }).click();
  const done = page.getByRole('status').filter({ hasText: 'Impor selesai.' });
  await expect(done).toBeVisible();
  for (const line of ['1 klien', '1 kasus', '1 lampiran']) await expect(done.getByRole('listitem').filter({ hasText: new RegExp(`^${line}$`) })).toBeVisible();
  await page.screenshot({ path: '/tmp/pendamping-case-import.png', fullPage: true });

  await page.goto(server.url.replace(/#.*/, '#/kasus'));
  await page.getByRole('link', { name: kase.number }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Kasus ${kase.number}` })).toBeVisible();
  await expect(page.getByText(NAME).first()).toBeVisible();
});
