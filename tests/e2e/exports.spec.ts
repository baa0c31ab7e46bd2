import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from './fixtures';
import { api, startServer, type Server } from './casework-server';

/**
 * Issue 5, exports from the Ekspor screen: a case as CSV with chosen columns (headers and
 * Indonesian characters intact), a de-identified JSON without the client's name or NIK,
 * and a password that is too short or repeated wrongly, refused beside its field.
 */
const NAME = 'Ni Luh Désy Nur’aini';
const NIK = '3374015203850002';

let dataDir: string;
let server: Server | null = null;
test.beforeEach(() => {
  // Exports render in Chromium and zip in memory: room for a busy machine.
  test.setTimeout(120_000);
  dataDir = mkdtempSync(join(tmpdir(), 'pendamping-e2e-exports-'));
});
test.afterEach(async () => {
  await server?.stop();
  server = null;
  rmSync(dataDir, { recursive: true, force: true });
});

/** A server with a worker and one client whose case summary names her, set up through its HTTP bridge. */
async function setUp(): Promise<{ srv: Server; caseId: string; number: string }> {
  const srv = (server = await startServer(dataDir));
  const worker = await api<{ id: string }>(srv, 'workers:create', { name: 'Rina Wulandari', role: 'pekerja_sosial', position: 'Pekerja Sosial' });
  await api(srv, 'session:set-worker', { workerId: worker.id });
  const client = (await api<{ client: { id: string } }>(srv, 'clients:create', { name: NAME, sex: 'P', nik: NIK, birthDate: '1985-03-12', phone: '0812-3456-7890' })).client;
  const kase = await api<{ id: string; number: string }>(srv, 'cases:create', {
    clientId: client.id,
    cluster: 'penyandang_disabilitas',
    ppksType: 'penyandang_disabilitas',
    assignedWorkerId: worker.id,
    summary: `Ibu ${NAME} (NIK ${NIK}, HP 0812-3456-7890) tinggal bersama kakaknya.`,
  });
  return { srv, caseId: kase.id, number: kase.number };
}

