import { z } from 'zod';
import { DISABILITY, PROGRAMME, SEX } from '../enums';
import { kkFormatError } from '../validators/kk';
import { nikFormatError } from '../validators/nik';
import type { Warning } from '../result';
import { channel, id, isoDate, optionalText, paging, requiredText, text, uniqueList, version } from './common';

const nik = z
  .string()
  .trim()
  .max(64, { error: 'NIK harus 16 digit angka.' })
  .superRefine((v, ctx) => {
    const e = nikFormatError(v);
    if (e === 'digits') ctx.addIssue({ code: 'custom', message: 'NIK hanya boleh berisi angka.' });
    else if (e === 'length') ctx.addIssue({ code: 'custom', message: `NIK harus 16 digit (sekarang ${v.length}).` });
  });

const kk = z
  .string()
  .trim()
  .max(64, { error: 'No. KK harus 16 digit angka.' })
  .superRefine((v, ctx) => {
    const e = kkFormatError(v);
    if (e === 'digits') ctx.addIssue({ code: 'custom', message: 'No. KK hanya boleh berisi angka.' });
    else if (e === 'length') ctx.addIssue({ code: 'custom', message: `No. KK harus 16 digit (sekarang ${v.length}).` });
  });

const emptyToNull = <T extends z.ZodType>(s: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), s.nullable().optional())
    .transform((v) => (v ?? null) as z.output<T> | null);

const phone = z
  .string()
  .trim()
  .max(32, { error: 'Nomor telepon terlalu panjang.' })
  .regex(/^\+?[0-9][0-9 \-]{6,20}$/, { error: 'Nomor telepon hanya angka, spasi, tanda - dan + di depan (7–20 digit).' });

export const villageCode = z.string().regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, { error: 'Kode desa/kelurahan harus berformat 00.00.00.0000.' });

export const ClientInput = z.strictObject({
  name: requiredText(200, 'Nama'),
  nik: emptyToNull(nik),
  kk: emptyToNull(kk),
  sex: z.enum(SEX.values, { error: 'Pilih jenis kelamin.' }),
  birthPlace: optionalText(100),
  birthDate: emptyToNull(isoDate),
  address: z
    .strictObject({
      street: optionalText(300),
      rt: optionalText(5),
      rw: optionalText(5),
      villageCode: emptyToNull(villageCode),
    })
    .default({ street: null, rt: null, rw: null, villageCode: null }),
  phone: emptyToNull(phone),
  guardian: z
    .strictObject({
      name: optionalText(200),
      relationship: optionalText(60),
      phone: emptyToNull(phone),
    })
    .default({ name: null, relationship: null, phone: null }),
  dtsen: z
    .strictObject({
      registered: z.boolean(),
      decile: emptyToNull(z.int().min(1, { error: 'Desil 1–10.' }).max(10, { error: 'Desil 1–10.' })),
      registerId: optionalText(64),
    })
    .default({ registered: false, decile: null, registerId: null }),
  programmes: uniqueList(z.enum(PROGRAMME.values), PROGRAMME.values.length).default([]),
  disabilities: uniqueList(z.enum(DISABILITY.values), DISABILITY.values.length).default([]),
});
export type ClientInput = z.output<typeof ClientInput>;
/** What a form holds before parsing (strings may be empty, defaults not applied). */
export type ClientFormValues = z.input<typeof ClientInput>;

export interface RegionRef {
  code: string;
  name: string;
}

export interface Client extends ClientInput {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ClientDetail extends Client {
  /** Province → village of the address, for display. */
  addressRegions: RegionRef[];
  /** What the NIK encodes, for display beside the recorded values. */
  nikDecoded: { birthDate: string | null; sex: 'L' | 'P'; region: RegionRef[] } | null;
  warnings: Warning[];
  cases: { id: string; number: string; stage: string; status: string; openedAt: string }[];
}

export interface ClientSaved {
  client: ClientDetail;
  warnings: Warning[];
}

/** Finding clients by name or NIK prefix, including those with no case yet (an import brings many). */
export const ClientSearchInput = z.strictObject({
  search: text(100).optional(),
  /** Only clients without any case: the people still to be taken on. */
  withoutCase: z.boolean().default(false),
  ...paging,
});

export interface ClientSearchRow {
  id: string;
  name: string;
  nik: string | null;
  sex: 'L' | 'P';
  birthDate: string | null;
  /** The village or kelurahan of the address, by name. */
  villageName: string | null;
  caseCount: number;
  createdAt: string;
}

export const clientChannels = {
  'clients:search': channel<{ rows: ClientSearchRow[]; total: number }>()(
    ClientSearchInput,
    false,
    'Clients by name or NIK (word prefixes), by name; or, with no search, the newest first. withoutCase: only clients with no case yet.',
  ),
  'clients:create': channel<ClientSaved>()(ClientInput, true, 'Register a client. A NIK already registered is refused (CONFLICT, details.existingClientId); NIK/birth-date/sex mismatches and same name + birth date come back as warnings.'),
  'clients:update': channel<ClientSaved>()(
    z.strictObject({ id, version, client: ClientInput }),
    true,
    'Replace a client\'s fields. version must be the one read; a newer one is a CONFLICT.',
  ),
  'clients:get': channel<ClientDetail>()(z.strictObject({ id }), false, 'One client with decoded NIK, address regions, warnings and cases.'),
  'clients:check': channel<{ warnings: Warning[] }>()(
    z.strictObject({ client: ClientInput, excludeId: id.optional() }),
    false,
    'Warnings a save would give (NIK mismatch, possible duplicates), without saving.',
  ),
};
