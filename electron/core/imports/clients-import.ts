import { ClientInput, IMPORT_FIELDS, REQUIRED_IMPORT_FIELDS, type ImportField, type ImportProblem, type ImportReport, type ImportRowReport, type TextEncoding } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import { clientChecker, storedAmong } from '../clients/checks';
import { clientInserter, normalise } from '../clients/handlers';
import type { CoreContext } from '../context';
import { step, throwIfCancelled, yieldToOthers, type Job } from '../jobs/registry';
import { rowToClient } from './mapping';

const CHUNK = 500;

/** A row that passed every check, with its row number in the file. */
export type ValidRow = { row: number; client: ClientInput };

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
  const checkClient = clientChecker(ctx);
  const at = (path: string, message: string) => problemAt(mapping, path, message);
  job.phase = 'memeriksa';
  job.total = rows.length;
  for (let start = 0; start < rows.length; start += CHUNK) {
    job.done = start;
    await yieldToOthers();
    throwIfCancelled(job);
    // The chunk's rows are read first, so the store is asked about all of them at once.
    const chunk = rows.slice(start, start + CHUNK).map((row, k) => {
      const candidate = rowToClient(row, mapping);
      const parsed = ClientInput.safeParse(candidate);
      const entry: ImportRowReport = { row: start + k + 2, name: candidate.name || null, errors: [], warnings: [] }; // the header is row 1
      if (!parsed.success) entry.errors.push(...parsed.error.issues.map((e) => at(e.path.join('.'), e.message)));
      return { entry, client: parsed.success ? normalise(parsed.data) : null };
    });
    const stored = storedAmong(ctx, chunk.flatMap((r) => (r.client ? [r.client] : [])));
    for (const { entry, client } of chunk) {
      if (client) {
        try {
          entry.warnings.push(...checkClient(client, stored).map((w) => at(w.path, w.message)));
        } catch (e) {
          if (!(e instanceof AppError)) throw e;
          entry.errors.push(...(e.body.fields?.map((f) => at(f.path, f.message)) ?? [at('', e.message)]));
        }
        if (client.nik) {
          const earlier = seenNik.get(client.nik);
          if (earlier) entry.errors.push(at('nik', `NIK sama dengan baris ${earlier} di berkas ini.`));
          else seenNik.set(client.nik, entry.row);
        }
        if (!entry.errors.length) valid.push({ row: entry.row, client });
      }
      if (entry.errors.length || entry.warnings.length) report.push(entry);
    }
  }
  job.done = rows.length;
  return { report, valid };
}

/** Rows stored between two yields of the store: small enough that a cancel answers at once. */
const STORE_CHUNK = 1_000;

/**
 * Stores the valid rows inside the channel's single transaction, yielding every
 * STORE_CHUNK rows so progress and a cancel (which rolls all of it back) are answered.
 */
export function* commitInSteps(ctx: CoreContext, valid: ValidRow[], job: Job): Generator<void, ImportReport['importedClients'], void> {
  step(job, 'mengimpor', valid.length);
  const insert = clientInserter(ctx);
  const imported: ImportReport['importedClients'] = [];
  for (let i = 0; i < valid.length; i++) {
    if (i > 0 && i % STORE_CHUNK === 0) {
      job.done = i;
      yield;
      throwIfCancelled(job);
    }
    const { row, client } = valid[i];
    imported.push({ row, id: insert(client), name: client.name });
  }
  job.done = valid.length;
  yield;
  throwIfCancelled(job); // a cancel sent during the last chunk still wins: nothing is committed yet
  return imported;
}

export function summarise(total: number, report: ImportRowReport[], importedClients: ImportReport['importedClients'], dryRun: boolean, encoding: TextEncoding | null): ImportReport {
  const invalid = report.filter((r) => r.errors.length).length;
  return { total, valid: total - invalid, invalid, rows: report, imported: importedClients.length, dryRun, encoding, importedClients };
}
