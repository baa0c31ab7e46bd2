import { ClientInput, REQUIRED_IMPORT_FIELDS, type ImportField, type ImportReport, type ImportRowReport } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import { checkClient } from '../clients/checks';
import { insertClient, normalise } from '../clients/handlers';
import type { CoreContext } from '../context';
import { throwIfCancelled, yieldToOthers, type Job } from '../jobs/registry';
import { rowToClient } from './mapping';

const CHUNK = 500;

/**
 * Checks every row with the same rules as the form (schema, regions, NIK rules, duplicates
 * against existing clients and earlier rows of the file), reporting progress and honouring
 * cancellation between chunks. Nothing is written here.
 */
export async function checkRows(ctx: CoreContext, rows: Record<string, string>[], mapping: Partial<Record<ImportField, string>>, job: Job) {
  const missing = REQUIRED_IMPORT_FIELDS.filter((f) => !mapping[f]);
  if (missing.length) throw new AppError('VALIDATION', `Kolom wajib belum dipetakan: ${missing.join(', ')}.`, { fields: [{ path: 'mapping', message: `Petakan: ${missing.join(', ')}.` }] });
  const report: ImportRowReport[] = [];
  const valid: ClientInput[] = [];
  const seenNik = new Map<string, number>();
  job.phase = 'memeriksa';
  job.total = rows.length;
  for (let i = 0; i < rows.length; i++) {
    if (i % CHUNK === 0) {
      job.done = i;
      await yieldToOthers();
      throwIfCancelled(job);
    }
    const rowNumber = i + 2; // the header is row 1 in the file
    const candidate = rowToClient(rows[i], mapping);
    const parsed = ClientInput.safeParse(candidate);
    const entry: ImportRowReport = { row: rowNumber, name: candidate.name || null, errors: [], warnings: [] };
    if (!parsed.success) {
      entry.errors.push(...parsed.error.issues.map((e) => `${e.path.join('.') || 'baris'}: ${e.message}`));
    } else {
      const client = normalise(parsed.data);
      try {
        entry.warnings.push(...checkClient(ctx, client).map((w) => w.message));
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        entry.errors.push(...(e.body.fields?.map((f) => `${f.path}: ${f.message}`) ?? [e.message]));
      }
      if (client.nik) {
        const earlier = seenNik.get(client.nik);
        if (earlier) entry.errors.push(`nik: NIK sama dengan baris ${earlier} di berkas ini.`);
        else seenNik.set(client.nik, rowNumber);
      }
      if (!entry.errors.length) valid.push(client);
    }
    if (entry.errors.length || entry.warnings.length) report.push(entry);
  }
  job.done = rows.length;
  return { report, valid };
}

/** Stores the valid rows in one go; runs inside the channel's single transaction. */
export function commitRows(ctx: CoreContext, valid: ClientInput[]): number {
  for (const c of valid) insertClient(ctx, c);
  return valid.length;
}

export function summarise(total: number, report: ImportRowReport[], imported: number, dryRun: boolean): ImportReport {
  const invalid = report.filter((r) => r.errors.length).length;
  return { total, valid: total - invalid, invalid, rows: report, imported, dryRun };
}
