import ExcelJS from 'exceljs';
import type { CoreContext } from '../context';
import { ownCase, ownCasesOf } from '../access/scope';
import { TABLE_COLUMNS, type TableName } from '../../../shared/contract/exports';
import { CASE_STATUS, CLOSURE_REASON, CLUSTER, PPKS, REFERRAL_STATUS, RISK, SEX, STAGE, TASK_KIND, TASK_STATUS, URGENCY, VISIT_TYPE } from '../../../shared/enums';
import { inChunks, step, type Job } from '../jobs/registry';

/**
 * Flat tables for spreadsheets: Indonesian headers, chosen columns, dates as real dates in
 * XLSX and ISO text in CSV (with a BOM so Excel reads Indonesian characters right).
 */
const QUERIES: Record<TableName, string> = {
  clients: `SELECT id, name, nik, kk, sex, birth_place, birth_date,
              street, village_code, phone, guardian_name, guardian_phone, dtsen_registered, dtsen_decile, created_at, id AS _client_id FROM clients ORDER BY name`,
  cases: `SELECT c.id, c.number, cl.name AS client_name, cl.nik, c.cluster, c.ppks_type, c.stage, c.status, c.risk, w.name AS worker_name,
            c.opened_at, c.closed_at, c.closure_reason, cl.id AS _client_id FROM cases c JOIN clients cl ON cl.id = c.client_id LEFT JOIN workers w ON w.id = c.assigned_worker_id
          ORDER BY c.opened_at DESC`,
  visits: `SELECT v.id, c.number AS case_number, cl.name AS client_name, v.type, v.visited_at, v.place, v.people_met, v.note, v.risk,
             v.relapse_date, v.next_visit_date, cl.id AS _client_id FROM visits v JOIN cases c ON c.id = v.case_id JOIN clients cl ON cl.id = c.client_id ORDER BY v.visited_at DESC`,
  referrals: `SELECT r.id, c.number AS case_number, cl.name AS client_name, i.name AS institution, r.urgency, r.status, r.reason,
                r.expected_response_date, r.outcome, r.created_at, cl.id AS _client_id FROM referrals r JOIN cases c ON c.id = r.case_id
              JOIN clients cl ON cl.id = c.client_id JOIN institutions i ON i.id = r.institution_id ORDER BY r.created_at DESC`,
  tasks: `SELECT t.id, c.number AS case_number, cl.name AS client_name, t.kind, t.title, t.due_date, t.status, t.closed_at, t.note, cl.id AS _client_id
          FROM tasks t JOIN cases c ON c.id = t.case_id JOIN clients cl ON cl.id = c.client_id ORDER BY t.due_date DESC`,
};

/**
 * The chosen columns of a table, each row as the driver hands it: an array in column order
 * (no object per row: an office has 100,000 cases). With `withClient`, each row's client id
 * follows the chosen columns, for de-identification; no output lists it.
 */
export function tableRows(ctx: CoreContext, table: TableName, columns: string[], opts: { caseIds?: string[]; withClient?: boolean } = {}): unknown[][] {
  // A pekerja sosial's table without chosen cases holds her own cases only (and their clients).
  const own = ownCasesOf(ctx);
  const ids = opts.caseIds?.length ? opts.caseIds : own ? (ctx.db.prepare(`SELECT c.id FROM cases c WHERE ${ownCase('c')}`).all({ own }) as { id: string }[]).map((c) => c.id) : null;
  if (ids && !ids.length) return [];
  const key = !ids ? null : table === 'cases' ? 'id' : table === 'clients' ? '_client_id' : 'case_number';
  const names = [...columns, ...(opts.withClient ? ['_client_id'] : []), ...(key ? [key] : [])];
  // Only the named columns of the table's query: SQLite flattens it, keeping its order and
  // leaving out what no one reads.
  const rows = ctx.db.prepare(`SELECT ${names.map((n) => `"${n}"`).join(', ')} FROM (${QUERIES[table]})`).raw(true).all() as unknown[][];
  if (!ids) return rows;
  const chosen = ctx.db.prepare(`SELECT id, number, client_id FROM cases WHERE id IN (${ids.map(() => '?').join(',')})`).all(...ids) as { id: string; number: string; client_id: string }[];
  const keep = new Set(chosen.map((c) => (table === 'cases' ? c.id : table === 'clients' ? c.client_id : c.number)));
  const k = names.length - 1;
  return rows.filter((r) => keep.has(r[k] as string));
}

/** Rows with their client id (`withClient`) as objects keyed by column, for de-identification, and back. */
export const asObjects = (columns: string[], rows: unknown[][]): Record<string, unknown>[] =>
  rows.map((r) => Object.fromEntries([...columns, '_client_id'].map((c, j) => [c, r[j]])));
