import { z } from 'zod';
import { WORKER_ROLE } from '../enums';
import { channel, empty, id, optionalText, requiredText } from './common';

const nip = z
  .union([z.string().trim().regex(/^(\d{18})?$/, { error: 'NIP harus 18 digit angka.' }), z.null()])
  .optional()
  .transform((v) => (v ? v : null));

export const WorkerInput = z.strictObject({
  name: requiredText(200, 'Nama'),
  nip,
  role: z.enum(WORKER_ROLE.values, { error: 'Pilih peran.' }),
  position: optionalText(200),
  active: z.boolean().default(true),
});
export type WorkerInput = z.output<typeof WorkerInput>;

export interface Worker extends WorkerInput {
  id: string;
  createdAt: string;
}

export interface Session {
  /** The worker profile acting now: the unlocked account's worker, or the colleague an admin acts for. */
  currentWorker: Worker | null;
}

export const workerChannels = {
  'workers:list': channel<Worker[]>()(empty, false, 'Every worker profile.'),
  'workers:create': channel<Worker>()(WorkerInput, true, 'Add a worker profile (name, NIP, role, position).'),
  'workers:update': channel<Worker>()(z.strictObject({ id, worker: WorkerInput }), true, 'Change a worker profile.'),
  'session:get': channel<Session>()(empty, false, 'Who is acting now.'),
  'session:set-worker': channel<Session>()(z.strictObject({ workerId: id }), true, 'Act as another worker profile: an unlocked admin acting for a colleague on a shared laptop (the unlocking account stays on record), or the system actor of tests and seeding. Others may only choose themselves.'),
};
