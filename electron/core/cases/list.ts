import type { CaseList, CaseListInput, CaseRow } from '../../../shared/contract';
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

/** The cases a search matches (rowids): words through cases_fts (migration 0004), or the start of a case number. */
const MATCHES = 'SELECT rowid FROM cases_fts WHERE cases_fts MATCH @fts UNION SELECT rowid FROM cases WHERE number LIKE @numberPrefix';

/**
 * A page of the case list in two steps, as measured fastest on a district's 100,000 cases
 * (`npm run bench`): first the page's ids, from the cases table and its indexes alone
 * (clients only when sorting by name), then the display columns for just those ids. Search
 * goes through cases_fts (client name, NIK and case number per case, migration 0004) and the
 * region through case_places (migration 0009), and every count through a covering index,
 * so no query walks every case. With `countLimit` the count stops early: a type-ahead's
 * "s" need not count 50,000 hits to say "more than 1,000".
 */
export function listCases(ctx: CoreContext, q: CaseListInput, plan: { gatherLimit?: number; walkFrom?: number } = {}): CaseList {
  const tuning = { gatherLimit: GATHER_LIMIT, walkFrom: WALK_FROM, ...plan };
  const params: Record<string, unknown> = {};
  // The plain filters, written for either the cases table or case_places (same columns);
  // `probe` (unary +) keeps SQLite from choosing their index over the list's order.
  const filterOn = (alias: string, probe = false) =>
    FILTERS.filter(([key]) => q[key]).map(([key, column]) => {
      params[key] = q[key];
      return `${probe ? '+' : ''}${alias}.${column} = @${key}`;
    });
  const casesOnly: string[] = [];
  const search = q.search.trim();
  let matched = false;
  if (search) {
    const fts = ftsQuery(search);
    params.numberPrefix = `${search}%`;
    // number is COLLATE NOCASE with a unique index, so this LIKE is an index range.
    if (fts) {
      params.fts = fts;
      matched = true;
    } else casesOnly.push('c.number LIKE @numberPrefix');
  }
  // Conditions only the cases table can answer: search, closure requests, a pekerja
  // sosial's own cases (cases_by_worker and cases_by_opener).
  if (q.closureRequested) casesOnly.push('c.closure_request IS NOT NULL');
  const own = ownCasesOf(ctx);
  if (own) {
    casesOnly.push(ownCase('c'));
    params.own = own;
  }
  const where = (parts: string[]) => (parts.length ? parts.join(' AND ') : '1');
  const count = counter(ctx, q, params);
  // A search's few matches lead: each is looked up, then they are sorted. Many matches are
  // probed instead while the list's own order is walked (the unary + keeps SQLite from
  // leading with them, or with a filter's index), so the first page is found after a
  // short walk: sorting the 50,000 cases "s" matches took 150 ms. stage_asc has no index
  // to walk, so its matches always lead.
  const ids = (n: Count, extra: string[] = []) => {
    const lead = matched && (n.counted <= tuning.walkFrom || q.sort === 'stage_asc');
    const walk = matched && !lead;
    const from = !byName(q) ? 'cases c' : own || lead ? OWN_BY_NAME : ALL_BY_NAME;
    const search = matched ? [`${walk ? '+' : ''}c.rowid IN (${MATCHES})`] : [];
    return `SELECT c.id FROM ${from} WHERE ${where([...search, ...casesOnly, ...filterOn('c', walk && !byName(q)), ...extra])}`;
  };
  if (!q.regionCode) {
    // Counted from the matches outward, so a capped count stops after countLimit of them.
    const n = matched
      ? count(`(${MATCHES}) m CROSS JOIN cases c ON c.rowid = m.rowid`, where([...casesOnly, ...filterOn('c')]), tuning.walkFrom)
      : count('cases c', where([...casesOnly, ...filterOn('c')]), 0);
    return page(ctx, q, n, ids(n), params);
  }
  // Codes nest by prefix ("33.74" holds "33.74.10.1001"); '/' sorts just after '.', so
  // [code, code + '/') is exactly the code and everything under it. case_places
  // (migration 0009) holds each case's village code, opening time and list filters.
  params.regionLo = q.regionCode;
  params.regionHi = `${q.regionCode}/`;
  const inRegion = 'p.village_code >= @regionLo AND p.village_code < @regionHi';
  if (matched || casesOnly.length) {
    const search = matched ? [`c.rowid IN (${MATCHES})`] : [];
    const n = count('case_places p CROSS JOIN cases c ON c.id = p.case_id', where([inRegion, ...search, ...casesOnly, ...filterOn('c')]), tuning.walkFrom);
    return page(ctx, q, n, ids(n, [`EXISTS (SELECT 1 FROM case_places p WHERE p.case_id = c.id AND ${inRegion})`]), params);
  }
  const onPlaces = [inRegion, ...filterOn('p')].join(' AND ');
  const n = count('case_places p', onPlaces, tuning.gatherLimit);
  // A region's few thousand cases come straight from case_places, sorted there; for a
  // larger share, or another order, the list's own order is walked and each case checked.
  if (n.counted <= tuning.gatherLimit && (q.sort === 'opened_desc' || q.sort === 'opened_asc')) {
    const dir = q.sort === 'opened_desc' ? 'DESC' : 'ASC';
    return page(ctx, q, n, `SELECT p.case_id AS id FROM case_places p WHERE ${onPlaces}`, params, `p.opened_at ${dir}, p.case_id ${dir}`);
  }
  return page(ctx, q, n, ids(n, [`EXISTS (SELECT 1 FROM case_places p WHERE p.case_id = c.id AND ${inRegion})`]), params);
}

