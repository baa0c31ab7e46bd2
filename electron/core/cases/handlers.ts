import { CLOSED_STATUSES, STAGE } from '../../../shared/enums';
import type { Case } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import { ownCasesOf } from '../access/scope';
import { recordChange } from '../changes/record';
import { nowIso, type CoreContext } from '../context';
import { fieldError, notFound, staleVersion } from '../errors';
import type { HandlerGroup } from '../handlers';
import { assertNotErased } from '../erasure/guard';
import { readSettings, officeToday } from '../settings/store';
import { getWorker } from '../workers/handlers';
import { currentWorkerId } from '../workers/session';
import { listCases } from './list';
import { nextCaseNumber } from './numbering';
import { caseDetail, findCase } from './rows';

const stageOrder = (stage: Case['stage']) => STAGE.values.indexOf(stage);
const isClosed = (status: string) => (CLOSED_STATUSES as readonly string[]).includes(status);

function requireActiveWorker(ctx: CoreContext, id: string | null) {
  if (id === null) return;
  const w = getWorker(ctx, id);
  if (!w || !w.active) throw fieldError('assignedWorkerId', 'Pekerja yang ditugaskan tidak ditemukan atau tidak aktif.');
}

/** Loads a case for a change, refusing a stale editor. */
function forChange(ctx: CoreContext, id: string, version: number): Case {
  const c = findCase(ctx, id);
  if (!c) throw notFound('Kasus');
  if (c.version !== version) throw staleVersion('Kasus');
  return c;
}

function store(ctx: CoreContext, before: Case, patch: Partial<Case>, reason: string | null) {
  const after = { ...before, ...patch };
  ctx.db
    .prepare(
      `UPDATE cases SET cluster = @cluster, ppks_type = @ppksType, stage = @stage, stage_order = @stageOrder, status = @status,
         assigned_worker_id = @assignedWorkerId, closed_at = @closedAt, closure_reason = @closureReason, summary = @summary,
         closure_request = @request, version = version + 1, updated_at = @now
       WHERE id = @id`,
    )
    .run({ ...after, stageOrder: stageOrder(after.stage), request: after.closureRequest ? JSON.stringify(after.closureRequest) : null, now: nowIso(ctx) });
  recordChange(ctx, { entity: 'case', entityId: before.id, action: 'update', before: { ...before }, after: { ...after }, reason });
  return caseDetail(ctx, before.id);
}

export const caseHandlers: HandlerGroup = {
  'cases:create': (ctx, input) => {
    const client = ctx.db.prepare('SELECT birth_date FROM clients WHERE id = ?').get(input.clientId) as { birth_date: string | null } | undefined;
    if (!client) throw fieldError('clientId', 'Klien tidak ditemukan.');
    assertNotErased(ctx, input.clientId);
    requireActiveWorker(ctx, input.assignedWorkerId);
    const today = officeToday(ctx);
    const openedAt = input.openedAt ?? today;
    if (openedAt > today) throw fieldError('openedAt', 'Tanggal buka kasus tidak boleh di masa depan.');
    if (client.birth_date && openedAt < client.birth_date) throw fieldError('openedAt', 'Tanggal buka kasus sebelum tanggal lahir klien.');
    const id = ctx.newId();
    const number = nextCaseNumber(ctx, readSettings(ctx), openedAt);
    const now = nowIso(ctx);
    const row = {
      id, number, clientId: input.clientId, cluster: input.cluster, ppksType: input.ppksType, stage: input.stage,
      stageOrder: stageOrder(input.stage), status: 'aktif', assignedWorkerId: input.assignedWorkerId, openedAt,
      summary: input.summary, openedBy: currentWorkerId(ctx), now,
    };
    ctx.db
      .prepare(
        `INSERT INTO cases (id, number, client_id, cluster, ppks_type, stage, stage_order, status, assigned_worker_id,
           opened_at, summary, opened_by, version, created_at, updated_at)
         VALUES (@id, @number, @clientId, @cluster, @ppksType, @stage, @stageOrder, @status, @assignedWorkerId,
           @openedAt, @summary, @openedBy, 1, @now, @now)`,
      )
      .run(row);
    const created = findCase(ctx, id)!;
    recordChange(ctx, { entity: 'case', entityId: id, action: 'create', before: null, after: { ...created } });
    return caseDetail(ctx, id);
  },

  'cases:get': (ctx, { id }) => caseDetail(ctx, id),

  'cases:list': (ctx, q) => listCases(ctx, q),

  'cases:update': (ctx, { id, version, ...patch }) => {
    const before = forChange(ctx, id, version);
    if (patch.assignedWorkerId !== before.assignedWorkerId) requireActiveWorker(ctx, patch.assignedWorkerId);
    return store(ctx, before, patch, null);
  },

  'cases:change-stage': (ctx, { id, version, stage, reason }) => {
    const before = forChange(ctx, id, version);
    if (before.stage === stage) throw fieldError('stage', 'Kasus sudah berada di tahap ini.');
    return store(ctx, before, { stage }, reason);
  },

  'cases:change-status': (ctx, { id, version, status, reason, closureReason }) => {
    const before = forChange(ctx, id, version);
    if (before.status === status) throw fieldError('status', 'Kasus sudah berstatus ini.');
    const closing = isClosed(status);
    // A pekerja sosial does not close a case herself: the closure waits for a koordinator.
    if (closing && ownCasesOf(ctx)) {
      const request = { status: status as ClosingStatus, closureReason: closureReason!, reason, requestedBy: currentWorkerId(ctx), requestedAt: nowIso(ctx) };
      return store(ctx, before, { closureRequest: request }, reason);
    }
    return setStatus(ctx, before, status, closing ? closureReason! : null, reason);
  },

  'cases:decide-closure': (ctx, { id, version, decision, note }) => {
    const before = forChange(ctx, id, version);
    const request = before.closureRequest;
    if (!request) throw new AppError('CONFLICT', 'Kasus ini tidak sedang menunggu persetujuan penutupan.');
    if (decision === 'kembalikan') return store(ctx, before, { closureRequest: null }, note);
    // The history keeps the worker's reason; the koordinator's note, when given, follows it.
    return setStatus(ctx, before, request.status, request.closureReason, note ? `${request.reason}\n— ${note}` : request.reason);
  },
};

type ClosingStatus = (typeof CLOSED_STATUSES)[number];

/** Sets a status; any pending closure request is settled by it. */
function setStatus(ctx: CoreContext, before: Case, status: Case['status'], closureReason: Case['closureReason'], reason: string) {
  const closing = isClosed(status);
  return store(
    ctx,
    before,
    {
      status,
      closureReason: closing ? closureReason : null,
      // Closing sets the closed date; reopening clears it.
      closedAt: closing ? (before.closedAt ?? officeToday(ctx)) : null,
      closureRequest: null,
    },
    reason,
  );
}
