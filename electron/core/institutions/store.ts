import type { Institution, InstitutionInput } from '../../../shared/contract';
import { recordChange } from '../changes/record';
import { nowIso, type CoreContext } from '../context';
import { fieldError } from '../errors';
import { regionExists } from '../regions/handlers';

export interface Row {
  id: string;
  name: string;
  type: Institution['type'];
  street: string | null;
  village_code: string | null;
  phone: string | null;
  email: string | null;
  contact_person: string | null;
  recipient_title: string | null;
  notes: string | null;
  active: number;
  version: number;
  region_name: string | null;
}

export const SELECT = `SELECT i.*, (SELECT name FROM regions WHERE code = substr(i.village_code, 1, 5)) AS region_name FROM institutions i`;

export const toInstitution = (r: Row): Institution => ({
  id: r.id,
  name: r.name,
  type: r.type,
  street: r.street,
  villageCode: r.village_code,
  phone: r.phone,
  email: r.email,
  contactPerson: r.contact_person,
  recipientTitle: r.recipient_title,
  notes: r.notes,
  active: r.active === 1,
  regionName: r.region_name,
  version: r.version,
});

export function findInstitution(ctx: CoreContext, id: string): Institution | null {
  const r = ctx.db.prepare(`${SELECT} WHERE i.id = ?`).get(id) as Row | undefined;
  return r ? toInstitution(r) : null;
}

export const values = (i: InstitutionInput) => [i.name, i.type, i.street, i.villageCode, i.phone, i.email, i.contactPerson, i.recipientTitle, i.notes, i.active ? 1 : 0];

/** Inserts one institution after its region check; shared by the form and the CSV import. */
export function insertInstitution(ctx: CoreContext, input: InstitutionInput): string {
  if (input.villageCode && !regionExists(ctx, input.villageCode)) throw fieldError('villageCode', `Kode desa/kelurahan ${input.villageCode} tidak dikenal.`);
  const id = ctx.newId();
  const now = nowIso(ctx);
  ctx.db
    .prepare(
      `INSERT INTO institutions (id, name, type, street, village_code, phone, email, contact_person, recipient_title, notes, active, version, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
    )
    .run(id, ...values(input), now, now);
  recordChange(ctx, { entity: 'institution', entityId: id, action: 'create', before: null, after: { ...input } });
  return id;
}
