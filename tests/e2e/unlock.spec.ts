import { api } from './casework-server';
import { expect, nav, test, type Page, type WebApp } from './fixtures';

/**
 * Issue 6, "Unlock and accounts", through browser mode on a fresh data folder that the page
 * itself sets up (the server starts locked: no PENDAMPING_USER / PENDAMPING_PASSPHRASE).
 */
const NAME = 'Rina Wulandari';
const LOGIN = 'rina';
const PASSPHRASE = 'kopi tubruk di teras pagi';

/** A text or passphrase box by its exact name (a required field's label ends in an aria-hidden "*"). */
const box = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

/** The recovery key as shown: five groups of five. */
async function shownRecoveryKey(page: Page): Promise<string> {
  const groups = await page.getByTestId('recovery-key').locator('.recovery-group').allTextContents();
  expect(groups).toHaveLength(5);
  for (const g of groups) expect(g).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}$/);
  return groups.join('-');
}

/** First start: the setup screen, then the recovery key once; returns the key. */
async function setUp(page: Page, app: WebApp): Promise<string> {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Selamat datang di Pendamping' })).toBeVisible();
  await expect(box(page, 'Nama')).toBeFocused();
  await box(page, 'Nama').fill(NAME);
  await box(page, 'Jabatan').fill('Pekerja Sosial Ahli Pertama');
  await box(page, 'Nama pengguna').fill(LOGIN);
  await box(page, 'Frasa sandi').fill(PASSPHRASE);
  await box(page, 'Ulangi frasa sandi').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Buat akun dan mulai' }).click();
  await expect(page.getByRole('heading', { name: 'Kunci pemulihan', exact: true })).toBeVisible({ timeout: 30_000 });
  return shownRecoveryKey(page);
}

/** Ticks "kept" and goes on to the app. */
async function keepKeyAndContinue(page: Page): Promise<void> {
  await page.getByLabel('Saya sudah mencetak atau mencatat kunci ini').check();
  await page.getByRole('button', { name: 'Lanjutkan' }).click();
  await expect(page.getByRole('banner')).toContainText(NAME);
}

async function unlock(page: Page, passphrase: string): Promise<void> {
  await box(page, 'Nama pengguna').fill(LOGIN);
  await box(page, 'Frasa sandi').fill(passphrase);
  await box(page, 'Frasa sandi').press('Enter');
}