const FILTERS = [
  ['stage', 'stage'],
  ['status', 'status'],
  ['cluster', 'cluster'],
  ['ppksType', 'ppks_type'],
  ['workerId', 'assigned_worker_id'],
] as const;

/** Below this many matches a region's cases are gathered and sorted; above it the list's order is walked. */
const GATHER_LIMIT = 5000;
/** Above this many matches a search walks the list's order instead of sorting its matches (1% of a district's cases). */
const WALK_FROM = 1000;

const byName = (q: CaseListInput) => q.sort === 'name_asc' || q.sort === 'name_desc';

// By name: walk clients in name order (CROSS JOIN fixes that join order in SQLite) and stop
// after a page, instead of joining and sorting every matching case. Not for one worker's
// own cases: a few hundred found by index sort faster than a walk past the office's
// 100,000 (measured: 13 ms against 790 ms).
const ALL_BY_NAME = 'clients cl CROSS JOIN cases c ON c.client_id = cl.id';
const OWN_BY_NAME = 'cases c JOIN clients cl ON cl.id = c.client_id';

/** A count, exact or stopped at countLimit; `counted` also tells whether it passed `decide` (the plan's threshold). */
interface Count {
  total: number;
  totalCapped: boolean;
  counted: number;
}

function counter(ctx: CoreContext, q: CaseListInput, params: Record<string, unknown>) {
  return (from: string, where: string, decide: number): Count => {
    if (q.countLimit === undefined) {
      const { total } = ctx.db.prepare(`SELECT count(*) AS total FROM ${from} WHERE ${where}`).get(params) as { total: number };
      return { total, totalCapped: false, counted: total };
    }
    // One past the larger of the two is enough to know both "more than countLimit" and the plan.
    const upTo = Math.max(q.countLimit, decide) + 1;
    const { counted } = ctx.db.prepare(`SELECT count(*) AS counted FROM (SELECT 1 FROM ${from} WHERE ${where} LIMIT @upTo)`).get({ ...params, upTo }) as { counted: number };
    return counted > q.countLimit ? { total: q.countLimit, totalCapped: true, counted } : { total: counted, totalCapped: false, counted };
  };
}

/** The page's ids, then the display columns for just those ids. */
function page(ctx: CoreContext, q: CaseListInput, n: Count, idsSql: string, params: Record<string, unknown>, order = ORDER[q.sort]): CaseList {
  const { total, totalCapped } = n;
  if (!total || (q.offset >= total && !totalCapped)) return { rows: [], total, totalCapped };
  const ids = (
    ctx.db.prepare(`${idsSql} ORDER BY ${order} LIMIT @limit OFFSET @offset`).all({ ...params, limit: q.limit, offset: q.offset }) as { id: string }[]
  ).map((r) => r.id);
  if (!ids.length) return { rows: [], total, totalCapped };
  const byId = new Map((ctx.db.prepare(DETAILS(ids.length)).all(...ids) as CaseRow[]).map((r) => [r.id, r]));
  return { rows: ids.map((id) => byId.get(id)!), total, totalCapped };
}
