import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_MOVE_IN_BYTES, type SessionStatus } from '../../../shared/contract';
import { AppError, type FieldError } from '../../../shared/result';
import { writeKeyFile } from '../../db/key-file';
import { DB_FILE } from '../../db/store';
import { keyringExists } from '../../vault/keyring';
import { moveIn } from '../backups/move';

const NOT_A_BUNDLE = 'Berkas ini bukan paket pindah Pendamping, atau terpotong saat disalin. Buat paket baru di laptop lama (Ekspor → Cadangan), lalu ulangi.';
const WRONG_PASSWORD = 'Kata sandi paket salah. Ini kata sandi yang diketik saat membuat paket di laptop lama, bukan frasa sandi akun.';

/**
 * `session:move-in`: the first start on a new laptop fills the empty folder from a move
 * bundle (move.ts reads and checks it), so the old laptop's accounts unlock here. Only while
 * the folder is not set up; on any refusal nothing stays behind and the folder is still
 * uninitialised. An older bundle without accounts leaves its key for the first setup to wrap
 * (as `pendamping move-in` does).
 */
export async function moveInFolder(dataDir: string, state: SessionStatus, input: { bundle: string; password: string }): Promise<void> {
  if (state.state !== 'uninitialised') {
    throw new AppError('CONFLICT', 'Folder data ini sudah disiapkan, jadi paket pindah tidak dapat dimasukkan ke sini. Buka dengan nama pengguna dan frasa sandi.');
  }
  if (state.existingData) {
    throw new AppError('CONFLICT', `Folder ${dataDir} sudah berisi data Pendamping. Pindahkan ke folder baru yang kosong; data di sini tidak diubah.`);
  }
  const bundle = Buffer.from(input.bundle, 'base64');
  if (bundle.length > MAX_MOVE_IN_BYTES) {
    const message = 'Paket pindah lebih dari 300 MB. Pindahkan lewat baris perintah: pendamping move-in BERKAS --password KATA_SANDI --data-dir FOLDER.';
    throw new AppError('VALIDATION', message, { fields: [{ path: 'bundle', message }] });
  }
  try {
    await moveIn(dataDir, bundle, input.password, (key) => writeKeyFile(dataDir, key));
  } catch (e) {
    // Whatever was placed before the refusal goes: the folder was empty (moveIn checks).
    if (!keyringExists(dataDir)) for (const f of [DB_FILE, `${DB_FILE}.masuk`]) rmSync(join(dataDir, f), { force: true });
    throw explained(e);
  }
  if (!existsSync(join(dataDir, DB_FILE))) throw new AppError('INTERNAL', 'Paket dibaca, tetapi berkas data tidak tertulis. Tidak ada yang diubah.');
}

/** The zip and bundle checks speak of zips; here the fields are the bundle file and its password. */
function explained(e: unknown): unknown {
  if (!(e instanceof AppError) || e.body.code !== 'VALIDATION') return e;
  const fields: FieldError[] = e.body.fields ?? [];
  if (fields.some((f) => f.path === 'password')) {
    return new AppError('VALIDATION', WRONG_PASSWORD, { fields: [{ path: 'password', message: WRONG_PASSWORD }] });
  }
  if (fields.some((f) => f.path === 'bundle')) return e;
  return new AppError('VALIDATION', NOT_A_BUNDLE, { fields: [{ path: 'bundle', message: NOT_A_BUNDLE }] });
}
