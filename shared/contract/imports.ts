import { z } from 'zod';
import { channel, id } from './common';

/** Client fields an import can fill, each from one column of the file. */
export const IMPORT_FIELDS = [
  'name', 'nik', 'kk', 'sex', 'birthPlace', 'birthDate', 'street', 'rt', 'rw', 'villageCode', 'phone',
  'guardianName', 'guardianRelationship', 'guardianPhone', 'dtsenRegistered', 'dtsenDecile',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export const REQUIRED_IMPORT_FIELDS: ImportField[] = ['name', 'sex'];

export const MAX_IMPORT_ROWS = 100_000;

/**
 * The steps long work goes through (imports, exports, backups), as `jobs:progress` names
 * them: reading and checking a file, collecting a case's records, de-identifying, printing,
 * writing rows, packing a zip, copying the store, tidying up, storing.
 */
export const JOB_PHASES = ['mulai', 'membaca', 'memeriksa', 'mengumpulkan', 'menganonimkan', 'mencetak', 'menulis', 'mengemas', 'menyalin', 'merapikan', 'mengimpor', 'menyimpan'] as const;
export type JobPhase = (typeof JOB_PHASES)[number];

/** Name the job to follow it with jobs:progress and stop it with jobs:cancel. */
export const optionalJobId = id.optional();

const file = {
  fileName: z.string().trim().min(1).max(200),
  /** The file's bytes; CSV must be UTF-8 (Excel: "CSV UTF-8"). */
  dataBase64: z.string().max(70_000_000, { error: 'Berkas lebih dari 50 MB.' }),
};

/** How a CSV's bytes were read: UTF-8 (with or without BOM), UTF-16 by its BOM, or Windows-1252 when they are not UTF-8. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface ImportPreview {
  format: 'csv' | 'xlsx';
  /** null for XLSX (its text is always Unicode). */
  encoding: TextEncoding | null;
  columns: string[];
  rowCount: number;
  suggestedMapping: Partial<Record<ImportField, string>>;
  sample: Record<string, string>[];
}

/** One problem in one cell: the client field, the file's column it came from, and what is wrong. */
export interface ImportProblem {
  /** An import field (`nik`, `villageCode`, …), or '' when the row as a whole is meant. */
  path: ImportField | '';
  /** The column of the file mapped to that field; null when no column is meant. */
  column: string | null;
  message: string;
}

export interface ImportRowReport {
  row: number;
  name: string | null;
  errors: ImportProblem[];
  warnings: ImportProblem[];
}

export interface ImportReport {
  total: number;
  valid: number;
  invalid: number;
  /** Only rows with errors or warnings, in file order. */
  rows: ImportRowReport[];
  imported: number;
  dryRun: boolean;
  encoding: TextEncoding | null;
  /** The clients stored by this import, in file order (empty on a dry run), to open them from the report. */
  importedClients: { row: number; id: string; name: string }[];
}

export const importChannels = {
  'imports:clients-preview': channel<ImportPreview>()(
    z.strictObject(file),
    false,
    'Read a CSV or XLSX of clients: its columns, a suggested mapping and the first rows.',
  ),
  'imports:clients': channel<ImportReport>()(
    z.strictObject({
      ...file,
      mapping: z.partialRecord(z.enum(IMPORT_FIELDS, { error: 'Kolom tujuan tidak dikenal.' }), z.string().max(200)),
      dryRun: z.boolean().default(true),
      /** Import the valid rows even when some rows have errors (all valid rows in one transaction). */
      skipInvalid: z.boolean().default(false),
      jobId: optionalJobId,
    }),
    true,
    'Check every row (errors, NIK warnings, duplicates against existing clients and within the file); commit all valid rows at once, or nothing.',
  ),
  'jobs:progress': channel<{ running: boolean; phase: JobPhase | null; done: number; total: number }>()(
    z.strictObject({ jobId: id }),
    false,
    'How far a named long job (import, export, backup) has come: its phase, and done of total in that phase (total 0: not countable).',
  ),
  'jobs:cancel': channel<{ cancelled: boolean }>()(z.strictObject({ jobId: id }), false, 'Stop a named long job; it stores nothing.'),
};
