import type { Measured } from './measure';
import { reporting, compare } from './measure';
import { dueOp } from './due-ops';
import { visitOp } from './visit-ops';
import type { openCore } from '../../electron/core/open-core';
import { ARMS } from '../../electron/core/timeline/arms';
import { TIMELINE_KINDS } from '../../shared/contract';
import type { Result } from '../../shared/result';

type Core = ReturnType<typeof openCore>;
const must = <T = unknown>(r: Result<unknown>): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
};

/** Each core operation beside a raw-SQL baseline that fetches the same result with the driver. */
export async function coreOps(core: Core, opts: { report?: (m: Measured) => void; runs: number; longCaseId: string; today: string }): Promise<Measured[]> {
  const db = core.db;
  const { runs } = opts;
  const out = reporting(opts.report);
  const listSql = (where: string, order: string) => [
    db.prepare(`SELECT c.id, c.number, c.client_id, cl.name, cl.nik, cl.sex, c.cluster, c.ppks_type, c.stage, c.status, cl.village_code,
      (SELECT name FROM regions WHERE code = substr(cl.village_code, 1, 5)) AS regency, c.assigned_worker_id, w.name AS worker, c.opened_at
      FROM cases c JOIN clients cl ON cl.id = c.client_id LEFT JOIN workers w ON w.id = c.assigned_worker_id ${where} ORDER BY ${order} LIMIT 100 OFFSET 0`),
    db.prepare(`SELECT count(*) FROM cases c JOIN clients cl ON cl.id = c.client_id ${where}`),
  ] as const;

  const [page, count] = listSql('', 'c.opened_at DESC, c.id DESC');
  out.push(await compare('daftar kasus, halaman pertama', runs, () => must(core.call('cases:list', {})), () => [page.all(), count.get()], { p95: 10, ratio: 1.5 }));
  const [fpage, fcount] = listSql(`WHERE c.status = 'aktif' AND c.cluster = 'anak'`, 'cl.name COLLATE NOCASE ASC, c.id ASC');
  out.push(
    await compare('daftar kasus, filter + urut nama', runs, () => must(core.call('cases:list', { status: 'aktif', cluster: 'anak', sort: 'name_asc' })), () => [fpage.all(), fcount.get()], { p95: 10, ratio: 1.5 }),
  );

  const region = (db.prepare(`SELECT substr(village_code, 1, 5) AS code FROM clients WHERE village_code IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`).get() as { code: string } | undefined)?.code;
  if (region) {
    const [rpage, rcount] = listSql(`WHERE cl.village_code >= @lo AND cl.village_code < @hi`, 'c.opened_at DESC, c.id DESC');
    const range = { lo: region, hi: `${region}/` };
    out.push(
      await compare(`daftar kasus, wilayah ${region}`, runs, () => must(core.call('cases:list', { regionCode: region })), () => [rpage.all(range), rcount.get(range)], { p95: 10, ratio: 1.5 }),
    );
  }

  const search = (q: string, fts: string) => {
    const [p, c] = listSql(`WHERE (cl.rowid IN (SELECT rowid FROM clients_fts WHERE clients_fts MATCH @fts) OR c.number LIKE @prefix)`, 'c.opened_at DESC, c.id DESC');
    return compare(`cari "${q}"`, runs, () => must(core.call('cases:list', { search: q })), () => [p.all({ fts, prefix: `${q}%` }), c.get({ fts, prefix: `${q}%` })], { p95: 20, ratio: 1.5 });
  };
  out.push(await search('sit', '"sit"*'));
  out.push(await search('siti rah', '"siti"* "rah"*'));
  out.push(await search('3374', '"3374"*'));
  const notes = db.prepare(`SELECT v.id, v.case_id, c.number, cl.name, v.visited_at, snippet(visits_fts, -1, char(2), char(3), '…', 24) FROM visits_fts
    JOIN visits v ON v.rowid = visits_fts.rowid JOIN cases c ON c.id = v.case_id JOIN clients cl ON cl.id = c.client_id
    WHERE visits_fts MATCH ? ORDER BY visits_fts.rowid DESC LIMIT 50`);
  out.push(await compare('cari catatan "puskes"', runs, () => must(core.call('visits:search', { query: 'puskes' })), () => notes.all('"puskes"*'), { p95: 20, ratio: 1.5 }));

  const clientId = (db.prepare('SELECT client_id FROM cases WHERE id = ?').get(opts.longCaseId) as { client_id: string }).client_id;
  const union = TIMELINE_KINDS.flatMap((k) => ARMS[k]).join(' UNION ALL ');
  const tl = db.prepare(`WITH u (id, kind, at, sort_at, actor_id, data) AS (${union}) SELECT u.*, w.name FROM u LEFT JOIN workers w ON w.id = u.actor_id ORDER BY u.sort_at DESC, u.id DESC LIMIT ?`);
  const tlCount = db.prepare(`SELECT count(*) FROM (${union})`);
  const params = { case: opts.longCaseId, client: clientId };
  out.push(
    await compare('lini masa, halaman pertama (kasus 1.000+)', runs, () => must(core.call('timeline:list', { caseId: opts.longCaseId, limit: 100 })), () => [tl.all(params, 101), tlCount.get(params)], { p95: 10, ratio: 1.5 }),
  );
  out.push(await compare('lini masa, seluruhnya (kasus 1.000+)', runs, () => must(core.call('timeline:list', { caseId: opts.longCaseId, limit: 5000 })), () => [tl.all(params, 5001), tlCount.get(params)], { ratio: 1.5 }));

  // Tindak Lanjut's first page, beside a baseline that reads the same pages and totals (due-ops.ts).
  const due = await dueOp(core, runs);
  if (due) out.push(due);

  // Logging a visit commits with a full fsync, beside a baseline that writes the same rows (visit-ops.ts).
  const visit = await visitOp(core, { runs, caseId: opts.longCaseId });
  if (visit) out.push(visit);
  return out;
}
