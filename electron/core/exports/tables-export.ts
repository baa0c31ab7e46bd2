import ExcelJS from 'exceljs';
import type { CoreContext } from '../context';
import { TABLE_COLUMNS, type TableName } from '../../../shared/contract/exports';

/**
 * Flat tables for spreadsheets: Indonesian headers, chosen columns, dates as real dates in
 * XLSX and ISO text in CSV (with a BOM so Excel reads Indonesian characters right).
 */
const QUERIES: Record<TableName, string> = {
  clients: `SELECT id, name, nik, kk, CASE sex WHEN 'P' THEN 'Perempuan' ELSE 'Laki-laki' END AS sex, birth_place, birth_date,
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
  if (caseIds?.length) {
    const keep = new Set(caseIds);
    const chosen = ctx.db.prepare(`SELECT number, client_id FROM cases WHERE id IN (${caseIds.map(() => '?').join(',')})`).all(...caseIds) as { number: string; client_id: string }[];
    const numbers = new Set(chosen.map((c) => c.number));
    const clients = new Set(chosen.map((c) => c.client_id));
    rows = rows.filter((r) => (table === 'cases' ? keep.has(r.id as string) : table === 'clients' ? clients.has(r._client_id as string) : numbers.has(r.case_number as string)));
  }
  // _client_id rides along for de-identification; no output lists it.
  return rows.map((r) => Object.fromEntries([...columns, '_client_id'].map((c) => [c, r[c] ?? null])));
}

const isDateColumn = (c: string) => TABLE_COLUMNS[c]?.kind === 'date' || TABLE_COLUMNS[c]?.kind === 'datetime';

export function toCsv(rows: Record<string, unknown>[], columns: string[]): string {
  const cell = (v: unknown) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [columns.map((c) => cell(TABLE_COLUMNS[c]?.header ?? c)).join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export async function toXlsx(rows: Record<string, unknown>[], columns: string[], sheet: string): Promise<Buffer> {
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
  for (const r of rows) {
    ws.addRow(Object.fromEntries(columns.map((c) => [c, isDateColumn(c) && typeof r[c] === 'string' ? toDate(r[c] as string) : r[c]])));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A plain date is midnight UTC in the sheet (a calendar day, no zone); a time stays its instant. */
const toDate = (s: string) => new Date(s.length === 10 ? `${s}T00:00:00Z` : s);
