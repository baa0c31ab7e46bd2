import { AppError } from '../../../shared/result';
import { forbidden } from '../access/policy';
import { recordChange } from '../changes/record';
import { nowIso, type CoreContext } from '../context';
import { notFound, staleVersion } from '../errors';
import type { HandlerGroup } from '../handlers';
import { getWorker } from '../workers/handlers';
import { currentWorkerId } from '../workers/session';
import { eraseClient } from './erase';
import { assertNotErased } from './guard';
import { findRequest, listRequests, requestsOfClient, tombstoneOf } from './requests';
import { readRetention, retentionDue, writeRetention } from './retention';

function waitingRequest(ctx: CoreContext, id: string, version: number) {
  const r = findRequest(ctx, id);
  if (!r) throw notFound('Permintaan penghapusan');
  if (r.status !== 'menunggu') throw new AppError('CONFLICT', `Permintaan ini sudah diputuskan (${r.status === 'disetujui' ? 'disetujui' : 'ditolak'}).`);
  if (r.version !== version) throw staleVersion('Permintaan penghapusan');
  return r;
}

function decide(ctx: CoreContext, id: string, status: 'disetujui' | 'ditolak', note: string | null) {
  const me = currentWorkerId(ctx);
  ctx.db
    .prepare(
      `UPDATE erasure_requests SET status = ?, decided_by = ?, decided_name = ?, decided_at = ?, decision_note = ?, version = version + 1 WHERE id = ?`,
    )
    .run(status, me, me ? (getWorker(ctx, me)?.name ?? null) : null, nowIso(ctx), note, id);
  // Only the decision goes into the change log: notes are free text and may name the person.
  recordChange(ctx, { entity: 'erasure', entityId: id, action: 'update', before: { status: 'menunggu' }, after: { status } });
}

/**
 * The approval erases in one transaction. Right after the commit the WAL is checkpointed and
 * truncated, so old page images do not linger in the -wal file or the main file either
 * (a checkpoint cannot run inside the transaction; setImmediate runs once the synchronous
 * commit is done, and is harmless after a rollback).
 */
function checkpointAfterCommit(ctx: CoreContext): void {
  const db = ctx.db;
  setImmediate(() => {
    try {
      if (db.open) db.pragma('wal_checkpoint(TRUNCATE)');
    } catch (e) {
      ctx.log.error('checkpoint after erasure', e instanceof Error ? e.message : String(e));
    }
  });
}

/**
 * Four eyes: an erasure cannot be undone, so whoever asked for it does not approve it too while
 * another active koordinator or admin holds an account. A one-person office still can.
 */
function assertSecondPair(ctx: CoreContext, requestId: string): void {
  const me = currentWorkerId(ctx);
  const asked = ctx.db.prepare('SELECT requested_by FROM erasure_requests WHERE id = ?').pluck().get(requestId) as string | null;
  if (!me || me !== asked || !ctx.vault) return;
  const decider = (workerId: string) => {
    const w = getWorker(ctx, workerId);
    return !!w && w.active && (w.role === 'koordinator' || w.role === 'admin');
  };
  if (ctx.vault.list().some((a) => a.workerId !== me && decider(a.workerId)))
    throw forbidden('Permintaan penghapusan ini Anda ajukan sendiri: persetujuannya harus oleh koordinator atau admin lain.', 'koordinator_lain');
}

const approve: HandlerGroup['erasure:approve'] = (ctx, { id, version }) => {
  const r = waitingRequest(ctx, id, version);
  assertSecondPair(ctx, id);
  const removed = eraseClient(ctx, r.clientId);
  decide(ctx, id, 'disetujui', null);
  recordChange(ctx, { entity: 'client', entityId: r.clientId, action: 'delete', before: null, after: { erasureRequestId: id } });
  checkpointAfterCommit(ctx);
  return { tombstone: tombstoneOf(ctx, r.clientId)!, removed };
};

export const erasureHandlers: HandlerGroup = {
  'erasure:request': (ctx, { clientId, reason, note }) => {
    if (!ctx.db.prepare('SELECT 1 FROM clients WHERE id = ?').get(clientId)) throw notFound('Klien');
    assertNotErased(ctx, clientId);
    if (ctx.db.prepare(`SELECT 1 FROM erasure_requests WHERE client_id = ? AND status = 'menunggu'`).get(clientId))
      throw new AppError('CONFLICT', 'Sudah ada permintaan penghapusan yang menunggu persetujuan koordinator untuk klien ini.');
    const id = ctx.newId();
    ctx.db
      .prepare(`INSERT INTO erasure_requests (id, client_id, reason, note, status, requested_by, requested_at) VALUES (?, ?, ?, ?, 'menunggu', ?, ?)`)
      .run(id, clientId, reason, note, currentWorkerId(ctx), nowIso(ctx));
    recordChange(ctx, { entity: 'erasure', entityId: id, action: 'create', before: null, after: { clientId, reason, status: 'menunggu' } });
    return findRequest(ctx, id)!;
  },

  'erasure:approve': approve,

  'erasure:reject': (ctx, { id, version, reason }) => {
    waitingRequest(ctx, id, version);
    decide(ctx, id, 'ditolak', reason);
    return findRequest(ctx, id)!;
  },

  'erasure:list': (ctx, { status }) => listRequests(ctx, status),

  'erasure:status': (ctx, { clientId }) => {
    if (!ctx.db.prepare('SELECT 1 FROM clients WHERE id = ?').get(clientId)) throw notFound('Klien');
    const history = requestsOfClient(ctx, clientId);
    return { waiting: history.find((r) => r.status === 'menunggu') ?? null, tombstone: tombstoneOf(ctx, clientId), history };
  },

  'retention:due': (ctx) => retentionDue(ctx),
  'settings:retention-get': (ctx) => readRetention(ctx),
  'settings:retention-update': (ctx, input) => {
    const before = readRetention(ctx);
    writeRetention(ctx, input);
    recordChange(ctx, { entity: 'settings', entityId: 'retention', action: 'update', before, after: input });
    return readRetention(ctx);
  },
};