async function openCase(page: Page, srv: Server, caseId: string) {
  await page.goto(srv.url);
  await expect(page.getByRole('heading', { name: 'Selamat datang, Rina Wulandari' })).toBeVisible();
  await page.goto(srv.url.replace(/#.*/, `#/kasus/${caseId}`));
  await expect(page.getByRole('heading', { level: 1, name: /^Kasus / })).toBeVisible();
}

async function download(page: Page): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ekspor dan unduh' }).click()]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

test('a case exported as CSV from its page has the chosen columns and the client’s name intact', async ({ page }) => {
  const { srv, caseId, number } = await setUp();
  await openCase(page, srv, caseId);

  await page.getByRole('link', { name: 'Ekspor kasus ini' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ekspor, impor & cadangan' })).toBeVisible();
  await expect(page.getByText(`Dipilih: kasus ${number} — ${NAME}`)).toBeVisible();

  await page.getByRole('radio', { name: /^CSV/ }).check();
  await page.getByLabel('Tabel', { exact: true }).selectOption({ label: 'Kasus' });
  await page.getByRole('button', { name: 'Kosongkan' }).click();
  await page.getByRole('button', { name: 'Ekspor dan unduh' }).click();
  await expect(page.getByText('Pilih minimal satu kolom.')).toBeVisible();

  for (const column of ['Nomor Kasus', 'Nama Klien', 'Tahap']) await page.getByRole('checkbox', { name: column, exact: true }).check();
  const { name, text } = await download(page);
  expect(name).toMatch(/^pendamping-cases-\d{8}\.csv$/);
  const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines[0]).toBe('Nomor Kasus,Nama Klien,Tahap');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toBe(`${number},${NAME},Pendekatan Awal`);
  await expect(page.getByText(/^Berkas pendamping-cases-\d{8}\.csv \(.+\) siap\.$/)).toBeVisible();
  await page.screenshot({ path: '/tmp/pendamping-export-csv.png', fullPage: true });
});

test('a de-identified JSON export holds none of the client’s name, NIK or phone, and says so', async ({ page }) => {
  const { srv, caseId } = await setUp();
  await openCase(page, srv, caseId);
  await page.goto(srv.url.replace(/#.*/, `#/ekspor?kasus=${caseId}`));
  await expect(page.getByText(/^Dipilih: kasus /)).toBeVisible();

  await page.getByRole('radio', { name: /^JSON lengkap/ }).check();
  await page.getByRole('checkbox', { name: 'Anonimkan (de-identifikasi)' }).check();
  const { name, text } = await download(page);
  expect(name).toMatch(/^pendamping-kasus-anonim-\d{8}\.json$/);
  const doc = JSON.parse(text) as { deidentified: boolean; tables: { cases: { summary: string }[] } };
  expect(doc.deidentified).toBe(true);
  for (const secret of [NAME, 'Désy', 'Nur’aini', NIK, '081234567890', '0812-3456-7890']) expect(text).not.toContain(secret);
  expect(doc.tables.cases[0].summary).toContain('[NAMA]');
});

test('a sealed export refuses a short or mistyped password beside the field, keeping the choices', async ({ page }) => {
  const { srv, caseId } = await setUp();
  await openCase(page, srv, caseId);
  await page.goto(srv.url.replace(/#.*/, `#/ekspor?kasus=${caseId}`));
  await expect(page.getByText(/^Dipilih: kasus /)).toBeVisible();

  await page.getByRole('radio', { name: /^XLSX/ }).check();
  await page.getByRole('checkbox', { name: 'Kunci dengan kata sandi' }).check();
  await page.getByRole('textbox', { name: 'Kata sandi', exact: true }).fill('pendek');
  await page.getByRole('button', { name: 'Ekspor dan unduh' }).click();
  await expect(page.locator('#export-password-error')).toHaveText(/Kata sandi minimal 8 karakter\./);
  await expect(page.getByRole('textbox', { name: 'Kata sandi', exact: true })).toBeFocused();

  await page.getByRole('textbox', { name: 'Kata sandi', exact: true }).fill('rahasia-kantor-2026');
  await page.getByLabel('Ulangi kata sandi').fill('rahasia-kantor-2025');
  await page.getByRole('button', { name: 'Ekspor dan unduh' }).click();
  await expect(page.locator('#export-password-confirm-error')).toHaveText(/Kedua kata sandi tidak sama\./);
  await expect(page.getByRole('radio', { name: /^XLSX/ })).toBeChecked();

  await page.getByLabel('Ulangi kata sandi').fill('rahasia-kantor-2026');
  const { name, text } = await download(page);
  expect(name).toMatch(/^pendamping-cases-\d{8}\.xlsx\.zip$/);
  expect(text.startsWith('PK')).toBe(true);
  await expect(page.getByRole('textbox', { name: 'Kata sandi', exact: true })).toHaveValue('');
});

test('the cases filtered in the case list export as they are shown', async ({ page }) => {
  const { srv, number } = await setUp();
  const other = (await api<{ client: { id: string } }>(srv, 'clients:create', { name: 'Bambang Sutrisno', sex: 'L' })).client;
  await api(srv, 'cases:create', { clientId: other.id, cluster: 'penyandang_disabilitas', ppksType: 'penyandang_disabilitas' });
  await page.goto(srv.url);
  await expect(page.getByRole('heading', { name: 'Selamat datang, Rina Wulandari' })).toBeVisible();
  await page.goto(srv.url.replace(/#.*/, '#/kasus'));
  await page.getByRole('searchbox', { name: 'Cari nama, NIK atau nomor kasus' }).fill('Désy');
  await expect(page.getByText('1 kasus', { exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'Ekspor hasil ini' }).click();
  const scope = page.getByRole('radio', { name: 'Kasus hasil saringan di Klien & Kasus (1)' });
  await expect(scope).toBeChecked();
  await expect(page.getByText('Saringan yang sedang dipakai: pencarian “Désy”.')).toBeVisible();
  await page.getByRole('radio', { name: /^CSV/ }).check();
  const { text } = await download(page);
  const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(number);
  expect(lines[1]).toContain(NAME);
});
