import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { accountEnv, api, startServer, type Server } from './casework-server';

/**
 * Issue 6, the audit trail: what a worker did shows on the Jejak Audit screen, filtered by
 * action; "Periksa keutuhan" says the chain is whole, and names the row after someone edits
 * it directly in the data file.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'node_modules', '.bin');

let dataDir: string;
let server: Server | null = null;
test.beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'pendamping-e2e-audit-'));
});
test.afterEach(async () => {
  await server?.stop();
  server = null;
  rmSync(dataDir, { recursive: true, force: true });
});

/** Someone who can unlock the data (an account's passphrase) and has an SQLite tool: drops the guard and edits one row. */
function editRowDirectly(seq: number) {
  const script = `
    import { openEncrypted } from './electron/db/open.ts';
    import { readKeyring } from './electron/vault/keyring.ts';
    import { tryPassphrase } from './electron/vault/vault.ts';
    const dir = process.env.DATA_DIR;
    const opened = await tryPassphrase(readKeyring(dir), process.env.PENDAMPING_USER, process.env.PENDAMPING_PASSPHRASE, new Date());
    if (!opened.ok) throw new Error('not unlocked');
    const db = openEncrypted(dir + '/pendamping.db', opened.dbKey);
    db.exec('DROP TRIGGER audit_log_no_update');
    db.prepare("UPDATE audit_log SET outcome = 'galat' WHERE seq = ?").run(${seq});
    db.close();`;
  const r = spawnSync(join(bin, 'tsx'), ['--input-type=module', '-e', script], {
    cwd: root,
    env: { ...process.env, ...accountEnv, DATA_DIR: dataDir, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`editing the row failed:\n${r.stderr}`);
}

test('the trail shows what was done, filters by action, and the integrity check names an edited row', async ({ page }) => {
  const srv = (server = await startServer(dataDir));
  const worker = await api<{ id: string }>(srv, 'workers:create', { name: 'Rina Wulandari', role: 'koordinator', position: 'Koordinator' });
  await api(srv, 'session:set-worker', { workerId: worker.id });
  const client = (await api<{ client: { id: string } }>(srv, 'clients:create', { name: 'Siti Rahayu', sex: 'P', nik: '3374105203850001', birthDate: '1985-03-12' })).client;
  const kase = await api<{ id: string; number: string }>(srv, 'cases:create', { clientId: client.id, cluster: 'anak', ppksType: 'anak_terlantar', assignedWorkerId: worker.id });
  await api(srv, 'cases:get', { id: kase.id });
  await api(srv, 'exports:case-json', { caseIds: [kase.id] });

  await page.goto(srv.url);
  await expect(page.getByRole('heading', { name: 'Selamat datang, Rina Wulandari' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Jejak Audit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jejak Audit' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Baris jejak audit, terbaru di atas' });
  await expect(table.getByRole('row').nth(1)).toContainText('exports:case-json');
  const controls = page.locator('input, select, button');
  for (let i = 0, n = await controls.count(); i < n; i++) await expect(controls.nth(i), `control #${i}`).toHaveAccessibleName(/\S/);

  await page.getByLabel('Tindakan').selectOption({ label: 'Ekspor' });
  await expect(page.getByText('Menampilkan 1 baris terbaru.')).toBeVisible();
  const exported = table.getByRole('row').nth(1);
  await expect(exported).toContainText('Rina Wulandari');
  await expect(exported).toContainText(kase.number);
  await expect(exported).toContainText('Berhasil');
  // Names and NIK never enter the trail, so the screen cannot show them.
  await expect(page.getByText('Siti Rahayu')).toHaveCount(0);

  await page.getByLabel('Tindakan').selectOption({ label: 'Membuka catatan' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('row').nth(1)).toContainText('cases:get');

  await page.getByRole('button', { name: 'Periksa keutuhan' }).click();
  await expect(page.getByText(/^Jejak audit utuh: \d+ baris\.$/)).toBeVisible();

  editRowDirectly(2);
  await page.getByRole('button', { name: 'Periksa keutuhan' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'TIDAK utuh' });
  await expect(alert).toContainText('Jejak audit TIDAK utuh: 1 masalah');
  await expect(alert.getByRole('listitem')).toHaveText(['Baris 2: Diubah']);

  // In English too.
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByRole('button', { name: 'Check integrity' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'NOT intact' }).getByRole('listitem')).toHaveText(['Row 2: altered']);
});
