import Papa from 'papaparse';
import { INSTITUTION_CSV_COLUMNS, InstitutionInput, type InstitutionImportReport } from '../../../shared/contract';
import { INSTITUTION_TYPE } from '../../../shared/enums';
import { AppError } from '../../../shared/result';
import type { CoreContext } from '../context';
import { regionExists } from '../regions/handlers';
import { insertInstitution } from './store';

/** A type may be written as its slug or its Indonesian label ("Rumah Sakit Jiwa"). */
function typeFrom(text: string): string {
  const t = text.trim().toLowerCase();
  const byLabel = INSTITUTION_TYPE.values.find((v) => INSTITUTION_TYPE.labels[v].toLowerCase() === t);
  return byLabel ?? t;
}

/**
 * Reads the CSV, checks every row, and imports all of them or none: a report names each
 * bad row and what is wrong with it. Runs inside the channel's transaction.
 */
export function importInstitutionsCsv(ctx: CoreContext, csv: string, dryRun: boolean): InstitutionImportReport {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim().toLowerCase() });
  const header = parsed.meta.fields ?? [];
  const missing = ['nama', 'jenis'].filter((c) => !header.includes(c));
  if (missing.length) {
    throw new AppError('VALIDATION', `Kolom wajib tidak ada: ${missing.join(', ')}. Kolom yang dikenal: ${INSTITUTION_CSV_COLUMNS.join(', ')}.`, {
      fields: [{ path: 'csv', message: `Kolom wajib tidak ada: ${missing.join(', ')}.` }],
    });
  }
  const rows: InstitutionImportReport['rows'] = [];
  const valid: InstitutionInput[] = [];
  parsed.data.forEach((r, i) => {
    const candidate = {
      name: r.nama ?? '',
      type: typeFrom(r.jenis ?? ''),
      street: r.alamat || null,
      villageCode: r.kode_desa || null,
      phone: r.telepon || null,
      email: r.email || null,
      contactPerson: r.kontak || null,
      recipientTitle: r.jabatan_penerima || null,
      notes: r.catatan || null,
    };
    const result = InstitutionInput.safeParse(candidate);
    const errors = result.success ? [] : result.error.issues.map((e) => `${e.path.join('.') || 'baris'}: ${e.message}`);
    if (result.success && result.data.villageCode && !regionExists(ctx, result.data.villageCode)) errors.push(`kode_desa: ${result.data.villageCode} tidak dikenal.`);
    rows.push({ row: i + 2, name: candidate.name || null, ok: errors.length === 0, errors });
    if (result.success && errors.length === 0) valid.push(result.data);
  });
  const bad = rows.filter((r) => !r.ok).length;
  if (!dryRun && bad === 0) for (const v of valid) insertInstitution(ctx, v);
  return { dryRun: dryRun || bad > 0, imported: !dryRun && bad === 0 ? valid.length : 0, rows };
}
