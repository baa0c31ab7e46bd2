import type { Database } from 'better-sqlite3-multiple-ciphers';
import { DEFAULT_TABLE_COLUMNS, TABLE_COLUMNS } from '../../shared/contract';
import { CASE_STATUS, CLOSURE_REASON, CLUSTER, PPKS, RISK, STAGE } from '../../shared/enums';

/**
 * The baseline of "ekspor CSV semua kasus": the file the core writes (exports:table, cases,
 * csv), written the plain way with the driver: one query, one loop. Same bytes as the core —
 * BOM, Indonesian headers, the Indonesian names of stored codes, quoting, CRLF — so the ratio
 * compares like with like (export-ops.ts checks the bytes before timing).
 */
export function casesCsvBaseline(db: Database): () => string {
  const query = db
    .prepare(
      `SELECT c.number, cl.name, cl.nik, c.cluster, c.ppks_type, c.stage, c.status, c.risk, w.name, c.opened_at, c.closed_at, c.closure_reason
       FROM cases c JOIN clients cl ON cl.id = c.client_id LEFT JOIN workers w ON w.id = c.assigned_worker_id ORDER BY c.opened_at DESC`,
    )
    .raw(true);
  // The label list of each column above, where it holds a stored code.
  const labels: (Record<string, string> | undefined)[] = [undefined, undefined, undefined, CLUSTER.labels, PPKS.labels, STAGE.labels, CASE_STATUS.labels, RISK.labels, undefined, undefined, undefined, CLOSURE_REASON.labels];
  const header = DEFAULT_TABLE_COLUMNS.cases.map((c) => TABLE_COLUMNS[c].header).join(',');
  const quote = (s: string) => (/[",;\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  const bom = Buffer.from([0xef, 0xbb, 0xbf]);
  return () => {
    let text = `${header}\r\n`;
    for (const row of query.all() as unknown[][]) text += `${row.map((v, i) => (v === null ? '' : quote(labels[i]?.[v as string] ?? String(v)))).join(',')}\r\n`;
    return Buffer.concat([bom, Buffer.from(text)]).toString('base64');
  };
}
