import type { Client, ClientInput } from '../../../shared/contract';
import type { CoreContext } from '../context';

export interface ClientRow {
  id: string;
  name: string;
  nik: string | null;
  kk: string | null;
  sex: 'L' | 'P';
  birth_place: string | null;
  birth_date: string | null;
  street: string | null;
  rt: string | null;
  rw: string | null;
  village_code: string | null;
  phone: string | null;
  guardian_name: string | null;
  guardian_relationship: string | null;
  guardian_phone: string | null;
  dtsen_registered: number;
  dtsen_decile: number | null;
  dtsen_register_id: string | null;
  programmes: string;
  disabilities: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export const toClient = (r: ClientRow): Client => ({
  id: r.id,
  name: r.name,
  nik: r.nik,
  kk: r.kk,
  sex: r.sex,
  birthPlace: r.birth_place,
  birthDate: r.birth_date,
  address: { street: r.street, rt: r.rt, rw: r.rw, villageCode: r.village_code },
  phone: r.phone,
  guardian: { name: r.guardian_name, relationship: r.guardian_relationship, phone: r.guardian_phone },
  dtsen: { registered: r.dtsen_registered === 1, decile: r.dtsen_decile, registerId: r.dtsen_register_id },
  programmes: JSON.parse(r.programmes),
  disabilities: JSON.parse(r.disabilities),
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Column values of a client input, in the order of COLUMNS. */
export const COLUMNS = [
  'name', 'nik', 'kk', 'sex', 'birth_place', 'birth_date', 'street', 'rt', 'rw', 'village_code', 'phone',
  'guardian_name', 'guardian_relationship', 'guardian_phone', 'dtsen_registered', 'dtsen_decile',
  'dtsen_register_id', 'programmes', 'disabilities',
] as const;

export const columnValues = (c: ClientInput) => [
  c.name, c.nik, c.kk, c.sex, c.birthPlace, c.birthDate, c.address.street, c.address.rt, c.address.rw,
  c.address.villageCode, c.phone, c.guardian.name, c.guardian.relationship, c.guardian.phone,
  c.dtsen.registered ? 1 : 0, c.dtsen.decile, c.dtsen.registerId, JSON.stringify(c.programmes),
  JSON.stringify(c.disabilities),
];

export function findClient(ctx: CoreContext, id: string): Client | null {
  const row = ctx.db.prepare('SELECT * FROM clients WHERE id = ?').get(id) as ClientRow | undefined;
  return row ? toClient(row) : null;
}

/** A flat view for the change log: one entry per field a person would name. */
export function flatten(c: Client | ClientInput): Record<string, unknown> {
  // Identity and bookkeeping fields are not "changes" a person made.
  const { address, guardian, dtsen, id: _id, version: _v, createdAt: _c, updatedAt: _u, ...rest } = c as Client;
  const flat: Record<string, unknown> = rest;
  for (const [prefix, group] of [['address', address], ['guardian', guardian], ['dtsen', dtsen]] as const) {
    for (const k of Object.keys(group)) flat[`${prefix}.${k}`] = group[k as keyof typeof group];
  }
  return flat;
}
