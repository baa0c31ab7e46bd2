import { z } from 'zod';
import { channel, id } from './common';
import { DEFAULT_TABLE_COLUMNS, TABLE_NAMES, type TableName } from './constants';
import { optionalJobId } from './imports';

const password = z.string().min(8, { error: 'Kata sandi minimal 8 karakter.' }).max(200);

export { TABLE_NAMES, type TableName };

/** Columns a spreadsheet export may choose, with their Indonesian headers. */
export const TABLE_COLUMNS: Record<string, { header: string; kind?: 'date' | 'datetime' }> = {
  id: { header: 'ID' },
  name: { header: 'Nama' },
  nik: { header: 'NIK' },
  kk: { header: 'No. KK' },
  sex: { header: 'Jenis Kelamin' },
  birth_place: { header: 'Tempat Lahir' },
  birth_date: { header: 'Tanggal Lahir', kind: 'date' },
  street: { header: 'Alamat' },
  village_code: { header: 'Kode Desa/Kelurahan' },
  phone: { header: 'Telepon' },
  guardian_name: { header: 'Nama Wali/Keluarga' },
  guardian_phone: { header: 'Telepon Wali' },
  dtsen_registered: { header: 'Terdaftar DTSEN' },
  dtsen_decile: { header: 'Desil DTSEN' },
  created_at: { header: 'Dicatat Pada', kind: 'datetime' },
  number: { header: 'Nomor Kasus' },
  client_name: { header: 'Nama Klien' },
  cluster: { header: 'Klaster' },
  ppks_type: { header: 'Jenis PPKS' },
  stage: { header: 'Tahap' },
  status: { header: 'Status' },
  risk: { header: 'Risiko Pasung Ulang' },
  worker_name: { header: 'Pekerja Sosial' },
  opened_at: { header: 'Tanggal Dibuka', kind: 'date' },
  closed_at: { header: 'Tanggal Ditutup', kind: 'date' },
  closure_reason: { header: 'Alasan Penutupan' },
  case_number: { header: 'Nomor Kasus' },
  type: { header: 'Jenis' },
  visited_at: { header: 'Waktu Kunjungan', kind: 'datetime' },
  place: { header: 'Tempat' },
  people_met: { header: 'Orang yang Ditemui' },
  note: { header: 'Catatan' },
  relapse_date: { header: 'Tanggal Kambuh', kind: 'date' },
  next_visit_date: { header: 'Kunjungan Berikutnya', kind: 'date' },
  institution: { header: 'Lembaga Tujuan' },
  urgency: { header: 'Urgensi' },
  reason: { header: 'Alasan' },
  expected_response_date: { header: 'Jawaban Diharapkan', kind: 'date' },
  outcome: { header: 'Hasil' },
  kind: { header: 'Jenis' },
  title: { header: 'Judul' },
  due_date: { header: 'Jatuh Tempo', kind: 'date' },
};

export { DEFAULT_TABLE_COLUMNS };

/** A file made in memory: each door saves it its own way (CLI: --out, desktop: save dialog, browser: download). */
export interface ExportedFile {
  fileName: string;
  mimeType: string;
  dataBase64: string;
}

export const exportChannels = {
  'exports:case-json': channel<ExportedFile>()(
    z.strictObject({
      caseIds: z.array(id).min(1, { error: 'Pilih minimal satu kasus.' }).max(5000),
      /** Pseudonyms for names; NIK, KK, phone and address masked; free text scrubbed; no photos or letters. */
      deidentify: z.boolean().default(false),
      /** A zip with export.json, the attachments and the letter PDFs as files. */
      bundle: z.boolean().default(false),
      /** Seals the output in an AES-256 zip (implies a zip). */
      password: password.optional(),
      jobId: optionalJobId,
    }),
    false,
    'Complete, versioned JSON of cases with every record and attachment (schema: docs/case-export.schema.json).',
  ),
  'exports:case-pdf': channel<ExportedFile>()(
    z.strictObject({
      caseIds: z.array(id).min(1, { error: 'Pilih minimal satu kasus.' }).max(500),
      paper: z.enum(['a4', 'f4']).optional(),
      deidentify: z.boolean().default(false),
      password: password.optional(),
      jobId: optionalJobId,
    }),
    false,
    'The printed case history: identity page, the whole timeline, page numbers and office header, A4 or F4.',
  ),
  'exports:table': channel<ExportedFile>()(
    z
      .strictObject({
        table: z.enum(TABLE_NAMES, { error: 'Tabel tidak dikenal.' }),
        format: z.enum(['csv', 'xlsx'], { error: 'Format: csv atau xlsx.' }),
        columns: z.array(z.string().max(40)).max(40).optional(),
        caseIds: z.array(id).max(100_000).optional(),
        deidentify: z.boolean().default(false),
        password: password.optional(),
        jobId: optionalJobId,
      })
      .superRefine((v, ctx) => {
        const allowed = DEFAULT_TABLE_COLUMNS[v.table];
        for (const c of v.columns ?? []) if (!allowed.includes(c)) ctx.addIssue({ code: 'custom', path: ['columns'], message: `Kolom ${c} tidak ada di tabel ${v.table}.` });
      }),
    false,
    'A table of clients, cases, visits, referrals or follow-ups as CSV or XLSX, with Indonesian headers and chosen columns.',
  ),
  'imports:case-json': channel<{ imported: Record<string, number> }>()(
    z.strictObject({ json: z.string().max(400_000_000) }),
    true,
    'Bring in a case export (all or nothing); records keep their ids.',
  ),
  'imports:case-bundle': channel<{ imported: Record<string, number> }>()(
    z.strictObject({ dataBase64: z.string().max(400_000_000), password: z.string().max(200).optional() }),
    true,
    'Bring in a zipped case export (bundle with attachments, or sealed with a password).',
  ),
};
