import type { Actor } from '../../electron/core/context';
import type { tempCore } from './temp-core';

type Role = Extract<Actor, { kind: 'worker' }>['role'];

/** From now on the core acts as this worker, as after her unlock. */
export function actAs(t: ReturnType<typeof tempCore>, worker: { id: string; role: Role }) {
  t.ctx.actor = { kind: 'worker', workerId: worker.id, role: worker.role };
}

/** Back to the system actor of tests and seeding, which may do everything. */
export function actAsSystem(t: ReturnType<typeof tempCore>) {
  t.ctx.actor = { kind: 'system' };
}
