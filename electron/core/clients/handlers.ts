import type { ClientDetail, ClientInput } from '../../../shared/contract';
import { decodeNik, nikBirthDate } from '../../../shared/validators/nik';
import { changeRecorder, recordChange } from '../changes/record';
import { nowIso, type CoreContext } from '../context';
import { notFound, staleVersion } from '../errors';
import { ownCaseOrAll, ownCasesOf } from '../access/scope';
import type { HandlerGroup } from '../handlers';
import { assertNotErased } from '../erasure/guard';
import { regionRefs } from '../regions/handlers';
import { officeToday } from '../settings/store';
import { checkClient } from './checks';
import { COLUMNS, columnValues, findClient, flatten } from './rows';

/** Names are kept as typed, but runs of spaces are folded so duplicates are found. */
export const normalise = (c: ClientInput): ClientInput => ({ ...c, name: c.name.replace(/\s+/g, ' ') });

const INSERT_CLIENT = `INSERT INTO clients (id, ${COLUMNS.join(', ')}, version, created_at, updated_at)
  VALUES (?, ${COLUMNS.map(() => '?').join(', ')}, 1, ?, ?)`;

/** Stores a checked client and its change-log row; shared by the form and the import. */
export function insertClient(ctx: CoreContext, input: ClientInput): string {
  return clientInserter(ctx)(input);
}

/** `insertClient` for many clients in one transaction (an import): statements and worker settled once. */
export function clientInserter(ctx: CoreContext): (input: ClientInput) => string {
  const insert = ctx.db.prepare(INSERT_CLIENT);
  const record = changeRecorder(ctx);
  return (input) => {
    const id = ctx.newId();
    const now = nowIso(ctx);
    insert.run(id, ...columnValues(input), now, now);
    record({ entity: 'client', entityId: id, action: 'create', before: null, after: flatten(input) });
    return id;
  };
}

export function clientDetail(ctx: CoreContext, id: string): ClientDetail {
  const client = findClient(ctx, id);
  if (!client) throw notFound('Klien');
  const today = officeToday(ctx);
  const d = client.nik ? decodeNik(client.nik) : null;
  // A pekerja sosial sees the client's cases that are hers, not her colleagues'.
  const cases = ctx.db
    .prepare(`SELECT id, number, stage, status, opened_at AS openedAt FROM cases c WHERE client_id = @id AND ${ownCaseOrAll('c')} ORDER BY opened_at DESC, id DESC`)
    .all({ id, own: ownCasesOf(ctx) }) as ClientDetail['cases'];
  return {
    ...client,
    addressRegions: client.address.villageCode ? regionRefs(ctx, client.address.villageCode) : [],
    nikDecoded: d && client.nik
      ? { birthDate: nikBirthDate(client.nik, { recordedBirthDate: client.birthDate, today }), sex: d.sex, region: regionRefs(ctx, d.districtCode) }
      : null,
    warnings: checkClientQuietly(ctx, client),
    cases,
  };
}

/** Warnings for display on a stored record; a record that now fails a rule still shows. */
function checkClientQuietly(ctx: CoreContext, c: ClientInput & { id: string }) {
  try {
    return checkClient(ctx, c, c.id);
  } catch {
    return [];
  }
}

export const clientHandlers: HandlerGroup = {
  'clients:create': (ctx, raw) => {
    const input = normalise(raw);
    const warnings = checkClient(ctx, input);
    return { client: clientDetail(ctx, insertClient(ctx, input)), warnings };
  },

  'clients:update': (ctx, { id, version, client: raw }) => {
    const before = findClient(ctx, id);
    if (!before) throw notFound('Klien');
    if (before.version !== version) throw staleVersion('Data klien');
    assertNotErased(ctx, id);
    const input = normalise(raw);
    const warnings = checkClient(ctx, input, id);
    ctx.db
      .prepare(`UPDATE clients SET ${COLUMNS.map((c) => `${c} = ?`).join(', ')}, version = version + 1, updated_at = ? WHERE id = ?`)
      .run(...columnValues(input), nowIso(ctx), id);
    recordChange(ctx, { entity: 'client', entityId: id, action: 'update', before: flatten(before), after: flatten(input) });
    return { client: clientDetail(ctx, id), warnings };
  },

  'clients:get': (ctx, { id }) => clientDetail(ctx, id),

  'clients:check': (ctx, { client, excludeId }) => ({ warnings: checkClient(ctx, normalise(client), excludeId) }),
};
