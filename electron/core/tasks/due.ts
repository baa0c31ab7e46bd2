import type { AwaitingReferral, DueTask } from '../../../shared/contract';
import { addDays, daysBetween } from '../../../shared/dates';
import { ownCase } from '../access/scope';
import type { CoreContext } from '../context';
import { toTask } from './store';

/**
 * Open follow-ups for Tindak Lanjut. A worker's tasks are those assigned to her, and the
 * unassigned ones of her cases. Highest re-shackling risk first, then the longest overdue.
 * `own` (a pekerja sosial) keeps only tasks and referrals of her own cases, whatever is asked.
 */
export function dueTasks(ctx: CoreContext, today: string, workerId: string | null, own: string | null = null) {
  const weekEnd = addDays(today, 6);
  const { where, ownSql, params } = dueScope(weekEnd, workerId, own);
  const rows = ctx.db
    .prepare(
      `SELECT t.*, c.number AS case_number, c.client_id, cl.name AS client_name, c.risk
       FROM tasks t
       JOIN cases c ON c.id = t.case_id
       JOIN clients cl ON cl.id = c.client_id
       WHERE ${where}
       ORDER BY CASE c.risk WHEN 'tinggi' THEN 0 WHEN 'sedang' THEN 1 WHEN 'rendah' THEN 2 ELSE 3 END, t.due_date, t.id`,
    )
    .all(params) as (Parameters<typeof toTask>[0] & {
    case_number: string;
    client_id: string;
    client_name: string;
    risk: DueTask['risk'];
  })[];
  const tasks: DueTask[] = rows.map((r) => ({
    ...toTask(r),
    caseNumber: r.case_number,
    clientId: r.client_id,
    clientName: r.client_name,
    risk: r.risk,
    daysOverdue: daysBetween(r.due_date, today),
  }));
  // A worker's referrals waiting for an answer are found from her cases (cases_by_worker,
  // referrals_by_case); the office's from the partial index of sent referrals.
  const awaitingResponse = (
    ctx.db
      .prepare(
        `SELECT r.id AS referralId, r.case_id AS caseId, c.number AS caseNumber, cl.name AS clientName, i.name AS institutionName,
                r.expected_response_date AS expectedResponseDate
         FROM ${workerId ? 'cases c CROSS JOIN referrals r ON r.case_id = c.id' : 'referrals r JOIN cases c ON c.id = r.case_id'}
         JOIN clients cl ON cl.id = c.client_id
         JOIN institutions i ON i.id = r.institution_id
         WHERE r.status = 'dikirim' AND r.expected_response_date < @today ${workerId ? 'AND c.assigned_worker_id = @worker' : ''} ${ownSql}
         ORDER BY r.expected_response_date, r.id`,
      )
      .all({ today, ...(workerId ? { worker: workerId } : {}), ...(own ? { own } : {}) }) as Omit<AwaitingReferral, 'daysOverdue'>[]
  ).map((r) => ({ ...r, daysOverdue: daysBetween(r.expectedResponseDate, today) }));
  return { today, overdue: tasks.filter((t) => t.dueDate < today), thisWeek: tasks.filter((t) => t.dueDate >= today), awaitingResponse };
}

/**
 * Which open follow-ups are due by `weekEnd` for this worker (or the office), as SQL over
 * `tasks t JOIN cases c`. The SQL is put together for the case at hand: an `@x IS NULL OR …`
 * condition would keep SQLite off every index (measured on a district's data: 350 ms
 * against a few). A worker's follow-ups: those assigned to her (tasks_open_by_worker), and
 * the unassigned ones of her cases (cases_by_worker, then tasks_by_case).
 */
function dueScope(weekEnd: string, workerId: string | null, own: string | null) {
  const ownSql = own ? `AND ${ownCase('c')}` : '';
  const mine = workerId
    ? `AND t.id IN (
         SELECT id FROM tasks WHERE status = 'terbuka' AND assigned_worker_id = @worker AND due_date <= @weekEnd
         UNION ALL
         SELECT t2.id FROM cases c2 JOIN tasks t2 ON t2.case_id = c2.id
         WHERE c2.assigned_worker_id = @worker AND t2.assigned_worker_id IS NULL AND t2.status = 'terbuka' AND t2.due_date <= @weekEnd)`
    : '';
  return {
    where: `t.status = 'terbuka' AND t.due_date <= @weekEnd ${mine} ${ownSql}`,
    ownSql,
    params: { weekEnd, ...(workerId ? { worker: workerId } : {}), ...(own ? { own } : {}) },
  };
}

/** Only how many are overdue and due this week (Beranda): counted in SQL, no rows built. */
export function countDueTasks(ctx: CoreContext, today: string, workerId: string | null, own: string | null = null): { overdue: number; thisWeek: number } {
  const { where, params } = dueScope(addDays(today, 6), workerId, own);
  // The case is read only to keep a pekerja sosial to her own: the office's count is the
  // partial index of open tasks alone.
  const r = ctx.db
    .prepare(
      `SELECT count(*) FILTER (WHERE t.due_date < @today) AS overdue, count(*) FILTER (WHERE t.due_date >= @today) AS thisWeek
       FROM tasks t ${own ? 'JOIN cases c ON c.id = t.case_id' : ''} WHERE ${where}`,
    )
    .get({ ...params, today }) as { overdue: number; thisWeek: number };
  return r;
}
