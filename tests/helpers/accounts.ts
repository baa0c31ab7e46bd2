import { createKeyring } from '../../electron/vault/vault';
import { keyringExists, writeKeyring } from '../../electron/vault/keyring';
import type { CoreContext } from '../../electron/core/context';
import type { ChannelInput, ChannelName, ChannelResult } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { TEST_KEY } from './temp-core';

/**
 * Accounts for tests. Argon2id at its test cost (honoured only in test runs): dozens of
 * unlocks per file stay quick. Set on import, so CLI processes spawned by a test inherit it.
 */
process.env.PENDAMPING_ARGON2_COST = 'test';
process.env.NODE_ENV = 'test';

export const TEST_LOGIN = 'admin.uji';
export const TEST_PASSPHRASE = 'kopi tubruk di pagi hari';
export const TEST_ADMIN_NAME = 'Admin Uji';

/** What a door needs to unlock a folder set up with the test account. */
export const accountEnv = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  ...process.env,
  PENDAMPING_USER: TEST_LOGIN,
  PENDAMPING_PASSPHRASE: TEST_PASSPHRASE,
  PENDAMPING_ARGON2_COST: 'test',
  NODE_ENV: 'test',
  ...extra,
});

/**
 * Gives a raw-key test folder (tempCore or openCore with TEST_KEY) what `pendamping init`
 * would: an admin worker and a keyring wrapping TEST_KEY for the test account, so the command
 * line and browser mode unlock the same store the test reads directly.
 */
export async function addTestAccount(core: {
  ctx: CoreContext;
  invoke<K extends ChannelName>(name: K, input: ChannelInput<K>): Result<ChannelResult<K>>;
}): Promise<{ workerId: string }> {
  const dir = core.ctx.storage!.dataDir;
  if (keyringExists(dir)) throw new Error('this folder already has accounts');
  const admin = core.invoke('workers:create', { name: TEST_ADMIN_NAME, role: 'admin' });
  if (!admin.ok) throw new Error(admin.error.message);
  const { keyring } = await createKeyring(TEST_KEY, { workerId: admin.value.id, login: TEST_LOGIN, passphrase: TEST_PASSPHRASE }, core.ctx.clock.now());
  writeKeyring(dir, keyring);
  return { workerId: admin.value.id };
}
