import type { Device, ServiceGiven } from '../../../shared/contract';
import { DEVICE_STEP } from '../../../shared/enums';
import { recordChange } from '../changes/record';
import { nowIso, type CoreContext } from '../context';
import { fieldError, notFound, staleVersion } from '../errors';
import type { HandlerGroup } from '../handlers';
import { officeToday } from '../settings/store';
import { currentWorkerId } from '../workers/session';

interface DeviceRow {
  id: string;
  client_id: string;
  case_id: string | null;
  device: Device['device'];
  detail: string | null;
  step: Device['step'];
  needed_at: string;
  requested_at: string | null;
  received_at: string | null;
  source: string | null;
  version: number;
}

const toDevice = (r: DeviceRow): Device => ({
  id: r.id,
  clientId: r.client_id,
  caseId: r.case_id,
  device: r.device,
  detail: r.detail,
  step: r.step,
  neededAt: r.needed_at,
  requestedAt: r.requested_at,
  receivedAt: r.received_at,
  source: r.source,
  version: r.version,
});

function findDevice(ctx: CoreContext, id: string): Device | null {
  const r = ctx.db.prepare('SELECT * FROM devices WHERE id = ?').get(id) as DeviceRow | undefined;
  return r ? toDevice(r) : null;
}

function notFuture(ctx: CoreContext, path: string, date: string) {
  if (date > officeToday(ctx)) throw fieldError(path, 'Tanggal tidak boleh di masa depan.');
}

export const disabilityHandlers: HandlerGroup = {
  'devices:create': (ctx, input) => {
    if (!ctx.db.prepare('SELECT 1 FROM clients WHERE id = ?').get(input.clientId)) throw fieldError('clientId', 'Klien tidak ditemukan.');
    if (input.caseId) {
      const c = ctx.db.prepare('SELECT client_id FROM cases WHERE id = ?').get(input.caseId) as { client_id: string } | undefined;
      if (!c || c.client_id !== input.clientId) throw fieldError('caseId', 'Kasus tidak ditemukan untuk klien ini.');
    }
    notFuture(ctx, 'neededAt', input.neededAt);
    const id = ctx.newId();
    const now = nowIso(ctx);
    ctx.db
      .prepare(
        `INSERT INTO devices (id, client_id, case_id, device, detail, step, needed_at, version, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, 'dibutuhkan', ?, 1, ?, ?)`,
      )
      .run(id, input.clientId, input.caseId ?? null, input.device, input.detail, input.neededAt, now, now);
    const device = findDevice(ctx, id)!;
    recordChange(ctx, { entity: 'device', entityId: id, action: 'create', before: null, after: { ...device } });
    return device;
  },

  'devices:advance': (ctx, { id, version, step, date, source }) => {
    const before = findDevice(ctx, id);
    if (!before) throw notFound('Alat bantu');
    if (before.version !== version) throw staleVersion('Alat bantu');
    // Forward only; a device may be received without a recorded request.
    if (DEVICE_STEP.values.indexOf(step) <= DEVICE_STEP.values.indexOf(before.step)) {
      throw fieldError('step', `Alat bantu sudah berstatus ${before.step}; langkah hanya maju.`);
    }
    notFuture(ctx, 'date', date);
    const previous = before.requestedAt ?? before.neededAt;
    if (date < previous) throw fieldError('date', `Tanggal sebelum langkah sebelumnya (${previous}).`);
    const column = step === 'diajukan' ? 'requested_at' : 'received_at';
    ctx.db
      .prepare(`UPDATE devices SET step = ?, ${column} = ?, source = COALESCE(?, source), version = version + 1, updated_at = ? WHERE id = ?`)
      .run(step, date, source, nowIso(ctx), id);
    const after = findDevice(ctx, id)!;
    recordChange(ctx, { entity: 'device', entityId: id, action: 'update', before: { ...before }, after: { ...after } });
    return after;
  },

  'devices:list': (ctx, { clientId }) =>
    (ctx.db.prepare('SELECT * FROM devices WHERE client_id = ? ORDER BY needed_at DESC, id DESC').all(clientId) as DeviceRow[]).map(toDevice),

  'services:create': (ctx, input) => {
    const c = ctx.db.prepare('SELECT opened_at FROM cases WHERE id = ?').get(input.caseId) as { opened_at: string } | undefined;
    if (!c) throw fieldError('caseId', 'Kasus tidak ditemukan.');
    notFuture(ctx, 'givenAt', input.givenAt);
    if (input.givenAt < c.opened_at) throw fieldError('givenAt', `Tanggal layanan sebelum kasus dibuka (${c.opened_at}).`);
    const id = ctx.newId();
    ctx.db
      .prepare('INSERT INTO services (id, case_id, component, given_at, note, actor_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(id, input.caseId, input.component, input.givenAt, input.note, currentWorkerId(ctx), nowIso(ctx));
    const service: ServiceGiven = { id, caseId: input.caseId, component: input.component, givenAt: input.givenAt, note: input.note };
    recordChange(ctx, { entity: 'service', entityId: id, action: 'create', before: null, after: { ...service } });
    return service;
  },

  'services:list': (ctx, { caseId }) =>
    ctx.db
      .prepare('SELECT id, case_id AS caseId, component, given_at AS givenAt, note FROM services WHERE case_id = ? ORDER BY given_at DESC, id DESC')
      .all(caseId) as ServiceGiven[],
};
