import type { AwaitingReferral, DueList, DuePage, DueSection, DueTask } from '../../../shared/contract';
import { addDays, daysBetween } from '../../../shared/dates';
import { ownCase } from '../access/scope';
import type { CoreContext } from '../context';
import { toTask } from './store';

/** Whose follow-ups: a worker's (null: the office's), kept to `own`'s cases for a pekerja sosial. */
interface DueScope {
  workerId: string | null;
  own: string | null;
}

type Window = { offset: number; limit: number };

/**
 * Open follow-ups for Tindak Lanjut, a page of each list (or of `section` alone) with its
 * total. A worker's tasks are those assigned to her, and the unassigned ones of her cases.
 * Highest re-shackling risk first, then the longest overdue. `own` (a pekerja sosial) keeps
 * only tasks and referrals of her own cases, whatever is asked.
 *
 * A district worker has hundreds of each (a koordinator's office view tens of thousands):
 * only the keys are sorted, and only a page's rows are read in full and sent.
 */
export function dueTasks(ctx: CoreContext, today: string, scope: DueScope, page: Window & { section?: DueSection }): DueList {
  const wants = (s: DueSection) => page.section === undefined || page.section === s;
  const until = addDays(today, 7); // due this week: today and the six days after
  return {
    today,
    overdue: wants('overdue') ? taskPage(ctx, scope, { from: '', until: today }, today, page) : null,
    thisWeek: wants('thisWeek') ? taskPage(ctx, scope, { from: today, until }, today, page) : null,
    awaitingResponse: wants('awaitingResponse') ? referralPage(ctx, scope, today, page) : null,
  };
}

const RANK = `CASE c.risk WHEN 'tinggi' THEN 0 WHEN 'sedang' THEN 1 WHEN 'rendah' THEN 2 ELSE 3 END`;

/**
 * SQL for the open follow-ups of `scope` due in [@from, @until), as `cols` of `tasks t JOIN
 * cases c` (the case joined only when `withCase`, or when the scope needs it). Put together
 * for the case at hand: an `@x IS NULL OR …` condition would keep SQLite off every index
 * (measured on a district's data: 350 ms against a few). A worker's: those assigned to her
 * (tasks_open_by_worker, which also holds the case and id: no task row is read) and, a
 * disjoint second arm, the unassigned ones of her cases.
 */
function dueTaskSql({ workerId, own }: DueScope, cols: string, withCase: boolean): string {
  const open = `t.status = 'terbuka' AND t.due_date >= @from AND t.due_date < @until`;
  const ownSql = own ? `AND ${ownCase('c')}` : '';
  const joinCase = withCase || own ? 'JOIN cases c ON c.id = t.case_id' : '';
  if (!workerId) return `SELECT ${cols} FROM tasks t ${joinCase} WHERE ${open} ${ownSql}`;
  // Her own cases' tasks are hers already: the condition would only cost a case read each.
  const ownOfCase = own === workerId ? '' : ownSql;
  return `SELECT ${cols} FROM tasks t ${joinCase} WHERE ${open} AND t.assigned_worker_id = @worker ${ownSql}
    UNION ALL
    SELECT ${cols} FROM tasks t JOIN cases c ON c.id = t.case_id WHERE ${open} AND t.assigned_worker_id IS NULL AND c.assigned_worker_id = @worker ${ownOfCase}`;
}

const scopeParams = ({ workerId, own }: DueScope) => ({ ...(workerId ? { worker: workerId } : {}), ...(own ? { own } : {}) });

type TaskRow = Parameters<typeof toTask>[0] & { case_number: string; client_id: string; client_name: string; risk: DueTask['risk']; total: number };

