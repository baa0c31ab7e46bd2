import { recordChange } from '../changes/record';
import { nowIso } from '../context';
import { AppError } from '../../../shared/result';
import { fieldError, notFound, staleVersion } from '../errors';
import { ownCasesOf } from '../access/scope';
import type { HandlerGroup } from '../handlers';
import { officeToday } from '../settings/store';
import { getWorker } from '../workers/handlers';
import { currentWorkerId } from '../workers/session';
import { dueTasks } from './due';
import { createTask, findTask, toTask } from './store';

export const taskHandlers: HandlerGroup = {
  'tasks:create': (ctx, input) => {
    const kase = ctx.db.prepare('SELECT opened_at, assigned_worker_id FROM cases WHERE id = ?').get(input.caseId) as
      | { opened_at: string; assigned_worker_id: string | null }
      | undefined;
    if (!kase) throw fieldError('caseId', 'Kasus tidak ditemukan.');
    if (input.dueDate < kase.opened_at) throw fieldError('dueDate', `Tanggal jatuh tempo sebelum kasus dibuka (${kase.opened_at}).`);
    const worker = input.assignedWorkerId === undefined ? kase.assigned_worker_id : input.assignedWorkerId;
    if (worker && !getWorker(ctx, worker)?.active) throw fieldError('assignedWorkerId', 'Pekerja tidak ditemukan atau tidak aktif.');
    return createTask(ctx, { caseId: input.caseId, kind: input.kind, title: input.title, dueDate: input.dueDate, assignedWorkerId: worker });
  },

  'tasks:close': (ctx, { id, version, outcome, note }) => {
    const before = findTask(ctx, id);
    if (!before) throw notFound('Tindak lanjut');
    if (before.version !== version) throw staleVersion('Tindak lanjut');
    if (before.status !== 'terbuka') throw new AppError('CONFLICT', `Tindak lanjut ini sudah ${before.status}.`);
    const now = nowIso(ctx);
    ctx.db.prepare('UPDATE tasks SET status = ?, closed_at = ?, note = ?, version = version + 1, updated_at = ? WHERE id = ?').run(outcome, now, note, now, id);
    const after = findTask(ctx, id)!;
    recordChange(ctx, { entity: 'task', entityId: id, action: 'update', before: { ...before }, after: { ...after }, reason: note });
    return after;
  },

  'tasks:list': (ctx, { caseId }) =>
    (ctx.db.prepare(`SELECT * FROM tasks WHERE case_id = ? ORDER BY status <> 'terbuka', due_date DESC, id DESC`).all(caseId) as Parameters<typeof toTask>[0][]).map(toTask),

  'tasks:due': (ctx, { all, workerId, section, offset, limit }) =>
    dueTasks(ctx, officeToday(ctx), { workerId: all ? null : (workerId ?? currentWorkerId(ctx)), own: ownCasesOf(ctx) }, { section, offset, limit }),
};
