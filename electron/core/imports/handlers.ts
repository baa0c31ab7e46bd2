import type { ImportReport, ImportRowReport, TextEncoding } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import type { HandlerGroup, SteppedHandler } from '../handlers';
import { cancelJob, jobProgress, openJob, type Job } from '../jobs/registry';
import { checkRows, commitInSteps, summarise, type ValidRow } from './clients-import';
import { suggestMapping } from './mapping';
import { readTable } from './read-table';

type Checked = { total: number; report: ImportRowReport[]; valid: ValidRow[]; commit: boolean; dryRun: boolean; encoding: TextEncoding | null; job: Job; endJob(): void };

/**
 * Reading and checking run before any transaction; the valid rows are then stored in one
 * transaction, in steps — all of them or, on any failure or a cancel, none. Progress and
 * cancel answer in every phase, storing included.
 */
const importClients: SteppedHandler<'imports:clients', Checked> = {
  prepare: async (ctx, input) => {
    const { job, end } = openJob(ctx, input.jobId);
    try {
      job.phase = 'membaca';
      const table = await readTable(input.fileName, Buffer.from(input.dataBase64, 'base64'));
      for (const [field, column] of Object.entries(input.mapping)) {
        if (!table.columns.includes(column)) {
          throw new AppError('VALIDATION', `Kolom "${column}" untuk ${field} tidak ada di berkas.`, { fields: [{ path: `mapping.${field}`, message: `Kolom "${column}" tidak ada.` }] });
        }
      }
      const { report, valid } = await checkRows(ctx, table.rows, input.mapping, job);
      const hasErrors = report.some((r) => r.errors.length);
      return { total: table.rows.length, report, valid, commit: !input.dryRun && (!hasErrors || input.skipInvalid), dryRun: input.dryRun, encoding: table.encoding, job, endJob: end };
    } catch (e) {
      end();
      throw e;
    }
  },
  *steps(ctx, c) {
    const imported = c.commit ? yield* commitInSteps(ctx, c.valid, c.job) : [];
    return summarise(c.total, c.report, imported, c.dryRun || !c.commit, c.encoding);
  },
  settle: (c) => c.endJob(),
};

export const importHandlers: HandlerGroup = {
  'imports:clients-preview': {
    prepare: async (_ctx, { fileName, dataBase64 }) => {
      const t = await readTable(fileName, Buffer.from(dataBase64, 'base64'));
      return { format: t.format, encoding: t.encoding, columns: t.columns, rowCount: t.rows.length, suggestedMapping: suggestMapping(t.columns), sample: t.rows.slice(0, 10) };
    },
    run: (_ctx, preview) => preview,
  },
  'imports:clients': importClients,
  'jobs:progress': (ctx, { jobId }) => jobProgress(ctx, jobId),
  'jobs:cancel': (ctx, { jobId }) => cancelJob(ctx, jobId),
};
