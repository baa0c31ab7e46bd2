import type { ClientSearchRow } from '../../../shared/contract';
import { ownCasesOf, ownClient } from '../access/scope';
import type { HandlerGroup } from '../handlers';
import { ftsQuery } from '../search/fts';

/**
 * Clients found by what a worker types (name words or the start of a NIK, through the
 * clients_fts prefix index), or — without a search — the newest first: after an import the
 * clients just brought in lead the list (ids are time-ordered). `withoutCase` keeps the
 * people nobody has opened a case for yet; the case list cannot show them. A pekerja sosial
 * finds her own clients only (a case of hers, or registered by her), as clients:get allows.
 */
export const clientSearchHandlers: HandlerGroup = {
  'clients:search': (ctx, { search, withoutCase, offset, limit }) => {
    const fts = search ? ftsQuery(search) : null;
    const where: string[] = [];
    if (fts) where.push('c.rowid IN (SELECT rowid FROM clients_fts WHERE clients_fts MATCH @fts)');
    if (withoutCase) where.push('NOT EXISTS (SELECT 1 FROM cases k WHERE k.client_id = c.id)');
    // A pekerja sosial finds her own clients only (access/scope.ts).
    const own = ownCasesOf(ctx);
    if (own) where.push(ownClient('c'));
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const params = { fts, limit, offset, own };
    const total = (ctx.db.prepare(`SELECT count(*) AS n FROM clients c ${filter}`).get(params) as { n: number }).n;
    const rows = ctx.db
      .prepare(
        `SELECT c.id, c.name, c.nik, c.sex, c.birth_date AS birthDate, r.name AS villageName, c.created_at AS createdAt,
                (SELECT count(*) FROM cases k WHERE k.client_id = c.id) AS caseCount
           FROM clients c LEFT JOIN regions r ON r.code = c.village_code
           ${filter}
          ORDER BY ${fts ? 'c.name COLLATE NOCASE, c.id' : 'c.id DESC'}
          LIMIT @limit OFFSET @offset`,
      )
      .all(params) as ClientSearchRow[];
    return { rows, total };
  },
};
