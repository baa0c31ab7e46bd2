import { z } from 'zod';
import { INSTITUTION_TYPE } from '../enums';
import { villageCode } from './clients';
import { channel, id, nullable, optionalText, requiredText, version } from './common';

const email = z.email({ error: 'Alamat email tidak sah.' }).max(200);

export const InstitutionInput = z.strictObject({
  name: requiredText(200, 'Nama lembaga'),
  type: z.enum(INSTITUTION_TYPE.values, { error: 'Jenis lembaga tidak dikenal.' }),
  street: optionalText(300),
  villageCode: nullable(villageCode),
  phone: optionalText(40),
  email: z.preprocess((v) => (v === '' ? null : v), nullable(email)),
  contactPerson: optionalText(200),
  /** How the letter addresses the head: "Direktur RSJ Prof. Dr. Soerojo Magelang". */
  recipientTitle: optionalText(300),
  notes: optionalText(2000),
  active: z.boolean().default(true),
});
export type InstitutionInput = z.output<typeof InstitutionInput>;

export interface Institution extends InstitutionInput {
  id: string;
  /** "Kota Semarang" etc., from the village code, for addresses on letters. */
  regionName: string | null;
  version: number;
}

export interface InstitutionImportReport {
  dryRun: boolean;
  imported: number;
  rows: { row: number; name: string | null; ok: boolean; errors: string[] }[];
}

export const INSTITUTION_CSV_COLUMNS = ['nama', 'jenis', 'alamat', 'kode_desa', 'telepon', 'email', 'kontak', 'jabatan_penerima', 'catatan'] as const;

export const institutionChannels = {
  'institutions:create': channel<Institution>()(InstitutionInput, true, 'Add an institution to the directory of referral destinations.'),
  'institutions:update': channel<Institution>()(z.strictObject({ id, version, institution: InstitutionInput }), true, 'Change an institution.'),
  'institutions:list': channel<Institution[]>()(
    z
      .strictObject({
        search: z.string().trim().max(100).default(''),
        type: z.enum(INSTITUTION_TYPE.values).optional(),
        includeInactive: z.boolean().default(false),
      })
      .optional()
      .transform((v) => v ?? { search: '', includeInactive: false }),
    false,
    'The directory, searched by name, contact or recipient title, filtered by type.',
  ),
  'institutions:import-csv': channel<InstitutionImportReport>()(
    z.strictObject({
      csv: z.string().max(5_000_000, { error: 'Berkas CSV lebih dari 5 MB.' }),
      dryRun: z.boolean().default(false),
    }),
    true,
    `Import institutions from CSV with the header ${INSTITUTION_CSV_COLUMNS.join(',')}; all rows or none.`,
  ),
};
