import type { Account, ChannelResult } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import type { CoreContext } from '../context';
import { fieldError, notFound } from '../errors';
import type { AsyncHandler, HandlerGroup } from '../handlers';
import type { AccountRecord, Staged, VaultPort } from '../session/vault-port';
import { getWorker } from '../workers/handlers';

/**
 * Accounts (who may unlock the data). They change only the keyring: the store is never
 * re-encrypted, so adding or removing a worker is instant and old backups keep opening.
 * Who may call them (admin) is the access policy's business; the rules here hold for anyone.
 */

function vaultOf(ctx: CoreContext): VaultPort {
  if (!ctx.vault) throw new AppError('FORBIDDEN', 'Akun hanya dapat dikelola setelah data dibuka dengan nama pengguna dan frasa sandi.');
  return ctx.vault;
}

function toAccount(ctx: CoreContext, vault: VaultPort, r: AccountRecord): Account {
  const w = getWorker(ctx, r.workerId);
  return {
    workerId: r.workerId,
    workerName: w?.name ?? '(profil tidak ditemukan)',
    role: w?.role ?? 'pekerja_sosial',
    active: w?.active ?? false,
    login: r.login,
    createdAt: r.createdAt,
    passphraseChangedAt: r.passphraseChangedAt,
    failedAttempts: r.failedAttempts,
    you: r.workerId === vault.accountWorkerId,
  };
}

/** Confirms a sensitive step with the passphrase of the account that unlocked (throttled too). */
async function confirmOwn(vault: VaultPort, passphrase: string, field: string): Promise<void> {
  const r = await vault.checkOwnPassphrase(passphrase);
  if (r.ok) return;
  throw fieldError(
    field,
    r.retryAfterSeconds ? `Terlalu banyak percobaan yang salah. Coba lagi dalam ${r.retryAfterSeconds} detik.` : 'Frasa sandi Anda salah.',
  );
}

const isActiveAdmin = (ctx: CoreContext, workerId: string) => {
  const w = getWorker(ctx, workerId);
  return !!w && w.active && w.role === 'admin';
};

/** Whether some account other than `except` still belongs to an active admin. */
export function anotherAdminAccount(ctx: CoreContext, except: string): boolean {
  return !!ctx.vault?.list().some((a) => a.workerId !== except && isActiveAdmin(ctx, a.workerId));
}

/**
 * A keyring change is worked out in `prepare` (argon2 takes a while) and written by `last`,
 * inside the call's transaction after its audit row (handlers.ts): never unrecorded.
 */
type AccountChannel = 'accounts:create' | 'accounts:remove' | 'accounts:change-passphrase' | 'accounts:new-recovery-key';
const keyringChange = <K extends AccountChannel, T extends ChannelResult<K>>(
  prepare: AsyncHandler<K, { answer: T; staged: Staged<unknown> }>['prepare'],
): AsyncHandler<K, { answer: T; staged: Staged<unknown> }> => ({
  prepare,
  run: (_ctx, p) => p.answer,
  last: (_ctx, p) => p.staged.apply(),
});

const create = keyringChange<'accounts:create', Account>(async (ctx, input) => {
  const vault = vaultOf(ctx);
  const worker = getWorker(ctx, input.workerId);
  if (!worker) throw notFound('Pekerja');
  if (!worker.active) throw fieldError('workerId', 'Profil pekerja ini nonaktif; aktifkan dulu sebelum membuat akunnya.');
  await confirmOwn(vault, input.yourPassphrase, 'yourPassphrase');
  const staged = await vault.add(input.workerId, input.login, input.passphrase);
  return { answer: toAccount(ctx, vault, staged.value), staged };
});

const remove = keyringChange<'accounts:remove', { workerId: string }>(async (ctx, { workerId }) => {
  const vault = vaultOf(ctx);
  if (!vault.list().some((a) => a.workerId === workerId)) throw notFound('Akun');
  if (workerId === vault.accountWorkerId) throw new AppError('CONFLICT', 'Akun yang sedang membuka data tidak dapat dihapus. Minta admin lain menghapusnya.');
  if (isActiveAdmin(ctx, workerId) && !anotherAdminAccount(ctx, workerId)) {
    throw new AppError('CONFLICT', 'Akun admin terakhir tidak dapat dihapus: tanpa admin, tidak ada yang dapat mengelola akun.');
  }
  return { answer: { workerId }, staged: vault.remove(workerId) };
});

const changePassphrase = keyringChange<'accounts:change-passphrase', { passphraseChangedAt: string }>(async (ctx, input) => {
  const vault = vaultOf(ctx);
  if (input.currentPassphrase === input.newPassphrase) throw fieldError('newPassphrase', 'Frasa sandi baru harus berbeda dari yang sekarang.');
  await confirmOwn(vault, input.currentPassphrase, 'currentPassphrase');
  const staged = await vault.changeOwnPassphrase(input.newPassphrase);
  return { answer: { passphraseChangedAt: staged.value.passphraseChangedAt }, staged };
});

const newRecoveryKey = keyringChange<'accounts:new-recovery-key', { recoveryKey: string }>(async (ctx, input) => {
  const vault = vaultOf(ctx);
  await confirmOwn(vault, input.yourPassphrase, 'yourPassphrase');
  const staged = await vault.newRecoveryKey();
  return { answer: { recoveryKey: staged.value }, staged };
});

export const accountHandlers: HandlerGroup = {
  'accounts:list': (ctx) => {
    const vault = vaultOf(ctx);
    return vault.list().map((r) => toAccount(ctx, vault, r));
  },
  'accounts:create': create,
  'accounts:remove': remove,
  'accounts:change-passphrase': changePassphrase,
  'accounts:new-recovery-key': newRecoveryKey,
};
