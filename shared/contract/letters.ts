import { z } from 'zod';
import { PAPER } from '../enums';
import { channel, id, optionalText, requiredText } from './common';
import { templateProblems } from './settings';

export const LETTER_NUMBER_PLACEHOLDERS = ['kode', 'nomor', 'unit', 'tahun', 'bulan', 'bulan_romawi'] as const;

/** Fields a letter body may name, e.g. "{klien.nama}". */
export const LETTER_BODY_PLACEHOLDERS = [
  'klien.nama', 'klien.nik', 'klien.jenis_kelamin', 'klien.ttl', 'klien.umur', 'klien.alamat',
  'kasus.nomor', 'rujukan.alasan', 'rujukan.layanan', 'rujukan.urgensi',
  'lembaga.nama', 'lembaga.alamat', 'kantor.nama',
] as const;

const margin = z.number().min(5, { error: 'Margin 5–50 mm.' }).max(50, { error: 'Margin 5–50 mm.' });

export const LetterSettingsInput = z.strictObject({
  /** Letterhead lines, largest first: "PEMERINTAH KOTA SEMARANG", "DINAS SOSIAL". */
  agencyLines: z.array(requiredText(120, 'Baris kop')).min(1, { error: 'Isi minimal satu baris kop.' }).max(4),
  address: requiredText(300, 'Alamat kantor'),
  phone: optionalText(60),
  email: optionalText(120),
  website: optionalText(120),
  /** data:image/png or data:image/jpeg; the content is checked, not just the prefix. */
  logo: z
    .string()
    .max(1_500_000, { error: 'Logo paling besar 1 MB.' })
    .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*$/, { error: 'Logo harus gambar PNG atau JPEG.' })
    .nullable(),
  /** The place written before the date: "Semarang, 28 November 2026". */
  place: requiredText(80, 'Tempat'),
  numberTemplate: requiredText(100, 'Templat nomor surat').superRefine((t, ctx) => {
    for (const p of templateProblems(t, LETTER_NUMBER_PLACEHOLDERS)) ctx.addIssue({ code: 'custom', message: p });
  }),
  classificationCode: requiredText(20, 'Kode klasifikasi'),
  unitCode: requiredText(40, 'Kode unit'),
  signer: z.strictObject({
    position: requiredText(200, 'Jabatan penanda tangan'),
    name: requiredText(200, 'Nama penanda tangan'),
    rank: optionalText(120),
    nip: z.string().trim().regex(/^(\d{18})?$/, { error: 'NIP harus 18 digit angka.' }).nullable().transform((v) => v || null),
  }),
  bodyTemplate: requiredText(8000, 'Isi surat').superRefine((t, ctx) => {
    const known = new Set<string>(LETTER_BODY_PLACEHOLDERS);
    for (const m of t.matchAll(/\{([^{}]*)\}/g)) {
      if (!known.has(m[1])) ctx.addIssue({ code: 'custom', message: `Penanda {${m[1]}} tidak dikenal; yang tersedia: ${LETTER_BODY_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}.` });
    }
    if (/[{}]/.test(t.replace(/\{[^{}]*\}/g, ''))) ctx.addIssue({ code: 'custom', message: 'Kurung kurawal tidak berpasangan.' });
  }),
  closing: requiredText(2000, 'Penutup'),
  tembusan: z.array(requiredText(200, 'Tembusan')).max(10).default([]),
  paper: z.enum(PAPER.values),
  margins: z.strictObject({ top: margin, right: margin, bottom: margin, left: margin }),
  /** The documents checklist offered on a new referral. */
  referralDocuments: z.array(requiredText(100, 'Nama dokumen')).max(30),
});
export type LetterSettings = z.output<typeof LetterSettingsInput>;

export interface Letter {
  id: string;
  referralId: string;
  number: string;
  paper: (typeof PAPER.values)[number];
  issuedAt: string;
  issuedBy: string | null;
  withSummary: boolean;
  sha256: string;
  cancelledAt: string | null;
  cancelReason: string | null;
}

const issueOptions = {
  referralId: id,
  paper: z.enum(PAPER.values).optional(),
  /** Add the one-page case summary (identity, reason, condition, medication, contacts). */
  withSummary: z.boolean().default(false),
};

export const letterChannels = {
  'letters:settings-get': channel<LetterSettings>()(z.strictObject({}).optional(), false, 'Letterhead, numbering, signer, body template, paper and margins.'),
  'letters:settings-update': channel<LetterSettings>()(LetterSettingsInput, true, 'Replace the letter settings; unknown placeholders and logos that are not images are refused.'),
  'letters:preview': channel<{ html: string; number: string }>()(
    z.strictObject(issueOptions),
    false,
    'The letter as it would be issued now (number shown as the next free one, not taken).',
  ),
  'letters:issue': channel<Letter>()(
    z.strictObject(issueOptions),
    true,
    'Issue the referral letter: takes the next number, prints the PDF and archives it with the number.',
  ),
  'letters:get': channel<Letter & { pdfBase64: string }>()(z.strictObject({ id }), false, 'An issued letter with its archived PDF, byte for byte.'),
  'letters:cancel': channel<Letter>()(
    z.strictObject({ id, reason: requiredText(500, 'Alasan pembatalan') }),
    true,
    'Cancel an issued letter; its number stays used and the cancellation is recorded.',
  ),
};
