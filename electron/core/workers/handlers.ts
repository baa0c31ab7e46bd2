import type { Worker } from '../../../shared/contract';
import { recordChange } from '../changes/record';
import { nowIso, type CoreContext } from '../context';
import { notFound } from '../errors';
import { AppError } from '../../../shared/result';
import { anotherAdminAccount } from '../accounts/handlers';
import type { HandlerGroup } from '../handlers';
import { currentWorkerId, setCurrentWorkerId } from './session';

interface WorkerRow {
  id: string;
  name: string;
  nip: string | null;
  role: Worker['role'];
  position: string | null;
  active: number;
  created_at: string;
}

const toWorker = (r: WorkerRow): Worker => ({
  id: r.id,
  name: r.name,
  nip: r.nip,
  role: r.role,
  position: r.position,
  active: r.active === 1,
  createdAt: r.created_at,
});

export function getWorker(ctx: CoreContext, id: string): Worker | null {
  const row = ctx.db.prepare('SELECT * FROM workers WHERE id = ?').get(id) as WorkerRow | undefined;
  return row ? toWorker(row) : null;
}

const session = (ctx: CoreContext) => {
  const id = currentWorkerId(ctx);
  return { currentWorker: id ? getWorker(ctx, id) : null };
};

export const workerHandlers: HandlerGroup = {
  'workers:list': (ctx) =>
    (ctx.db.prepare('SELECT * FROM workers ORDER BY active DESC, name COLLATE NOCASE').all() as WorkerRow[]).map(toWorker),

  'workers:create': (ctx, input) => {
    const id = ctx.newId();
    ctx.db
      .prepare('INSERT INTO workers (id, name, nip, role, position, active, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(id, input.name, input.nip, input.role, input.position, input.active ? 1 : 0, nowIso(ctx));
    const worker = getWorker(ctx, id)!;
    recordChange(ctx, { entity: 'worker', entityId: id, action: 'create', before: null, after: { ...worker } });
    // The first profile on a fresh installation becomes the acting one.
    if (!currentWorkerId(ctx)) setCurrentWorkerId(ctx, id);
    return worker;
  },

  'workers:update': (ctx, { id, worker: input }) => {
    const before = getWorker(ctx, id);
    if (!before) throw notFound('Pekerja');
    // Accounts are managed by admins: the last active admin with an account stays one.
    const losesAdmin = before.role === 'admin' && before.active && (input.role !== 'admin' || !input.active);
    if (losesAdmin && ctx.vault?.list().some((a) => a.workerId === id) && !anotherAdminAccount(ctx, id)) {
      throw new AppError('CONFLICT', 'Ini admin terakhir yang punya akun: buat akun admin lain dulu sebelum mengubah peran atau menonaktifkannya.', {
        fields: [{ path: 'worker.role', message: 'Admin terakhir yang punya akun tidak dapat diubah perannya atau dinonaktifkan.' }],
      });
    }
    ctx.db
      .prepare('UPDATE workers SET name = ?, nip = ?, role = ?, position = ?, active = ? WHERE id = ?')
      .run(input.name, input.nip, input.role, input.position, input.active ? 1 : 0, id);
    const after = getWorker(ctx, id)!;
    recordChange(ctx, { entity: 'worker', entityId: id, action: 'update', before: { ...before }, after: { ...after } });
    return after;
  },

  'session:get': (ctx) => session(ctx),

  'session:set-worker': (ctx, { workerId }) => {
    const worker = getWorker(ctx, workerId);
    if (!worker) throw notFound('Pekerja');
    if (!worker.active) throw notFound('Pekerja aktif');
    const actor = ctx.actor;
    if (actor.kind === 'system') {
      setCurrentWorkerId(ctx, workerId);
      return session(ctx);
    }
    // Unlocked by an account: the unlocking worker stays on record. An admin may act for a
    // colleague on a shared laptop (with the colleague's role); anyone may return to herself.
    const unlockedBy = actor.unlockedBy ?? actor.workerId;
    if (workerId === unlockedBy) {
      ctx.actor = { kind: 'worker', workerId, role: worker.role };
      return session(ctx);
    }
    if (getWorker(ctx, unlockedBy)?.role !== 'admin') {
      throw new AppError('FORBIDDEN', 'Hanya admin yang dapat bekerja atas nama rekan. Untuk bekerja sebagai pekerja lain, kunci data lalu buka dengan akun pekerja itu.');
    }
    ctx.actor = { kind: 'worker', workerId, role: worker.role, unlockedBy };
    return session(ctx);
  },
};
