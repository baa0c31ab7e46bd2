import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { api, accountEnv, startServer, TEST_ACCOUNT, type Server } from './casework-server';
import { ANI, giveAccount, lockAndUnlockAs, openAs } from './colleague';
import { expect, test } from './fixtures';

/**
 * Issue 6, roles: a pekerja sosial unlocks with her own account, works on her case, asks
 * for its closure, is refused a colleague's case (screen and command line) and the admin's
 * settings; the admin (who has the koordinator's rights) approves the closure.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'node_modules', '.bin');

let server: Server | null = null;
let dataDir: string;
test.beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'pendamping-e2e-roles-'));
});
test.afterEach(async () => {
  await server?.stop();
  server = null;
  rmSync(dataDir, { recursive: true, force: true });
});

test('a pekerja sosial asks to close her case, is refused a colleague\'s case and the settings; the admin approves the closure', async ({ page }) => {
  test.setTimeout(180_000);
  server = await startServer(dataDir);
  const ani = await api<{ id: string }>(server, 'workers:create', { name: ANI.name, role: 'pekerja_sosial', position: 'Pekerja Sosial' });
  const budi = await api<{ id: string }>(server, 'workers:create', { name: 'Budi Santoso', role: 'pekerja_sosial' });
  const mine = (await api<{ client: { id: string } }>(server, 'clients:create', { name: 'Sutarmi', sex: 'P', birthDate: '1960-02-01' })).client;
  const hers = await api<{ id: string; number: string }>(server, 'cases:create', { clientId: mine.id, cluster: 'lanjut_usia', ppksType: 'lansia_terlantar', assignedWorkerId: ani.id });
  const other = (await api<{ client: { id: string } }>(server, 'clients:create', { name: 'Wagiman', sex: 'L' })).client;
  const budis = await api<{ id: string }>(server, 'cases:create', { clientId: other.id, cluster: 'penyandang_disabilitas', ppksType: 'penyandang_disabilitas', assignedWorkerId: budi.id });
  await giveAccount(server, ani.id);
  await openAs(page, server);

  // Her case: closing it becomes a request; she cannot decide it herself.
  const base = server.url.replace(/#.*/, '');
  await page.goto(`${base}#/kasus/${hers.id}`);
  await page.getByRole('button', { name: 'Ubah status' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Status baru').selectOption({ label: 'Selesai' });
  await dialog.getByLabel('Alasan penutupan').selectOption({ label: 'Tujuan Tercapai' });
  await dialog.getByRole('textbox', { name: 'Alasan' }).fill('Klien tinggal bersama anaknya dan terawat.');
  await expect(dialog.getByText('Penutupan kasus oleh pekerja sosial menunggu persetujuan koordinator.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Ajukan penutupan' }).click();
  await expect(page.getByText('Penutupan diajukan; menunggu persetujuan koordinator.')).toBeVisible();
  const waiting = page.getByRole('status').filter({ hasText: 'Menunggu persetujuan penutupan' });
  await expect(waiting).toContainText(`${ANI.name} mengajukan penutupan dengan status Selesai (Tujuan Tercapai)`);
  await expect(waiting.getByRole('button', { name: 'Setujui penutupan' })).toHaveCount(0);
  await expect(page.locator('.badge.status-aktif')).toBeVisible();

  // A colleague's case, opened by its address: refused, and she is told whom to ask.
  await page.goto(`${base}#/kasus/${budis.id}`);
  await expect(page.getByRole('alert')).toContainText('Akses ditolak');
  await expect(page.getByRole('alert')).toContainText('Kasus ini bukan kasus Anda; minta koordinator untuk menugaskannya kepada Anda.');
  await expect(page.getByText('Wagiman')).toHaveCount(0);

  // Settings are the admin's: shown, not changeable.
  await page.goto(`${base}#/pengaturan`);
  await expect(page.getByText('Hanya admin yang dapat mengubah bagian ini.').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Simpan pengaturan', exact: true })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Simpan pengaturan surat' })).toBeDisabled();

  // The admin sees the request on Beranda and approves it.
  await lockAndUnlockAs(page, TEST_ACCOUNT);
  await page.goto(base);
  const requests = page.getByRole('region', { name: 'Penutupan menunggu persetujuan' });
  await requests.getByRole('link', { name: 'Sutarmi' }).click();
  await page.getByRole('button', { name: 'Setujui penutupan' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Simpan keputusan' }).click();
  await expect(page.getByText('Penutupan disetujui; kasus ditutup.')).toBeVisible();
  await expect(page.locator('.badge.status-selesai')).toBeVisible();
  await expect(page.getByText('Penutupan yang diajukan disetujui koordinator')).toBeVisible();
  await server.stop();
  server = null;

  // The command line, unlocked with her account, refuses her a colleague's case too.
  const r = spawnSync(join(bin, 'tsx'), ['electron/cli/run.ts', 'call', 'cases:get', JSON.stringify({ id: budis.id }), '--data-dir', dataDir], {
    cwd: root,
    env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`, ...accountEnv, PENDAMPING_USER: ANI.login, PENDAMPING_PASSPHRASE: ANI.passphrase },
    encoding: 'utf8',
  });
  const out = JSON.parse(r.stdout) as { ok: boolean; error?: { code: string; message: string } };
  expect(r.status).toBe(1);
  expect(out.error?.code).toBe('FORBIDDEN');
  expect(out.error?.message).toContain('bukan kasus Anda');
  expect(r.stdout).not.toContain('Wagiman');
});
