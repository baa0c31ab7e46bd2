import type { Case, CaseChange, CaseDetail } from '../../../shared/contract';
import type { CoreContext } from '../context';
import { notFound } from '../errors';

interface CaseDbRow {
  id: string;
  number: string;
  client_id: string;
  cluster: Case['cluster'];
  ppks_type: Case['ppksType'];
  stage: Case['stage'];
  status: Case['status'];
  assigned_worker_id: string | null;
  opened_at: string;
  closed_at: string | null;
  closure_reason: Case['closureReason'];
  summary: string | null;
  risk: Case['risk'];
  opened_by: string | null;
  closure_request: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

const toCase = (r: CaseDbRow): Case => ({
  id: r.id,
  number: r.number,
  clientId: r.client_id,
  cluster: r.cluster,
  ppksType: r.ppks_type,
  stage: r.stage,
  status: r.status,
  assignedWorkerId: r.assigned_worker_id,
  openedAt: r.opened_at,
  closedAt: r.closed_at,
  closureReason: r.closure_reason,
  summary: r.summary,
  risk: r.risk,
  openedBy: r.opened_by,
  closureRequest: r.closure_request ? (JSON.parse(r.closure_request) as Case['closureRequest']) : null,
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function findCase(ctx: CoreContext, id: string): Case | null {
  const row = ctx.db.prepare('SELECT * FROM cases WHERE id = ?').get(id) as CaseDbRow | undefined;
  return row ? toCase(row) : null;
}

/** Stage and status changes (and the opening) from the change log, newest first. */
function caseHistory(ctx: CoreContext, id: string): CaseChange[] {
  const rows = ctx.db
    .prepare(
      `SELECT l.at, l.actor_id, w.name AS actor_name, l.action, l.changes, l.reason
       FROM change_log l LEFT JOIN workers w ON w.id = l.actor_id
       WHERE l.entity = 'case' AND l.entity_id = ? ORDER BY l.at DESC, l.id DESC`,
    )
    .all(id) as { at: string; actor_id: string | null; actor_name: string | null; action: string; changes: string; reason: string | null }[];
  return rows.map((r) => {
    const changes = JSON.parse(r.changes) as Record<string, [unknown, unknown]>;
    const field = r.action === 'create' ? 'created' : 'stage' in changes ? 'stage' : 'status' in changes ? 'status' : 'closureRequest' in changes ? 'closure' : 'other';
    const pair =
      field === 'stage' || field === 'status'
        ? changes[field]
        : field === 'created'
          ? [null, changes.stage?.[1]]
          : field === 'closure'
            ? [null, (changes.closureRequest[1] as { status: string } | null)?.status ?? null]
            : [null, null];
    return {
      at: r.at,
      actorId: r.actor_id,
      actorName: r.actor_name,
      field,
      before: (pair[0] as string | null) ?? null,
      after: (pair[1] as string | null) ?? null,
      reason: r.reason,
    };
  });
}

export function caseDetail(ctx: CoreContext, id: string): CaseDetail {
  const c = findCase(ctx, id);
  if (!c) throw notFound('Kasus');
  const client = ctx.db
    .prepare('SELECT id, name, nik, sex, birth_date AS birthDate FROM clients WHERE id = ?')
    .get(c.clientId) as CaseDetail['client'];
  const worker = c.assignedWorkerId
    ? (ctx.db.prepare('SELECT id, name FROM workers WHERE id = ?').get(c.assignedWorkerId) as CaseDetail['assignedWorker'])
    : null;
  const requester = c.closureRequest?.requestedBy
    ? (ctx.db.prepare('SELECT name FROM workers WHERE id = ?').get(c.closureRequest.requestedBy) as { name: string } | undefined)
    : undefined;
  return { ...c, client, assignedWorker: worker ?? null, closureRequestedByName: requester?.name ?? null, history: caseHistory(ctx, id) };
}
