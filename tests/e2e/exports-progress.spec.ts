import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { api, startServer, type Server } from './casework-server';

/**
 * Issue 5: a long export shows its steps in a progress bar with a Cancel button; cancelled,
 * it says so, offers no file, and the form is ready for the next export.
 */
const CASES = 200;

let dataDir: string;
let server: Server | null = null;
test.beforeEach(() => {
  test.setTimeout(300_000);
  dataDir = mkdtempSync(join(tmpdir(), 'pendamping-e2e-export-progress-'));
});
test.afterEach(async () => {
  await server?.stop();
  server = null;
  rmSync(dataDir, { recursive: true, force: true });
});

test('printing the histories of all cases shows its progress, and Cancel stops it without a file', async ({ page }) => {
  const srv = (server = await startServer(dataDir));
  const worker = await api<{ id: string }>(srv, 'workers:create', { name: 'Rina Wulandari', role: 'pekerja_sosial' });
  await api(srv, 'session:set-worker', { workerId: worker.id });
  // Enough cases, each with a few visits, that printing their histories takes a while.
  for (let i = 0; i < CASES; i++) {
    const client = (await api<{ client: { id: string } }>(srv, 'clients:create', { name: `Klien Riwayat ${i}`, sex: i % 2 ? 'L' : 'P' })).client;
    const kase = await api<{ id: string }>(srv, 'cases:create', { clientId: client.id, cluster: 'penyandang_disabilitas', ppksType: 'penyandang_disabilitas', assignedWorkerId: worker.id });
    for (let v = 0; v < 2; v++) {
      await api(srv, 'visits:create', {
        caseId: kase.id,
        type: 'kunjungan_rumah',
        visitedAt: `2026-0${v + 1}-1${v}T09:00:00+07:00`,
        note: `Kunjungan ke-${v + 1}: keluarga mendampingi, klien minum obat teratur, rencana berikutnya dibahas bersama kader desa.`.repeat(6),
      });
    }
  }
  let downloaded = false;
  page.on('download', () => (downloaded = true));

  await page.goto(srv.url);
  await expect(page.getByRole('heading', { name: 'Selamat datang, Rina Wulandari' })).toBeVisible();
  await page.goto(srv.url.replace(/#.*/, '#/ekspor'));
  await page.getByRole('radio', { name: `Semua kasus (${CASES})` }).check();
  await page.getByRole('radio', { name: /^PDF/ }).check();
  await page.getByRole('button', { name: 'Ekspor dan unduh' }).click();

  const progress = page.getByRole('progressbar', { name: 'Kemajuan ekspor' });
  await expect(progress).toBeVisible();
  // The steps as the core reports them: gathering the cases (counted), then printing.
  await expect(page.getByText(/^Mencetak PDF…$/)).toBeVisible({ timeout: 120_000 });
  await page.screenshot({ path: '/tmp/pendamping-export-progress.png' });
  await page.getByRole('button', { name: 'Batalkan' }).click();

  await expect(page.getByText('Ekspor dibatalkan; tidak ada berkas yang dibuat.')).toBeVisible({ timeout: 30_000 });
  await expect(progress).toBeHidden();
  await expect(page.getByRole('button', { name: 'Ekspor dan unduh' })).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Ekspor dan unduh' })).toBeFocused();
  expect(downloaded).toBe(false);
});
