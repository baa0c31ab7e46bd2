import type { SessionStatus, SetupResult } from '../../shared/contract';
import { clockFromEnv } from '../core/context';
import type { OpenedCore } from '../core/open-core';
import { openGate, type Gate } from '../core/session/gate';
import { ask, canAsk, terminal, type PromptIo } from './prompt';

/**
 * How the command line opens a data folder: like the app, through the gate. The account
 * comes from PENDAMPING_USER and PENDAMPING_PASSPHRASE (automation), or from questions on
 * the terminal (the passphrase is not echoed). A folder that is not set up yet is refused
 * with the one command that fixes it.
 */

/** A refusal the command line prints as is, with its exit code. */
export class CommandRefused extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
    this.name = 'CommandRefused';
  }
}

export const NOT_SET_UP = 'Folder data belum disiapkan. Jalankan: pendamping init';

export interface DoorEnv {
  env?: NodeJS.ProcessEnv;
  io?: PromptIo;
}

export function openCommandGate(dataDir: string, env: NodeJS.ProcessEnv = process.env): Gate {
  return openGate(dataDir, { clock: clockFromEnv(env), env, door: 'baris-perintah' });
}

/** The unlocked core for one command; closing it locks and releases the folder. */
export async function openForCommand(dataDir: string, o: DoorEnv = {}): Promise<OpenedCore & { gate: Gate }> {
  const gate = openCommandGate(dataDir, o.env);
  try {
    await unlockGate(gate, o);
  } catch (e) {
    await gate.close();
    throw e;
  }
  const core = gate.core!;
  return {
    gate,
    ctx: core.ctx,
    call: core.call,
    invoke: core.invoke,
    invokeAsync: core.invokeAsync,
    callAsync: gate.callAsync,
    get db() {
      return core.db;
    },
    close: () => gate.close(),
  };
}

export async function unlockGate(gate: Gate, { env = process.env, io = terminal() }: DoorEnv = {}): Promise<void> {
  const status = gate.status();
  if (status.state === 'unlocked') return;
  if (status.state === 'uninitialised') {
    throw new CommandRefused(
      status.existingData
        ? 'Folder data ini masih memakai berkas kunci lama dan belum punya akun. Jalankan: pendamping init (data lama tetap utuh dan dilindungi frasa sandi admin pertama).'
        : NOT_SET_UP,
    );
  }
  const fromEnv = env.PENDAMPING_USER !== undefined && env.PENDAMPING_PASSPHRASE !== undefined;
  if (!fromEnv && !canAsk(io)) {
    throw new CommandRefused('Data terkunci. Setel PENDAMPING_USER dan PENDAMPING_PASSPHRASE, atau jalankan perintah ini di terminal agar ditanya.');
  }
  // From the environment: one try (a script must not hammer the throttle). At the terminal: three.
  for (let attempt = 1; ; attempt++) {
    const login = env.PENDAMPING_USER ?? (await ask(io, 'Nama pengguna: '));
    const passphrase = env.PENDAMPING_PASSPHRASE ?? (await ask(io, 'Frasa sandi: ', { hidden: true }));
    const r = await gate.callAsync('session:unlock', { login, passphrase });
    if (r.ok) return;
    const message = r.error.fields?.[0]?.message ?? r.error.message;
    if (fromEnv || attempt >= 3 || r.error.details?.retryAfterSeconds) throw new CommandRefused(message);
    io.output.write(`${message}\n`);
  }
}

export interface InitOutcome {
  result: SetupResult;
  existingData: boolean;
  login: string;
}

/** `pendamping init`: the first admin and the recovery key, printed once. */
export async function initFolder(dataDir: string, o: DoorEnv = {}): Promise<InitOutcome> {
  const gate = openCommandGate(dataDir, o.env);
  try {
    return await setUpGate(gate, o);
  } finally {
    await gate.close();
  }
}

/** The first admin through an open gate (the command line's init, or browser mode started with the init variables). */
export async function setUpGate(gate: Gate, { env = process.env, io = terminal() }: DoorEnv = {}): Promise<InitOutcome> {
  const dataDir = gate.dataDir;
  const before: SessionStatus = gate.status();
  if (before.state !== 'uninitialised') {
    throw new CommandRefused(`Folder data ${dataDir} sudah disiapkan; admin pertama sudah ada. Tidak ada yang diubah.`);
  }
  const missing = [
    env.PENDAMPING_INIT_NAME === undefined && 'PENDAMPING_INIT_NAME',
    env.PENDAMPING_USER === undefined && 'PENDAMPING_USER',
    env.PENDAMPING_PASSPHRASE === undefined && 'PENDAMPING_PASSPHRASE',
  ].filter(Boolean);
  if (missing.length && !canAsk(io)) {
    throw new CommandRefused(`Bukan di terminal, jadi tidak dapat bertanya. Setel ${missing.join(', ')}.`, 2);
  }
  const name = env.PENDAMPING_INIT_NAME ?? (await ask(io, 'Nama lengkap admin pertama: '));
  const login = env.PENDAMPING_USER ?? (await ask(io, 'Nama pengguna (untuk membuka data): '));
  let passphrase = env.PENDAMPING_PASSPHRASE;
  while (passphrase === undefined) {
    const first = await ask(io, 'Frasa sandi (minimal 10 karakter; beberapa kata lebih mudah diingat): ', { hidden: true });
    if ((await ask(io, 'Ulangi frasa sandi: ', { hidden: true })) === first) passphrase = first;
    else io.output.write('Kedua frasa sandi tidak sama. Ulangi.\n');
  }
  const r = await gate.callAsync('session:setup', { name, login, passphrase });
  if (!r.ok) {
    const lines = [r.error.message, ...(r.error.fields ?? []).filter((f) => f.message !== r.error.message).map((f) => `  ${f.path}: ${f.message}`)];
    throw new CommandRefused(lines.join('\n'), r.error.code === 'VALIDATION' ? 2 : 1);
  }
  return { result: r.value as SetupResult, existingData: before.existingData, login: login.trim().toLowerCase() };
}

export function describeInit(dataDir: string, { result, existingData, login }: InitOutcome): string {
  const w = result.status.currentWorker;
  return [
    `Folder data siap: ${dataDir}`,
    `Admin pertama: ${w?.name ?? '?'} (nama pengguna: ${login})`,
    ...(existingData ? ['Data lama tetap utuh; kuncinya kini dilindungi frasa sandi, dan berkas kunci lama sudah dihapus.'] : []),
    '',
    'KUNCI PEMULIHAN — hanya ditampilkan sekali ini. Cetak atau tulis di kertas, simpan di tempat terkunci:',
    '',
    `    ${result.recoveryKey}`,
    '',
    'Dengan kunci ini data dapat dibuka bila semua frasa sandi terlupa; siapa pun yang memegangnya dapat membuka data.',
  ].join('\n');
}