export const fromObjects = (columns: string[], objects: Record<string, unknown>[]): unknown[][] => objects.map((o) => columns.map((c) => o[c]));

type Label = (v: unknown) => unknown;
const enumLabel = (e: { label(v: never): string }): Label => (v) => (typeof v === 'string' ? e.label(v as never) : v);
const yesNo: Label = (v) => (v === 1 ? 'Ya' : v === 0 ? 'Tidak' : v);

/**
 * Stored slugs become the Indonesian names people read (shared/enums), per table because a
 * column like `status` means another list in each. Codes that are codes (NIK, KK, region
 * code, case number) stay as they are. Applied while writing, after de-identification, so a
 * label is never scrubbed as a name.
 */
const LABELS: Record<TableName, Record<string, Label>> = {
  clients: { sex: enumLabel(SEX), dtsen_registered: yesNo },
  cases: { cluster: enumLabel(CLUSTER), ppks_type: enumLabel(PPKS), stage: enumLabel(STAGE), status: enumLabel(CASE_STATUS), risk: enumLabel(RISK), closure_reason: enumLabel(CLOSURE_REASON) },
  visits: { type: enumLabel(VISIT_TYPE), risk: enumLabel(RISK) },
  referrals: { urgency: enumLabel(URGENCY), status: enumLabel(REFERRAL_STATUS) },
  tasks: { kind: enumLabel(TASK_KIND), status: enumLabel(TASK_STATUS) },
};
const labelsOf = (table: TableName, columns: string[]) => columns.map((c) => LABELS[table][c]);

const isDateColumn = (c: string) => TABLE_COLUMNS[c]?.kind === 'date' || TABLE_COLUMNS[c]?.kind === 'datetime';
const CHUNK = 2000;
const BOM = Buffer.from('\uFEFF', 'utf8');
const QUOTED = /[",\n\r;]/;
const cell = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'string' ? v : String(v);
  return QUOTED.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
/** A labelled column holds a handful of codes: each code's cell is made once, then looked up. */
function labelledCell(label: Label): (v: unknown) => string {
  const made = new Map<unknown, string>();
  return (v) => {
    let c = made.get(v);
    if (c === undefined) made.set(v, (c = cell(label(v))));
    return c;
  };
}

/**
 * CSV as Excel reads it: a BOM (so Indonesian characters come out right), CRLF after every
 * line, a cell quoted when it holds a comma, semicolon, quote or line break. Each line is
 * made straight from the driver's row, and the text is encoded once, without the BOM in it
 * (one character above Latin-1 would make the whole 15 MB string two bytes a character).
 */
export async function toCsv(table: TableName, columns: string[], rows: unknown[][], job: Job): Promise<Buffer> {
  const cells = labelsOf(table, columns).map((label) => (label ? labelledCell(label) : cell));
  const n = columns.length;
  const line: string[] = new Array(n);
  const lines = [columns.map((c) => cell(TABLE_COLUMNS[c]?.header ?? c)).join(',')];
  step(job, 'menulis', rows.length);
  await inChunks(job, rows, CHUNK, (r) => {
    for (let j = 0; j < n; j++) line[j] = cells[j](r[j]);
    lines.push(line.join(','));
  });
  lines.push(''); // the last line ends with CRLF too
  return Buffer.concat([BOM, Buffer.from(lines.join('\r\n'), 'utf8')]);
}

export async function toXlsx(table: TableName, columns: string[], rows: unknown[][], job: Job): Promise<Buffer> {
  const labels = labelsOf(table, columns);
  const dates = columns.map(isDateColumn);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Pendamping';
  const ws = wb.addWorksheet(table);
  ws.columns = columns.map((c) => ({
    header: TABLE_COLUMNS[c]?.header ?? c,
    key: c,
    width: Math.min(50, Math.max(12, (TABLE_COLUMNS[c]?.header ?? c).length + 4)),
    style: TABLE_COLUMNS[c]?.kind === 'date' ? { numFmt: 'dd-mm-yyyy' } : TABLE_COLUMNS[c]?.kind === 'datetime' ? { numFmt: 'dd-mm-yyyy hh:mm' } : {},
  }));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  step(job, 'menulis', rows.length);
  await inChunks(job, rows, CHUNK, (r) => {
    ws.addRow(
      columns.map((_, j) => {
        const v = labels[j] ? labels[j](r[j]) : r[j];
        return dates[j] && typeof v === 'string' ? toDate(v) : v;
      }),
    );
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A plain date is midnight UTC in the sheet (a calendar day, no zone); a time stays its instant. */
const toDate = (s: string) => new Date(s.length === 10 ? `${s}T00:00:00Z` : s);
