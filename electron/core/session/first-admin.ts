import type { SetupInput, Worker } from '../../../shared/contract';
import type { z } from 'zod';
import type { OpenedCore } from '../open-core';
import { AppError, type Result } from '../../../shared/result';

/**
 * The first admin's worker profile at setup. A folder that already has data (the key-file
 * scheme) may already hold this person's profile: the one with the same name (case and
 * spaces aside) becomes the admin, so their records stay theirs; otherwise a new profile is
 * made. Runs as the system actor, before any account exists; every change is in the change log.
 */
export function adoptFirstAdmin(core: OpenedCore, input: z.output<typeof SetupInput>): Worker {
  const same = (a: string) => a.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('id');
  const workers = must(core.invoke('workers:list', {}));
  const existing = workers.find((w) => same(w.name) === same(input.name));
  if (!existing) return must(core.invoke('workers:create', { name: input.name, position: input.position, role: 'admin', active: true }));
  if (existing.role === 'admin' && existing.active) return existing;
  const { id, createdAt: _createdAt, ...profile } = existing;
  return must(core.invoke('workers:update', { id, worker: { ...profile, role: 'admin', active: true } }));
}

function must<T>(r: Result<T>): T {
  if (!r.ok) throw new AppError(r.error.code, r.error.message, { fields: r.error.fields });
  return r.value;
}