function taskPage(ctx: CoreContext, scope: DueScope, range: { from: string; until: string }, today: string, { offset, limit }: Window): DuePage<DueTask> {
  const keys = dueTaskSql(scope, `t.rowid AS rid, ${RANK} AS rk, t.due_date AS due, t.id AS id`, true);
  const params = { ...scopeParams(scope), ...range, offset, limit };
  const rows = ctx.db
    .prepare(
      `SELECT t.*, c.number AS case_number, c.client_id, cl.name AS client_name, c.risk, p.total
       FROM (SELECT rid, rk, due, id, count(*) OVER () AS total FROM (${keys}) ORDER BY rk, due, id LIMIT @limit OFFSET @offset) p
       JOIN tasks t ON t.rowid = p.rid
       JOIN cases c ON c.id = t.case_id
       JOIN clients cl ON cl.id = c.client_id
       ORDER BY p.rk, p.due, p.id`,
    )
    .all(params) as TaskRow[];
  // A page past the end carries no total of its own.
  const total = rows.length ? rows[0].total : offset === 0 ? 0 : (ctx.db.prepare(`SELECT count(*) AS n FROM (${dueTaskSql(scope, '1', false)})`).get(params) as { n: number }).n;
  return {
    total,
    rows: rows.map((r) => ({
      ...toTask(r),
      caseNumber: r.case_number,
      clientId: r.client_id,
      clientName: r.client_name,
      risk: r.risk,
      daysOverdue: daysBetween(r.due_date, today),
    })),
  };
}

/**
 * Sent referrals past their expected answer, oldest first. A worker's are found from her
 * cases (cases_by_worker, then referrals_sent_by_case: index entries only); the office's
 * from the partial index of sent referrals.
 */
function referralPage(ctx: CoreContext, scope: DueScope, today: string, { offset, limit }: Window): DuePage<AwaitingReferral> {
  const { workerId, own } = scope;
  const ownSql = own && own !== workerId ? `AND ${ownCase('c')}` : '';
  const from = workerId ? 'cases c CROSS JOIN referrals r ON r.case_id = c.id' : own ? 'referrals r JOIN cases c ON c.id = r.case_id' : 'referrals r';
  const where = `r.status = 'dikirim' AND r.expected_response_date < @today ${workerId ? 'AND c.assigned_worker_id = @worker' : ''} ${ownSql}`;
  const params = { ...scopeParams(scope), today, offset, limit };
  const rows = ctx.db
    .prepare(
      `SELECT r.id AS referralId, r.case_id AS caseId, c.number AS caseNumber, cl.name AS clientName, i.name AS institutionName,
              r.expected_response_date AS expectedResponseDate, p.total
       FROM (SELECT r.rowid AS rid, r.expected_response_date AS due, r.id AS id, count(*) OVER () AS total FROM ${from} WHERE ${where}
             ORDER BY due, id LIMIT @limit OFFSET @offset) p
       JOIN referrals r ON r.rowid = p.rid
       JOIN cases c ON c.id = r.case_id
       JOIN clients cl ON cl.id = c.client_id
       JOIN institutions i ON i.id = r.institution_id
       ORDER BY p.due, p.id`,
    )
    .all(params) as (Omit<AwaitingReferral, 'daysOverdue'> & { total: number })[];
  const total = rows.length ? rows[0].total : offset === 0 ? 0 : (ctx.db.prepare(`SELECT count(*) AS n FROM ${from} WHERE ${where}`).get(params) as { n: number }).n;
  return { total, rows: rows.map(({ total: _, ...r }) => ({ ...r, daysOverdue: daysBetween(r.expectedResponseDate, today) })) };
}

/** Only how many are overdue and due this week (Beranda): counted in SQL, no rows built. */
export function countDueTasks(ctx: CoreContext, today: string, workerId: string | null, own: string | null = null): { overdue: number; thisWeek: number } {
  // The case is read only to keep a pekerja sosial to her own (or for the unassigned tasks
  // of a worker's cases): the office's count is the partial index of open tasks alone.
  return ctx.db
    .prepare(
      `SELECT count(*) FILTER (WHERE due < @today) AS overdue, count(*) FILTER (WHERE due >= @today) AS thisWeek
       FROM (${dueTaskSql({ workerId, own }, 't.due_date AS due', false)})`,
    )
    .get({ ...scopeParams({ workerId, own }), from: '', until: addDays(today, 7), today }) as { overdue: number; thisWeek: number };
}
