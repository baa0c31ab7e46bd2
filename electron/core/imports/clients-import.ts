import { ClientInput, IMPORT_FIELDS, REQUIRED_IMPORT_FIELDS, type ImportField, type ImportProblem, type ImportReport, type ImportRowReport, type TextEncoding } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import { checkClient } from '../clients/checks';
import { insertClient, normalise } from '../clients/handlers';
import type { CoreContext } from '../context';
import { throwIfCancelled, yieldToOthers, type Job } from '../jobs/registry';
import { rowToClient } from './mapping';

const CHUNK = 500;

/** A row that passed every check, with its row number in the file. */
export type ValidRow = ClientInput & { row: number };

/** The client form's paths ("address.villageCode") → the import field a column fills. */
const FIELD_OF: Record<string, ImportField> = {
  'address.street': 'street',
  'address.rt': 'rt',
  'address.rw': 'rw',
  'address.villageCode': 'villageCode',
  'guardian.name': 'guardianName',
  'guardian.relationship': 'guardianRelationship',
  'guardian.phone': 'guardianPhone',
  'dtsen.registered': 'dtsenRegistered',
  'dtsen.decile': 'dtsenDecile',
};

/** A problem placed in its cell: which field, read from which column of the file. */
function problemAt(mapping: Partial<Record<ImportField, string>>, path: string, message: string): ImportProblem {
  const field = FIELD_OF[path] ?? ((IMPORT_FIELDS as readonly string[]).includes(path) ? (path as ImportField) : null);
  return { path: field ?? '', column: field ? (mapping[field] ?? null) : null, message };
}

/**
 * Checks every row with the same rules as the form (schema, regions, NIK rules, duplicates
 * against existing clients and earlier rows of the file), reporting progress and honouring
 * cancellation between chunks. Nothing is written here.
 */
export async function checkRows(ctx: CoreContext, rows: Record<string, string>[], mapping: Partial<Record<ImportField, string>>, job: Job) {
  const missing = REQUIRED_IMPORT_FIELDS.filter((f) => !mapping[f]);
  if (missing.length) throw new AppError('VALIDATION', `Kolom wajib belum dipetakan: ${missing.join(', ')}.`, { fields: [{ path: 'mapping', message: `Petakan: ${missing.join(', ')}.` }] });
  const report: ImportRowReport[] = [];
  const valid: ValidRow[] = [];
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
    const at = (path: string, message: string) => problemAt(mapping, path, message);
    if (!parsed.success) {
      entry.errors.push(...parsed.error.issues.map((e) => at(e.path.join('.'), e.message)));
    } else {
      const client = normalise(parsed.data);
      try {
        entry.warnings.push(...checkClient(ctx, client).map((w) => at(w.path, w.message)));
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        entry.errors.push(...(e.body.fields?.map((f) => at(f.path, f.message)) ?? [at('', e.message)]));
      }
      if (client.nik) {
        const earlier = seenNik.get(client.nik);
        if (earlier) entry.errors.push(at('nik', `NIK sama dengan baris ${earlier} di berkas ini.`));
        else seenNik.set(client.nik, rowNumber);
      }
      if (!entry.errors.length) valid.push({ ...client, row: rowNumber });
    }
    if (entry.errors.length || entry.warnings.length) report.push(entry);
  }
  job.done = rows.length;
  return { report, valid };
}

/** Stores the valid rows in one go; runs inside the channel's single transaction. */
export function commitRows(ctx: CoreContext, valid: ValidRow[]): ImportReport['importedClients'] {
  return valid.map(({ row, ...client }) => ({ row, id: insertClient(ctx, client), name: client.name }));
}

export function summarise(total: number, report: ImportRowReport[], importedClients: ImportReport['importedClients'], dryRun: boolean, encoding: TextEncoding | null): ImportReport {
  const invalid = report.filter((r) => r.errors.length).length;
  return { total, valid: total - invalid, invalid, rows: report, imported: importedClients.length, dryRun, encoding, importedClients };
}