test('first start sets up an admin and shows the recovery key once; lock, a wrong passphrase, unlock — the typed client form comes back and the data is there', async ({ page, app }) => {
  test.setTimeout(180_000);
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Selamat datang di Pendamping' })).toBeVisible();
  // A fresh folder: nothing old to protect, so no such notice.
  await expect(page.getByText('Data lama di folder ini akan dilindungi oleh akun ini.')).toHaveCount(0);

  // Mistakes are shown beside their fields and nothing typed is lost.
  await box(page, 'Nama').fill(NAME);
  await box(page, 'Nama pengguna').fill(LOGIN);
  await box(page, 'Frasa sandi').fill('pendek');
  await expect(page.getByText('Terlalu pendek: minimal 10 karakter (sekarang 6).')).toBeVisible();
  await box(page, 'Ulangi frasa sandi').fill('lain sekali');
  await page.getByRole('button', { name: 'Buat akun dan mulai' }).click();
  await expect(page.getByText('Frasa sandi minimal 10 karakter (beberapa kata lebih mudah diingat).')).toBeVisible();
  await expect(page.getByText('Kedua frasa sandi tidak sama.')).toBeVisible();
  await expect(box(page, 'Nama')).toHaveValue(NAME);
  await expect(box(page, 'Nama pengguna')).toHaveValue(LOGIN);

  // A long phrase of plain words is welcomed, never refused for lacking symbols.
  await box(page, 'Frasa sandi').fill(PASSPHRASE);
  await expect(page.getByText('Kuat: panjang dan terdiri dari beberapa kata.')).toBeVisible();
  await box(page, 'Ulangi frasa sandi').fill(PASSPHRASE);
  // The show/hide toggle is a named button that changes the field.
  await page.getByRole('button', { name: 'Tampilkan Frasa sandi', exact: true }).click();
  await expect(box(page, 'Frasa sandi')).toHaveAttribute('type', 'text');
  await page.getByRole('button', { name: 'Buat akun dan mulai' }).click();

  // The recovery key, once: five groups, printable alone, kept before going on.
  await expect(page.getByRole('heading', { name: 'Kunci pemulihan', exact: true })).toBeVisible({ timeout: 30_000 });
  const key = await shownRecoveryKey(page);
  await page.getByRole('button', { name: 'Lanjutkan' }).click();
  await expect(page.getByText('Centang dulu bahwa kunci sudah dicetak atau dicatat.')).toBeVisible();
  await expect(page.getByLabel('Saya sudah mencetak atau mencatat kunci ini')).toBeFocused();
  await page.emulateMedia({ media: 'print' });
  const sheet = page.locator('.recovery-sheet');
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText(key);
  await expect(sheet).toContainText('Kantor');
  await expect(page.getByRole('button', { name: 'Cetak' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(sheet).toBeHidden();
  await keepKeyAndContinue(page);
  await expect(page.getByRole('banner')).toContainText('Admin');

  // A client form half filled in, then Ctrl+L.
  await nav(page, 'Klien & Kasus').click();
  await page.getByRole('link', { name: 'Daftarkan klien' }).click();
  await page.getByLabel('Nama lengkap').fill('Siti Aminah Rahayu');
  await page.getByLabel('Tempat lahir').fill('Semarang');
  await page.keyboard.press('Control+l');
  await expect(page.getByRole('heading', { name: 'Buka Pendamping' })).toBeVisible();
  await expect(page.getByText('Isian yang belum tersimpan akan muncul lagi setelah Anda membuka kunci.')).toBeVisible();
  await expect(page.getByText('Siti Aminah Rahayu')).toHaveCount(0);
  // Locked for real: the bridge refuses data calls, not just the screen.
  const refused = await page.evaluate(async () => {
    const token = sessionStorage.getItem('pendamping.token');
    const r = await fetch('/api/cases:list', { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: '{}' });
    return ((await r.json()) as { error?: { code: string } }).error?.code;
  });
  expect(refused).toBe('LOCKED');

  // The login is filled in from before; the passphrase has the focus.
  await expect(box(page, 'Nama pengguna')).toHaveValue(LOGIN);
  await expect(box(page, 'Frasa sandi')).toBeFocused();
  await unlock(page, 'kopi susu di teras sore');
  const passphraseError = page.locator('#unlock-passphrase-error');
  await expect(passphraseError).toHaveText(/Nama pengguna atau frasa sandi salah\./);
  await expect(box(page, 'Frasa sandi')).toHaveAttribute('aria-describedby', /unlock-passphrase-error/);

  // More wrong tries: the core makes the account wait; the button is disabled and counts down.
  for (let i = 0; i < 10; i++) {
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/session:unlock'));
    await unlock(page, `salah lagi ${i}`);
    const body = (await (await answer).json()) as { error?: { details?: { retryAfterSeconds?: string } } };
    if (body.error?.details?.retryAfterSeconds) break;
  }
  const openButton = page.getByRole('button', { name: 'Buka', exact: true });
  await expect(page.getByRole('timer')).toHaveText(/^Terlalu banyak percobaan\. Coba lagi dalam \d+ detik\.$/);
  await expect(openButton).toBeDisabled();
  await expect(passphraseError).toHaveCount(0);
  await expect(openButton).toBeEnabled({ timeout: 30_000 });
  await expect(page.getByRole('timer')).toHaveCount(0);
  await expect(box(page, 'Nama pengguna')).toHaveValue(LOGIN);

  await unlock(page, PASSPHRASE);
  await expect(page.getByRole('heading', { name: 'Pendaftaran klien' })).toBeVisible();
  await expect(page.getByLabel('Nama lengkap')).toHaveValue('Siti Aminah Rahayu');
  await expect(page.getByLabel('Tempat lahir')).toHaveValue('Semarang');

  await page.getByLabel('Perempuan').check();
  await page.getByRole('button', { name: 'Daftarkan klien' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Siti Aminah Rahayu' })).toBeVisible();

  // Lock with the button this time; after the unlock the same page reads the data again.
  await page.getByRole('button', { name: 'Kunci', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Buka Pendamping' })).toBeVisible();
  await expect(page.getByText('Isian yang belum tersimpan')).toHaveCount(0);
  await unlock(page, PASSPHRASE);
  await expect(page.getByRole('heading', { level: 1, name: 'Siti Aminah Rahayu' })).toBeVisible();
  await expect(page.getByText('Semarang')).toBeVisible();
});

test('forgotten passphrase: the printed recovery key (typed loosely) sets a new passphrase and gives a new key once; the old key stops working', async ({ page, app }) => {
  test.setTimeout(180_000);
  const key = await setUp(page, app);
  await keepKeyAndContinue(page);
  await page.getByRole('button', { name: 'Kunci', exact: true }).click();

  await page.getByRole('button', { name: 'Lupa frasa sandi?' }).click();
  await expect(page.getByRole('heading', { name: 'Pulihkan dengan kunci pemulihan' })).toBeVisible();
  await expect(box(page, 'Kunci pemulihan')).toBeFocused();
  const NEW = 'hujan deras sore di Tembalang';
  // A wrong key is named beside its field; the rest of the form stays.
  await box(page, 'Kunci pemulihan').fill('00000-00000-00000-00000-00000');
  await box(page, 'Nama pengguna').fill(LOGIN);
  await box(page, 'Frasa sandi baru').fill(NEW);
  await box(page, 'Ulangi frasa sandi baru').fill(NEW);
  await page.getByRole('button', { name: 'Pulihkan dan buka' }).click();
  await expect(page.locator('#recover-key-error')).toContainText('Kunci pemulihan salah.');
  await expect(box(page, 'Frasa sandi baru')).toHaveValue(NEW);

  // As someone copies it from paper: lower case, spaces instead of dashes.
  await box(page, 'Kunci pemulihan').fill(key.toLowerCase().replace(/-/g, ' '));
  await page.getByRole('button', { name: 'Pulihkan dan buka' }).click();
  await expect(page.getByRole('heading', { name: 'Kunci pemulihan', exact: true })).toBeVisible({ timeout: 30_000 });
  const fresh = await shownRecoveryKey(page);
  expect(fresh).not.toBe(key);
  await keepKeyAndContinue(page);

  // The new passphrase opens; the old one and the used key do not.
  await page.getByRole('button', { name: 'Kunci', exact: true }).click();
  await unlock(page, PASSPHRASE);
  await expect(page.locator('#unlock-passphrase-error')).toHaveText(/Nama pengguna atau frasa sandi salah\./);
  await page.getByRole('button', { name: 'Lupa frasa sandi?' }).click();
  await box(page, 'Kunci pemulihan').fill(key);
  await box(page, 'Nama pengguna').fill(LOGIN);
  await box(page, 'Frasa sandi baru').fill('apa saja yang panjang');
  await box(page, 'Ulangi frasa sandi baru').fill('apa saja yang panjang');
  await page.getByRole('button', { name: 'Pulihkan dan buka' }).click();
  await expect(page.locator('#recover-key-error')).toContainText('Kunci pemulihan salah.');
  await page.getByRole('button', { name: 'Kembali ke layar masuk' }).click();
  await unlock(page, NEW);
  await expect(page.getByRole('banner')).toContainText(NAME);
});

test('idle lock after the auto-lock minutes, and a save answered LOCKED: the open visit note comes back after each unlock and is saved', async ({ page, app }) => {
  test.setTimeout(180_000);
  await page.clock.install();
  await setUp(page, app);
  await keepKeyAndContinue(page);

  // Settings → Akun & keamanan: the admin sees the accounts and sets one minute.
  await nav(page, 'Pengaturan').click();
  const section = page.getByRole('region', { name: 'Akun & keamanan' });
  await expect(section.getByRole('row').filter({ hasText: NAME })).toContainText(LOGIN);
  await expect(section.getByRole('row').filter({ hasText: NAME })).toContainText('Anda');
  await section.getByLabel('Kunci otomatis setelah (menit)').fill('1');
  await section.getByRole('button', { name: 'Simpan', exact: true }).click();
  await expect(section.getByText('Kunci otomatis: 1 menit.')).toBeVisible();

  const client = (await api<{ client: { id: string } }>({ url: app.url, stop: async () => {} }, 'clients:create', { name: 'Sutarman', sex: 'L', birthDate: '1980-05-01' })).client;
  const kase = await api<{ id: string }>({ url: app.url, stop: async () => {} }, 'cases:create', { clientId: client.id, cluster: 'penyandang_disabilitas', ppksType: 'penyandang_disabilitas' });
  await page.evaluate((id) => (window.location.hash = `#/kasus/${id}`), kase.id);
  await expect(page.getByRole('heading', { level: 1, name: /^Kasus / })).toBeVisible();

  await page.getByRole('button', { name: 'Catat kunjungan' }).click();
  const dialog = page.getByRole('dialog', { name: 'Catat kunjungan' });
  const NOTE = 'Klien tenang, minum obat teratur; keluarga minta kunjungan berikutnya pagi hari.';
  await dialog.getByLabel('Tempat').fill('Rumah keluarga');
  await dialog.getByLabel('Catatan naratif').fill(NOTE);

  // A minute and more without a key or the mouse.
  await page.clock.fastForward('01:10');
  await expect(page.getByRole('heading', { name: 'Buka Pendamping' })).toBeVisible();
  await expect(page.getByText('Pendamping terkunci otomatis karena lama tidak digunakan.')).toBeVisible();
  await expect(page.getByText(NOTE)).toHaveCount(0);

  await unlock(page, PASSPHRASE);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Catatan naratif')).toHaveValue(NOTE);
  await expect(dialog.getByLabel('Tempat')).toHaveValue('Rumah keluarga');

  // Locked from elsewhere (another window): the save answers LOCKED, the app goes to the lock
  // screen, and the note is still there after the unlock.
  await api({ url: app.url, stop: async () => {} }, 'session:lock', {});
  await dialog.getByLabel('Catatan naratif').press('End');
  await dialog.getByLabel('Catatan naratif').pressSequentially(' Dicatat ulang.');
  await dialog.getByRole('button', { name: 'Simpan kunjungan' }).click();
  await expect(page.getByRole('heading', { name: 'Buka Pendamping' })).toBeVisible();
  await unlock(page, PASSPHRASE);
  await expect(dialog.getByLabel('Catatan naratif')).toHaveValue(`${NOTE} Dicatat ulang.`);
  await dialog.getByRole('button', { name: 'Simpan kunjungan' }).click();
  await expect(page.getByText('Kunjungan tersimpan.')).toBeVisible();
  await expect(page.getByText(`${NOTE} Dicatat ulang.`).first()).toBeVisible();
});

test('Akun & keamanan: an admin gives a colleague an account, is refused removing her own, changes her passphrase and makes a new recovery key; the colleague signs in without the admin\'s draft', async ({ page, app }) => {
  test.setTimeout(180_000);
  await setUp(page, app);
  await keepKeyAndContinue(page);
  await nav(page, 'Pengaturan').click();
  await page.getByRole('button', { name: 'Tambah pekerja' }).click();
  await page.getByRole('textbox', { name: 'Nama', exact: true }).fill('Budi Santoso');
  await page.getByRole('button', { name: 'Simpan pekerja' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Budi Santoso' }).first()).toContainText('Pekerja Sosial');

  const section = page.getByRole('region', { name: 'Akun & keamanan' });
  await section.getByRole('button', { name: 'Tambah akun' }).click();
  const form = section.getByRole('form', { name: 'Akun untuk pekerja yang sudah ada' });
  await expect(form.getByLabel('Pekerja')).toBeFocused();
  await expect(form.getByLabel('Pekerja').locator('option:checked')).toHaveText('Budi Santoso');
  const formBox = (name: string) => form.getByRole('textbox', { name, exact: true });
  await formBox('Nama pengguna').fill('budi');
  await formBox('Frasa sandi pertama').fill('sepeda tua ke pasar pagi');
  await formBox('Frasa sandi Anda (admin)').fill('bukan frasa sandi saya');
  await form.getByRole('button', { name: 'Buat akun' }).click();
  await expect(page.locator('#account-your-passphrase-error')).toHaveText(/Frasa sandi Anda salah\./);
  await expect(formBox('Nama pengguna')).toHaveValue('budi');
  await formBox('Frasa sandi Anda (admin)').fill(PASSPHRASE);
  await form.getByRole('button', { name: 'Buat akun' }).click();
  await expect(section.getByText('Akun budi untuk Budi Santoso dibuat.')).toBeVisible();
  const budiRow = section.getByRole('row').filter({ hasText: 'Budi Santoso' });
  await expect(budiRow).toContainText('budi');
  await expect(budiRow).toContainText('Pekerja Sosial');

  // The core's refusal shows in the confirmation; nothing is removed.
  await section.getByRole('button', { name: `Hapus akun ${NAME}` }).click();
  const confirm = page.getByRole('dialog', { name: `Hapus akun ${NAME}?` });
  await confirm.getByRole('button', { name: 'Ya, hapus akun' }).click();
  await expect(confirm.getByRole('alert')).toContainText('Akun yang sedang membuka data tidak dapat dihapus.');
  await confirm.getByRole('button', { name: 'Batal' }).click();
  await expect(section.getByRole('row').filter({ hasText: NAME })).toBeVisible();

  const CHANGED = 'teh manis di sore hari';
  await box(page, 'Frasa sandi sekarang').fill(PASSPHRASE);
  await box(page, 'Frasa sandi baru').fill(CHANGED);
  await box(page, 'Ulangi frasa sandi baru').fill(CHANGED);
  await section.getByRole('button', { name: 'Ganti frasa sandi' }).click();
  await expect(section.getByText('Frasa sandi Anda sudah diganti.')).toBeVisible();

  await page.locator('#recovery-your-passphrase').fill(CHANGED);
  await section.getByRole('button', { name: 'Buat kunci pemulihan baru' }).click();
  await expect(section.getByRole('heading', { name: 'Kunci pemulihan', exact: true })).toBeVisible();
  await expect(section.getByTestId('recovery-key').locator('.recovery-group')).toHaveCount(5);
  await section.getByLabel('Saya sudah mencetak atau mencatat kunci ini').check();
  await section.getByRole('button', { name: 'Selesai' }).click();
  await expect(section.getByTestId('recovery-key')).toHaveCount(0);

  // Rina leaves a half-typed client form and locks; Budi signs in and does not get it.
  await nav(page, 'Klien & Kasus').click();
  await page.getByRole('link', { name: 'Daftarkan klien' }).click();
  await page.getByLabel('Nama lengkap').fill('Sutarman');
  await page.getByRole('button', { name: 'Kunci', exact: true }).click();
  await box(page, 'Nama pengguna').fill('budi');
  await box(page, 'Frasa sandi').fill('sepeda tua ke pasar pagi');
  await box(page, 'Frasa sandi').press('Enter');
  await expect(page.getByRole('heading', { name: 'Pendaftaran klien' })).toBeVisible();
  await expect(page.getByLabel('Nama lengkap')).toHaveValue('');
  await expect(page.getByRole('banner')).toContainText('Budi Santoso');
  await expect(page.getByRole('banner')).toContainText('Pekerja Sosial');
  await expect(page.getByLabel('Pekerja aktif')).toHaveCount(0);
  await nav(page, 'Pengaturan').click();
  await expect(section.getByText('Pendamping terkunci sendiri setelah 10 menit tanpa aktivitas. Hanya admin yang dapat mengubahnya.')).toBeVisible();
  await expect(section.getByRole('table')).toHaveCount(0);

  // In English, the lock screen and the core's refusal too.
  await page.keyboard.press('Control+l');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { name: 'Open Pendamping' })).toBeVisible();
  await box(page, 'Login name').fill(LOGIN);
  await box(page, 'Passphrase').fill(PASSPHRASE);
  await box(page, 'Passphrase').press('Enter');
  await expect(page.locator('#unlock-passphrase-error')).toHaveText(/Wrong login name or passphrase\./);
  await box(page, 'Passphrase').fill(CHANGED);
  await box(page, 'Passphrase').press('Enter');
  await expect(page.getByRole('banner')).toContainText(NAME);
  await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();
});
