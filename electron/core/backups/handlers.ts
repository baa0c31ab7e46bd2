import { basename, join } from 'node:path';
import { AppError } from '../../../shared/result';
import { recordChange } from '../changes/record';
import { fieldError } from '../errors';
import type { HandlerGroup } from '../handlers';
import { withJob } from '../jobs/registry';
import { backupDir, createBackupJob, readBackupSettings, restoreBackup } from './backup';
import { listBackups, stamp } from './files';
import { moveOut } from './move';

export const backupHandlers: HandlerGroup = {
  'backup:move-out': {
    prepare: (ctx, { password, jobId }) =>
      withJob(ctx, jobId, async (job) => ({
        fileName: `pendamping-pindah-${stamp(ctx.clock.now())}.zip`,
        mimeType: 'application/zip',
        dataBase64: (await moveOut(ctx, password, job)).toString('base64'),
      })),
    run: (_ctx, file) => file,
  },
  'backup:settings-get': (ctx) => readBackupSettings(ctx),
  'backup:settings-update': (ctx, input) => {
    const before = readBackupSettings(ctx);
    ctx.db.prepare(`INSERT INTO settings (key, value) VALUES ('backup', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(JSON.stringify(input));
    recordChange(ctx, { entity: 'settings', entityId: 'backup', action: 'update', before: { ...before }, after: { ...input } });
    // The folder must be usable now, not at the first nightly backup: said beside the field.
    try {
      backupDir(ctx);
    } catch (e) {
      throw e instanceof AppError ? fieldError('folder', e.message) : e;
    }
    return readBackupSettings(ctx);
  },
  'backup:create': {
    prepare: (ctx, { jobId }) => withJob(ctx, jobId, (job) => createBackupJob(ctx, job)),
    run: (_ctx, made) => made,
  },
  'backup:list': (ctx) => listBackups(backupDir(ctx)),
  /** Only a backup in the backup folder, by name: a page cannot point the app at any file. */
  'backup:restore': (ctx, { name }) => {
    if (basename(name) !== name || !listBackups(backupDir(ctx)).some((b) => b.name === name)) {
      throw fieldError('name', 'Cadangan tidak ditemukan di folder cadangan.');
    }
    return restoreBackup(ctx, join(backupDir(ctx), name));
  },
};

