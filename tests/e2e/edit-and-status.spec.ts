import { expect, startAsNewWorker, test, type Page } from './fixtures';

async function registerClient(page: Page, origin: string, name: string) {
  await page.goto(`${origin}/#/klien/baru`);
  await page.getByLabel('Nama lengkap').fill(name);
  await page.getByLabel('Perempuan').check();
  await page.getByRole('button', { name: 'Daftarkan klien' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('editing a client someone else changed meanwhile is refused and keeps the edit on screen', async ({ page, app, context }) => {
  await startAsNewWorker(page, app);
  const origin = new URL(app.url).origin;
  await registerClient(page, origin, 'Wartini');
  await page.getByRole('link', { name: 'Ubah data klien' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ubah data Wartini' })).toBeVisible();
  const editUrl = page.url();

  // A second window saves first.
  const other = await context.newPage();
  await other.goto(app.url);
  await other.goto(editUrl.replace(/^[^#]*/, `${origin}/`));
  await other.getByLabel('Nomor telepon').fill('0813 1111 2222');
  await other.getByRole('button', { name: 'Simpan perubahan' }).click();
  await expect(other.getByText('Data klien tersimpan.')).toBeVisible();
  await other.close();

  await page.getByLabel('Tempat lahir').fill('Boyolali');
  await page.getByRole('button', { name: 'Simpan perubahan' }).click();
  await expect(page.getByText('Data klien sudah diubah di tempat lain sejak dibuka. Muat ulang lalu ulangi perubahan Anda.')).toBeVisible();
  await expect(page.getByLabel('Tempat lahir')).toHaveValue('Boyolali');
  await page.getByRole('link', { name: 'Lihat data terbaru' }).click();
  await expect(page.getByText('0813 1111 2222')).toBeVisible();

  await page.getByRole('link', { name: 'Ubah data klien' }).click();
  await page.getByLabel('Tempat lahir').fill('Boyolali');
  await page.getByRole('button', { name: 'Simpan perubahan' }).click();
  await expect(page.getByText('Boyolali')).toBeVisible();
  await expect(page.getByText('0813 1111 2222')).toBeVisible();
});

test('closing a case needs a closure reason, and the history says who closed it and why', async ({ page, app }) => {
  await startAsNewWorker(page, app, 'Agus Prasetyo');
  const origin = new URL(app.url).origin;
  await registerClient(page, origin, 'Sumarni');
  await page.getByRole('link', { name: 'Buka kasus baru' }).click();
  await page.getByRole('button', { name: 'Buka kasus' }).click();
  await expect(page.getByText('Pilih klaster ATENSI.')).toBeVisible();
  await page.getByLabel('Klaster ATENSI').selectOption({ label: 'Lanjut Usia' });
  await page.getByLabel('Jenis PPKS').selectOption({ label: 'Lanjut Usia Terlantar' });
  await page.getByRole('button', { name: 'Buka kasus' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Kasus / })).toBeVisible();

  await page.getByRole('button', { name: 'Ubah rincian' }).click();
  const edit = page.getByRole('dialog', { name: 'Ubah rincian' });
  await edit.getByLabel('Ringkasan').fill('Tinggal sendiri sejak suami meninggal.');
  await edit.getByRole('button', { name: 'Simpan perubahan' }).click();
  await expect(page.getByText('Rincian kasus tersimpan.')).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: 'Tinggal sendiri sejak suami meninggal.' })).toBeVisible();

  await page.getByRole('button', { name: 'Ubah status' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ubah status' });
  await dialog.getByLabel('Status baru').selectOption({ label: 'Selesai' });
  await dialog.getByRole('textbox', { name: 'Alasan' }).fill('Klien sudah kembali tinggal bersama anaknya.');
  await dialog.getByRole('button', { name: 'Simpan status' }).click();
  await expect(dialog.getByText('Alasan penutupan wajib diisi untuk status ini.')).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Alasan' })).toHaveValue('Klien sudah kembali tinggal bersama anaknya.');
  await dialog.getByLabel('Alasan penutupan').selectOption({ label: 'Tujuan Tercapai' });
  await dialog.getByRole('button', { name: 'Simpan status' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByText('Status: Aktif → Selesai')).toBeVisible();
  await expect(page.getByText('Alasan penutupan: Tujuan Tercapai')).toBeVisible();
  await expect(page.getByRole('main').getByText(/Agus Prasetyo/).first()).toBeVisible();
  // The reason shows in the history and in the timeline; the history is the one checked here.
  await expect(page.getByRole('region', { name: 'Riwayat tahap dan status' }).getByText('Klien sudah kembali tinggal bersama anaknya.')).toBeVisible();
});
