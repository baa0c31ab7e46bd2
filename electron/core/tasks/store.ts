import type { Task } from '../../../shared/contract';
import { recordChange } from '../changes/record';
import { nowIso, type CoreContext } from '../context';

interface TaskRow {
  id: string;
  case_id: string;
  kind: Task['kind'];
  title: string;
  due_date: string;
  status: Task['status'];
  closed_at: string | null;
  note: string | null;
  assigned_worker_id: string | null;
  version: number;
}

export const toTask = (r: TaskRow): Task => ({
  id: r.id,
  caseId: r.case_id,
  kind: r.kind,
  title: r.title,
  dueDate: r.due_date,
  status: r.status,
  closedAt: r.closed_at,
  note: r.note,
  assignedWorkerId: r.assigned_worker_id,
  version: r.version,
});

export function findTask(ctx: CoreContext, id: string): Task | null {
  const r = ctx.db.prepare('SELECT * FROM tasks WHERE id = ?').get(id) as TaskRow | undefined;
  return r ? toTask(r) : null;
}

/** Inserts an open task and logs it; callers have checked the case and the dates. */
export function createTask(
  ctx: CoreContext,
  t: { caseId: string; kind: Task['kind']; title: string; dueDate: string; assignedWorkerId: string | null },
): Task {
  const id = ctx.newId();
  const now = nowIso(ctx);
  ctx.db
    .prepare(
      `INSERT INTO tasks (id, case_id, kind, title, due_date, status, assigned_worker_id, version, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 'terbuka', ?, 1, ?, ?)`,
    )
    .run(id, t.caseId, t.kind, t.title, t.dueDate, t.assignedWorkerId, now, now);
  const task = findTask(ctx, id)!;
  recordChange(ctx, { entity: 'task', entityId: id, action: 'create', before: null, after: { ...task } });
  return task;
}
