import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/result';
import { fileToken, recordAudit } from '../core/audit/record';
import { restoreBackup } from '../core/backups/backup';
import { readKeyringBeside } from '../core/backups/keyring-copy';
import { installRestoredBackup, unwrapKeyring, type Unwrapped } from '../core/backups/restore-new-folder';
import { clockFromEnv, type Clock } from '../core/context';
import { DB_FILE } from '../db/store';
import { keyringExists, type Keyring } from '../vault/keyring';
import { requireAdmin } from './admin-only';
import { ask, canAsk, terminal } from './prompt';
import { CommandRefused, openCommandGate, unlockGate, type DoorEnv } from './unlock';

/**
 * `pendamping restore FILE`. Into a folder that is set up: unlock, then the usual restore
 * (verified first, safety copy kept). Into a folder with no accounts and no data (a new
 * laptop after the old disk died): the keyring copy every backup leaves beside it must unwrap
 * with the worker's usual account, and the backup must open with the key it gives, before
 * both are installed (the first-run screen's `session:restore-in` does the same). Any refusal
 * leaves the folder as it was.
 */
export async function restoreCommand(dataDir: string, file: string, o: DoorEnv = {}): Promise<string> {
  if (!existsSync(file)) throw new CommandRefused(`Berkas cadangan ${file} tidak ada. Data tidak diubah.`, 2);
  if (!keyringExists(dataDir) && !existsSync(join(dataDir, DB_FILE))) return restoreIntoNewFolder(dataDir, file, o);
  const gate = openCommandGate(dataDir, o.env);
  try {
    await unlockGate(gate, o);
    const ctx = gate.core!.ctx;
    requireAdmin(ctx, 'restore');
    const r = restoreBackup(ctx, file);
    // Recorded in the restored store, which now carries the trail on.
    recordAudit(ctx, { action: 'pulihkan', channel: 'cli:restore', entity: 'store', detail: { file: fileToken(file), safetyCopy: fileToken(r.safetyCopy) } });
    return `Dipulihkan dari ${r.restoredFrom}. Data sebelumnya disimpan di ${r.safetyCopy}.`;
  } finally {
    await gate.close();
  }
}

async function restoreIntoNewFolder(dataDir: string, file: string, o: DoorEnv): Promise<string> {
  // Checked before the folder is touched (or even created).
  const copy = readKeyringBeside(file);
  const gate = openCommandGate(dataDir, o.env);
  const incoming = join(dataDir, `${DB_FILE}.pemulihan`);
  let asked = false;
  try {
    const s = gate.status();
    // A folder still on the old key file is set up by `pendamping init`: unlockGate says so.
    if (s.existingData) await unlockGate(gate, o);
    if (s.state !== 'uninitialised' || existsSync(join(dataDir, DB_FILE))) {
      throw new CommandRefused(`Folder data ${dataDir} baru saja disiapkan dari pintu lain. Ulangi pendamping restore. Tidak ada yang diubah.`);
    }
    console.error(`Folder data ${dataDir} belum disiapkan: salinan kunci akun ${copy.file} dipakai. Buka dengan akun dari laptop lama.`);
    asked = true;
    // The same checks and install as the first-run screen's (core/backups/restore-new-folder.ts).
    const clock = clockFromEnv(o.env ?? process.env);
    const unwrapped = await askUntilUnwrapped(copy.keyring, clock, o);
    rmSync(incoming, { force: true });
    copyFileSync(file, incoming);
    await installRestoredBackup(dataDir, incoming, copy.keyring, unwrapped, {
      clock,
      log: gate.log,
      channel: 'cli:restore',
      detail: { file: fileToken(file), keyring: fileToken(copy.file) },
    });
    return (
      `Dipulihkan dari ${file} ke folder data baru ${dataDir}, dengan salinan kunci akun ${copy.file}. ` +
      'Buka dengan nama pengguna dan frasa sandi yang sama seperti di laptop lama.'
    );
  } catch (e) {
    if (!asked) throw e;
    rmSync(incoming, { force: true }); // a copy that failed half-way (full disk)
    const message = (e instanceof Error ? e.message : String(e)).replace(/ Tidak ada yang ditulis\.$/, '');
    const why = `${message} Cadangan tidak dipulihkan; folder data ${dataDir} dikembalikan seperti semula.`;
    if (e instanceof CommandRefused) throw new CommandRefused(why, e.exitCode);
    throw new AppError(e instanceof AppError ? e.body.code : 'INTERNAL', why);
  } finally {
    await gate.close();
  }
}

/**
 * The account from the old laptop: PENDAMPING_USER and PENDAMPING_PASSPHRASE (one try: a
 * script must not hammer the throttle), or three tries at the terminal, as unlocking does.
 */
async function askUntilUnwrapped(keyring: Keyring, clock: Clock, { env = process.env, io = terminal() }: DoorEnv): Promise<Unwrapped> {
  const fromEnv = env.PENDAMPING_USER !== undefined && env.PENDAMPING_PASSPHRASE !== undefined;
  if (!fromEnv && !canAsk(io)) {
    throw new CommandRefused('Setel PENDAMPING_USER dan PENDAMPING_PASSPHRASE (akun dari laptop lama), atau jalankan perintah ini di terminal agar ditanya.');
  }
  for (let attempt = 1; ; attempt++) {
    const login = env.PENDAMPING_USER ?? (await ask(io, 'Nama pengguna: '));
    const passphrase = env.PENDAMPING_PASSPHRASE ?? (await ask(io, 'Frasa sandi: ', { hidden: true }));
    try {
      return await unwrapKeyring(keyring, { login, passphrase }, clock.now());
    } catch (e) {
      if (!(e instanceof AppError) || e.body.code !== 'VALIDATION') throw e;
      if (fromEnv || attempt >= 3 || e.body.details?.retryAfterSeconds) throw new CommandRefused(e.body.message);
      io.output.write(`${e.body.message}\n`);
    }
  }
}
