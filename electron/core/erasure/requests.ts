import type { ErasureRequest, ErasureStatus, Tombstone } from '../../../shared/contract/erasure';
import { CLOSED_STATUSES } from '../../../shared/enums';
import type { CoreContext } from '../context';
import { regionRefs } from '../regions/handlers';
import { dateInZone } from '../../../shared/dates';
import { readSettings } from '../settings/store';

interface RequestRow {
  id: string;
  client_id: string;
  client_name: string;
  reason: ErasureRequest['reason'];
  note: string | null;
  status: ErasureStatus;
  requested_by_name: string | null;
  requested_at: string;
  decided_name: string | null;
  decided_at: string | null;
  decision_note: string | null;
  version: number;
  case_numbers: string | null;
  open_cases: string | null;
}

const CLOSED = CLOSED_STATUSES.map((s) => `'${s}'`).join(', ');
const SELECT = `
  SELECT r.*, c.name AS client_name, w.name AS requested_by_name,
    (SELECT json_group_array(number) FROM (SELECT number FROM cases WHERE client_id = r.client_id ORDER BY opened_at, number)) AS case_numbers,
    (SELECT json_group_array(number) FROM (SELECT number FROM cases WHERE client_id = r.client_id AND status NOT IN (${CLOSED}) ORDER BY number)) AS open_cases
  FROM erasure_requests r JOIN clients c ON c.id = r.client_id LEFT JOIN workers w ON w.id = r.requested_by`;

const toRequest = (r: RequestRow): ErasureRequest => ({
  id: r.id,
  clientId: r.client_id,
  clientName: r.client_name,
  caseNumbers: JSON.parse(r.case_numbers ?? '[]'),
  openCases: JSON.parse(r.open_cases ?? '[]'),
  reason: r.reason,
  note: r.note,
  status: r.status,
  requestedByName: r.requested_by_name,
  requestedAt: r.requested_at,
  decidedByName: r.decided_name,
  decidedAt: r.decided_at,
  decisionNote: r.decision_note,
  version: r.version,
});

export function findRequest(ctx: CoreContext, id: string): ErasureRequest | null {
  const r = ctx.db.prepare(`${SELECT} WHERE r.id = ?`).get(id) as RequestRow | undefined;
  return r ? toRequest(r) : null;
}

export const listRequests = (ctx: CoreContext, status: ErasureStatus) =>
  (ctx.db.prepare(`${SELECT} WHERE r.status = ? ORDER BY r.requested_at, r.id`).all(status) as RequestRow[]).map(toRequest);

export const requestsOfClient = (ctx: CoreContext, clientId: string) =>
  (ctx.db.prepare(`${SELECT} WHERE r.client_id = ? ORDER BY r.requested_at DESC, r.id DESC`).all(clientId) as RequestRow[]).map(toRequest);

/** What an erased client's row and cases still say: enough for counts and registers, nothing about the person. */
export function tombstoneOf(ctx: CoreContext, clientId: string): Tombstone | null {
  const c = ctx.db.prepare('SELECT erased_at, village_code FROM clients WHERE id = ?').get(clientId) as { erased_at: string | null; village_code: string | null } | undefined;
  if (!c?.erased_at) return null;
  const approval = ctx.db
    .prepare(`SELECT reason, requested_at, decided_name FROM erasure_requests WHERE client_id = ? AND status = 'disetujui' ORDER BY decided_at DESC LIMIT 1`)
    .get(clientId) as { reason: string; requested_at: string; decided_name: string | null } | undefined;
  const cases = ctx.db
    .prepare('SELECT id, number, ppks_type AS ppksType, status, opened_at AS openedAt, closed_at AS closedAt FROM cases WHERE client_id = ? ORDER BY opened_at, number')
    .all(clientId) as Tombstone['cases'];
  const day = dateInZone(c.erased_at, readSettings(ctx).timeZone);
  const why = approval?.reason === 'masa_simpan_berakhir' ? 'karena masa simpan berakhir' : 'atas permintaan';
  return {
    clientId,
    erasedAt: c.erased_at,
    requestedAt: approval?.requested_at ?? null,
    approvedByName: approval?.decided_name ?? null,
    region: c.village_code ? regionRefs(ctx, c.village_code) : [],
    cases,
    statement: `Data pribadi dihapus ${why} pada ${day}${approval?.decided_name ? `, disetujui oleh ${approval.decided_name}` : ''}.`,
  };
}
