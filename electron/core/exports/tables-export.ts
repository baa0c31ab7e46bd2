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

export function tableRows(ctx: CoreContext, table: TableName, columns: string[], caseIds?: string[]) {
  let rows = ctx.db.prepare(QUERIES[table]).all() as Record<string, unknown>[];
  // A pekerja sosial's table without chosen cases holds her own cases only (and their clients).
  const own = ownCasesOf(ctx);
  const ids = caseIds?.length ? caseIds : own ? (ctx.db.prepare(`SELECT c.id FROM cases c WHERE ${ownCase('c')}`).all({ own }) as { id: string }[]).map((c) => c.id) : null;
  if (ids && !ids.length) rows = [];
  else if (ids) {
    const keep = new Set(ids);
    const chosen = ctx.db.prepare(`SELECT number, client_id FROM cases WHERE id IN (${ids.map(() => '?').join(',')})`).all(...ids) as { number: string; client_id: string }[];
    const numbers = new Set(chosen.map((c) => c.number));
    const clients = new Set(chosen.map((c) => c.client_id));
    rows = rows.filter((r) => (table === 'cases' ? keep.has(r.id as string) : table === 'clients' ? clients.has(r._client_id as string) : numbers.has(r.case_number as string)));
  }
  // _client_id rides along for de-identification; no output lists it.
  return rows.map((r) => Object.fromEntries([...columns, '_client_id'].map((c) => [c, r[c] ?? null])));
}

type Label = (v: unknown) => unknown;
const enumLabel = (e: { label(v: never): string }): Label => (v) => (typeof v === 'string' ? e.label(v as never) : v);
const yesNo: Label = (v) => (v === 1 ? 'Ya' : v === 0 ? 'Tidak' : v);

/**
 * Stored slugs become the Indonesian names people read (shared/enums), per table because a
 * column like `status` means another list in each. Codes that are codes (NIK, KK, region
 * code, case number) stay as they are.
 */
const LABELS: Record<TableName, Record<string, Label>> = {
  clients: { sex: enumLabel(SEX), dtsen_registered: yesNo },
  cases: { cluster: enumLabel(CLUSTER), ppks_type: enumLabel(PPKS), stage: enumLabel(STAGE), status: enumLabel(CASE_STATUS), risk: enumLabel(RISK), closure_reason: enumLabel(CLOSURE_REASON) },
  visits: { type: enumLabel(VISIT_TYPE), risk: enumLabel(RISK) },
  referrals: { urgency: enumLabel(URGENCY), status: enumLabel(REFERRAL_STATUS) },
  tasks: { kind: enumLabel(TASK_KIND), status: enumLabel(TASK_STATUS) },
};

/** The rows as people read them (after de-identification, so a label is never scrubbed as a name). */
export function labelRows(table: TableName, rows: Record<string, unknown>[]) {
  const labels = Object.entries(LABELS[table]);
  return rows.map((r) => {
    const out = { ...r };
    for (const [column, label] of labels) if (column in out) out[column] = label(out[column]);
    return out;
  });
}

const isDateColumn = (c: string) => TABLE_COLUMNS[c]?.kind === 'date' || TABLE_COLUMNS[c]?.kind === 'datetime';
const CHUNK = 2000;

export async function toCsv(rows: Record<string, unknown>[], columns: string[], job: Job): Promise<string> {
  const cell = (v: unknown) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  step(job, 'menulis', rows.length);
  const lines = [columns.map((c) => cell(TABLE_COLUMNS[c]?.header ?? c)).join(',')];
  await inChunks(job, rows, CHUNK, (r) => lines.push(columns.map((c) => cell(r[c])).join(',')));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export async function toXlsx(rows: Record<string, unknown>[], columns: string[], sheet: string, job: Job): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Pendamping';
  const ws = wb.addWorksheet(sheet);
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
    ws.addRow(Object.fromEntries(columns.map((c) => [c, isDateColumn(c) && typeof r[c] === 'string' ? toDate(r[c] as string) : r[c]])));
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A plain date is midnight UTC in the sheet (a calendar day, no zone); a time stays its instant. */
const toDate = (s: string) => new Date(s.length === 10 ? `${s}T00:00:00Z` : s);
