import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_RESTORE_IN_BYTES, type ChannelParsed, type SessionStatus } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import { DB_FILE } from '../../db/store';
import { fileToken } from '../audit/record';
import { folderProblem } from '../backups/backup';
import { NOT_A_BACKUP, installRestoredBackup, readKeyringCopy, unwrapKeyring, type RestoreCredentials } from '../backups/restore-new-folder';
import type { Clock, Logger } from '../context';

const TOO_LARGE = 'Berkas cadangan lebih dari 300 MB. Pulihkan lewat baris perintah: pendamping restore BERKAS --data-dir FOLDER (keyring.json di samping BERKAS).';

/**
 * `session:restore-in`: the first start on a new laptop after the old one died, from a backup
 * on a flash drive and the keyring.json beside it. The checks and the install are the ones
 * `pendamping restore` uses (backups/restore-new-folder.ts); here the files come as bytes.
 * Only while the folder is not set up and holds no data. Like `session:move-in` the folder is
 * left locked: the unlock screen follows, where the same accounts sign in.
 */
export async function restoreInFolder(dataDir: string, state: SessionStatus, input: ChannelParsed<'session:restore-in'>, o: { clock: Clock; log: Logger }): Promise<void> {
  if (state.state !== 'uninitialised') {
    throw new AppError(
      'CONFLICT',
      'Folder data ini sudah disiapkan, jadi cadangan tidak dapat dipulihkan dari layar pertama. Buka dengan nama pengguna dan frasa sandi, lalu pulihkan di Ekspor › Cadangan.',
    );
  }
  if (state.existingData || existsSync(join(dataDir, DB_FILE))) {
    throw new AppError('CONFLICT', `Folder ${dataDir} sudah berisi data Pendamping. Pulihkan ke folder baru yang kosong; data di sini tidak diubah.`);
  }
  const backup = Buffer.from(input.backup, 'base64');
  if (backup.length > MAX_RESTORE_IN_BYTES) throw new AppError('VALIDATION', TOO_LARGE, { fields: [{ path: 'backup', message: TOO_LARGE }] });
  if (backup.length === 0) throw new AppError('VALIDATION', NOT_A_BACKUP, { fields: [{ path: 'backup', message: NOT_A_BACKUP }] });
  const keyring = readKeyringCopy(Buffer.from(input.keyring, 'base64'));
  const creds: RestoreCredentials = input.recoveryKey !== undefined ? { recoveryKey: input.recoveryKey } : { login: input.login ?? '', passphrase: input.passphrase ?? '' };
  const unwrapped = await unwrapKeyring(keyring, creds, o.clock.now());

  // Encrypted bytes only (the backup is the store's own ciphertext), under a temporary name.
  const incoming = join(dataDir, `${DB_FILE}.pemulihan`);
  rmSync(incoming, { force: true });
  try {
    writeFileSync(incoming, backup, { mode: 0o600, flag: 'wx' });
  } catch (e) {
    rmSync(incoming, { force: true });
    throw new AppError('CONFLICT', `Cadangan tidak dapat ditulis ke folder data ${dataDir} (${folderProblem(e)}). Tidak ada yang ditulis.`);
  }
  await installRestoredBackup(dataDir, incoming, keyring, unwrapped, {
    clock: o.clock,
    log: o.log,
    channel: 'session:restore-in',
    detail: input.backupName ? { file: fileToken(input.backupName) } : {},
  });
}
