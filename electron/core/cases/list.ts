import type { CaseListInput, CaseRow } from '../../../shared/contract';
import type { CoreContext } from '../context';
import { ftsQuery } from '../search/fts';

const ORDER: Record<CaseListInput['sort'], string> = {
  opened_desc: 'c.opened_at DESC, c.id DESC',
  opened_asc: 'c.opened_at ASC, c.id ASC',
  name_asc: 'cl.name COLLATE NOCASE ASC, c.id ASC',
  name_desc: 'cl.name COLLATE NOCASE DESC, c.id DESC',
  number_asc: 'c.number ASC',
  number_desc: 'c.number DESC',
  stage_asc: 'c.stage_order ASC, c.opened_at DESC, c.id DESC',
};

export function listCases(ctx: CoreContext, q: CaseListInput): { rows: CaseRow[]; total: number } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const search = q.search.trim();
  if (search) {
    const fts = ftsQuery(search);
    // A case number is matched by its beginning, a name or NIK by word prefixes.
    params.numberPrefix = `${search}%`;
    if (fts) {
      params.fts = fts;
      where.push(`(cl.rowid IN (SELECT rowid FROM clients_fts WHERE clients_fts MATCH @fts) OR c.number LIKE @numberPrefix)`);
    } else where.push('c.number LIKE @numberPrefix');
  }
  for (const [key, column] of [
    ['stage', 'c.stage'],
    ['status', 'c.status'],
    ['cluster', 'c.cluster'],
    ['ppksType', 'c.ppks_type'],
    ['workerId', 'c.assigned_worker_id'],
  ] as const) {
    if (q[key]) {
      where.push(`${column} = @${key}`);
      params[key] = q[key];
    }
  }
  if (q.regionCode) {
    // Codes nest by prefix: "33.74" contains "33.74.10.1001". The dot keeps "33.7" from matching "33.74".
    where.push(`(cl.village_code = @region OR cl.village_code LIKE @regionPrefix)`);
    params.region = q.regionCode;
    params.regionPrefix = `${q.regionCode}.%`;
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const rows = ctx.db
    .prepare(
      `SELECT c.id, c.number, c.client_id AS clientId, cl.name AS clientName, cl.nik, cl.sex,
              c.cluster, c.ppks_type AS ppksType, c.stage, c.status, cl.village_code AS villageCode,
              (SELECT name FROM regions WHERE code = substr(cl.village_code, 1, 5)) AS regencyName,
              c.assigned_worker_id AS workerId, w.name AS workerName, c.opened_at AS openedAt
       FROM cases c
       JOIN clients cl ON cl.id = c.client_id
       LEFT JOIN workers w ON w.id = c.assigned_worker_id
       ${whereSql}
       ORDER BY ${ORDER[q.sort]}
       LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: q.limit, offset: q.offset }) as CaseRow[];
  const { total } = ctx.db
    .prepare(`SELECT count(*) AS total FROM cases c JOIN clients cl ON cl.id = c.client_id ${whereSql}`)
    .get(params) as { total: number };
  return { rows, total };
}
