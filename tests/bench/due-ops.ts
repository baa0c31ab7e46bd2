import type { openCore } from '../../electron/core/open-core';
import { DUE_PAGE, type DueList } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { compare, wanted, type Measured } from './measure';

type Core = ReturnType<typeof openCore>;
const NAME = 'daftar terlambat (Tindak Lanjut)';
const must = <T>(r: Result<unknown>): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
};

/**
 * Tindak Lanjut as the screen first asks for it (the acting worker's first page of each
 * list, with totals) beside a baseline that reads the same pages and totals plainly with the
 * driver: join everything, sort, take the page; count apart.
 */
export async function dueOp(core: Core, runs: number): Promise<Measured | null> {
  if (!wanted(NAME)) return null;
  const db = core.db;
  const worker = (db.prepare(`SELECT value FROM meta WHERE key = 'current_worker_id'`).get() as { value: string }).value;
  const first = must<DueList>(core.call('tasks:due', {}));
  // Her follow-ups: those assigned to her, and the unassigned ones of her cases.
  const mine = (cols: string, joins: string, when: string) =>
    `SELECT ${cols} FROM tasks t JOIN cases c ON c.id = t.case_id ${joins} WHERE t.status = 'terbuka' AND ${when} AND t.assigned_worker_id = @worker
     UNION ALL
     SELECT ${cols} FROM tasks t JOIN cases c ON c.id = t.case_id ${joins} WHERE t.status = 'terbuka' AND ${when} AND t.assigned_worker_id IS NULL AND c.assigned_worker_id = @worker`;
  const tasks = (when: string) =>
    [
      db.prepare(`SELECT * FROM (${mine('t.*, c.number, c.client_id, cl.name, c.risk', 'JOIN clients cl ON cl.id = c.client_id', when)})
        ORDER BY CASE risk WHEN 'tinggi' THEN 0 WHEN 'sedang' THEN 1 WHEN 'rendah' THEN 2 ELSE 3 END, due_date, id LIMIT @limit`),
      db.prepare(`SELECT count(*) AS n FROM (${mine('1', '', when)})`),
    ] as const;
  const [overdue, overdueCount] = tasks('t.due_date < @today');
  const [week, weekCount] = tasks(`t.due_date >= @today AND t.due_date <= date(@today, '+6 days')`);
  const sent = `FROM cases c JOIN referrals r ON r.case_id = c.id WHERE c.assigned_worker_id = @worker AND r.status = 'dikirim' AND r.expected_response_date < @today`;
  const awaiting = db.prepare(`SELECT r.id, r.case_id, c.number, cl.name, i.name AS institution, r.expected_response_date
    ${sent.replace('WHERE', 'JOIN clients cl ON cl.id = c.client_id JOIN institutions i ON i.id = r.institution_id WHERE')}
    ORDER BY r.expected_response_date, r.id LIMIT @limit`);
  const awaitingCount = db.prepare(`SELECT count(*) AS n ${sent}`);
  // The office's date, as the core reads it from its time zone: both ask about the same day.
  const p = { worker, today: first.today, limit: DUE_PAGE };
  const n = (s: typeof overdueCount) => (s.get(p) as { n: number }).n;
  const raw = () => ({
    overdue: { rows: overdue.all(p) as { id: string }[], total: n(overdueCount) },
    thisWeek: { rows: week.all(p) as { id: string }[], total: n(weekCount) },
    awaitingResponse: { rows: awaiting.all(p) as { id: string }[], total: n(awaitingCount) },
  });

  // The same rows and totals, or the comparison would mean nothing.
  const r = raw();
  const ids = (page: { rows: { id?: string; referralId?: string }[]; total: number }) => JSON.stringify([page.total, page.rows.map((x) => x.id ?? x.referralId)]);
  for (const k of ['overdue', 'thisWeek', 'awaitingResponse'] as const) {
    if (ids(first[k]!) !== ids(r[k])) throw new Error(`bench: the raw baseline of ${NAME} reads a different ${k} from the core`);
  }
  return compare(NAME, runs, () => must(core.call('tasks:due', {})), raw, { p95: 20, ratio: 1.5 });
}
