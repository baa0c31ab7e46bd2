import type { CaseListInput, CaseRow } from '../../../shared/contract';
import { ownCase, ownCasesOf } from '../access/scope';
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

const DETAILS = (n: number) => `
  SELECT c.id, c.number, c.client_id AS clientId, cl.name AS clientName, cl.nik, cl.sex,
         c.cluster, c.ppks_type AS ppksType, c.stage, c.status, cl.village_code AS villageCode,
         (SELECT name FROM regions WHERE code = substr(cl.village_code, 1, 5)) AS regencyName,
         c.assigned_worker_id AS workerId, w.name AS workerName, c.opened_at AS openedAt
  FROM cases c JOIN clients cl ON cl.id = c.client_id LEFT JOIN workers w ON w.id = c.assigned_worker_id
  WHERE c.id IN (${Array(n).fill('?').join(',')})`;

/**
 * A page of the case list in two steps, as measured fastest on a district's 100,000 cases
 * (`npm run bench`): first the page's ids, from the cases table and its indexes alone
 * (clients only when sorting by name), then the display columns for just those ids. Search
 * goes through cases_fts (client name, NIK and case number per case, migration 0004) and the
 * region through a range on the clients' village codes, so no query walks every case.
 */
export function listCases(ctx: CoreContext, q: CaseListInput): { rows: CaseRow[]; total: number } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const search = q.search.trim();
  if (search) {
    const fts = ftsQuery(search);
    params.numberPrefix = `${search}%`;
    // number is COLLATE NOCASE with a unique index, so this LIKE is an index range.
    if (fts) {
      params.fts = fts;
      where.push(`c.rowid IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH @fts UNION SELECT rowid FROM cases WHERE number LIKE @numberPrefix)`);
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
  if (q.closureRequested) where.push('c.closure_request IS NOT NULL');
  // A pekerja sosial's list holds her own cases only (cases_by_worker and cases_by_opener).
  const own = ownCasesOf(ctx);
  if (own) {
    where.push(ownCase('c'));
    params.own = own;
  }
  if (q.regionCode) {
    // Codes nest by prefix ("33.74" holds "33.74.10.1001"); '/' sorts just after '.', so
    // [code, code + '/') is exactly the code and everything under it.
    where.push(`c.client_id IN (SELECT id FROM clients WHERE village_code >= @regionLo AND village_code < @regionHi)`);
    params.regionLo = q.regionCode;
    params.regionHi = `${q.regionCode}/`;
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const byName = q.sort === 'name_asc' || q.sort === 'name_desc';
  // By name: walk clients in name order (CROSS JOIN fixes that join order in SQLite) and
  // stop after a page, instead of joining and sorting every matching case. Not for one
  // worker's own cases: a few hundred found by index sort faster than a walk past the
  // office's 100,000 (measured: 13 ms against 790 ms).
  const from = !byName ? 'cases c' : own ? 'cases c JOIN clients cl ON cl.id = c.client_id' : 'clients cl CROSS JOIN cases c ON c.client_id = cl.id';
  const ids = (
    ctx.db
      .prepare(`SELECT c.id FROM ${from} ${whereSql} ORDER BY ${ORDER[q.sort]} LIMIT @limit OFFSET @offset`)
      .all({ ...params, limit: q.limit, offset: q.offset }) as { id: string }[]
  ).map((r) => r.id);
  const { total } = ctx.db.prepare(`SELECT count(*) AS total FROM cases c ${whereSql}`).get(params) as { total: number };
  if (!ids.length) return { rows: [], total };
  const byId = new Map((ctx.db.prepare(DETAILS(ids.length)).all(...ids) as CaseRow[]).map((r) => [r.id, r]));
  return { rows: ids.map((id) => byId.get(id)!), total };
}
