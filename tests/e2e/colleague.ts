import { expect, type Page } from '@playwright/test';
import { api, TEST_ACCOUNT, type Server } from './casework-server';

/**
 * A colleague with her own account on a casework folder (casework-server.ts): the admin
 * opens the app, then locks it and Ani unlocks it with hers, as at a shared laptop.
 */
export const ANI = { name: 'Ani Lestari', login: 'ani.lestari', passphrase: 'teh manis di sore hari' };

export interface Account {
  name: string;
  login: string;
  passphrase: string;
}

/** A worker profile's account, given by the test admin (who confirms with her passphrase). */
export async function giveAccount(server: Server, workerId: string, who: Account = ANI): Promise<void> {
  await api(server, 'accounts:create', { workerId, login: who.login, passphrase: who.passphrase, yourPassphrase: TEST_ACCOUNT.passphrase });
}

const box = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

/** Locks the app (button Kunci) and unlocks it with another account. */
export async function lockAndUnlockAs(page: Page, who: Pick<Account, 'login' | 'passphrase'>): Promise<void> {
  await page.getByRole('button', { name: 'Kunci', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Buka Pendamping' })).toBeVisible();
  await box(page, 'Nama pengguna').fill(who.login);
  await box(page, 'Frasa sandi').fill(who.passphrase);
  await box(page, 'Frasa sandi').press('Enter');
}

/** Opens the app as the test admin, then hands it to `who`: it ends on her Beranda. */
export async function openAs(page: Page, server: Server, who: Account = ANI): Promise<void> {
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: `Selamat datang, ${TEST_ACCOUNT.name}` })).toBeVisible();
  await lockAndUnlockAs(page, who);
  await expect(page.getByRole('heading', { name: `Selamat datang, ${who.name}` })).toBeVisible();
}
