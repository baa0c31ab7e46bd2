import type { PasungEpisode } from '../../../shared/contract';
import { PasungDetails } from '../../../shared/contract';
import { raiseClientRisk } from '../cases/risk';
import { recordChange } from '../changes/record';
import { nowIso, type CoreContext } from '../context';
import { fieldError, notFound, staleVersion } from '../errors';
import type { HandlerGroup } from '../handlers';
import { officeToday } from '../settings/store';
import { currentWorkerId } from '../workers/session';

type Status = PasungEpisode['status'];

/** Which status may follow which: released people can be re-shackled, and released again. */
const NEXT: Record<Status, Status[]> = { dipasung: ['dilepas'], dilepas: ['repasung'], repasung: ['dilepas'] };

function episode(ctx: CoreContext, id: string): PasungEpisode | null {
  const r = ctx.db.prepare('SELECT * FROM pasung_episodes WHERE id = ?').get(id) as
    | { id: string; client_id: string; status: Status; details: string; version: number; created_at: string; updated_at: string }
    | undefined;
  if (!r) return null;
  const history = ctx.db
    .prepare('SELECT id, status, date, by_whom AS "by", note FROM pasung_status_events WHERE episode_id = ? ORDER BY date DESC, id DESC')
    .all(id) as PasungEpisode['history'];
  return { ...PasungDetails.parse(JSON.parse(r.details)), id: r.id, clientId: r.client_id, status: r.status, history, version: r.version, createdAt: r.created_at, updatedAt: r.updated_at };
}

function addEvent(ctx: CoreContext, episodeId: string, e: { status: Status; date: string; by: string | null; note: string | null }) {
  ctx.db
    .prepare('INSERT INTO pasung_status_events (id, episode_id, status, date, by_whom, note, actor_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(ctx.newId(), episodeId, e.status, e.date, e.by, e.note, currentWorkerId(ctx), nowIso(ctx));
}

function checkDate(ctx: CoreContext, clientId: string, date: string) {
  if (date > officeToday(ctx)) throw fieldError('date', 'Tanggal tidak boleh di masa depan.');
  const born = ctx.db.prepare('SELECT birth_date FROM clients WHERE id = ?').get(clientId) as { birth_date: string | null };
  if (born.birth_date && date < born.birth_date) throw fieldError('date', 'Tanggal sebelum tanggal lahir klien.');
}

export const pasungHandlers: HandlerGroup = {
  'pasung:create': (ctx, { clientId, status, date, by, details }) => {
    if (!ctx.db.prepare('SELECT 1 FROM clients WHERE id = ?').get(clientId)) throw fieldError('clientId', 'Klien tidak ditemukan.');
    checkDate(ctx, clientId, date);
    const id = ctx.newId();
    const now = nowIso(ctx);
    ctx.db
      .prepare('INSERT INTO pasung_episodes (id, client_id, status, details, version, created_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?)')
      .run(id, clientId, status, JSON.stringify(details), now, now);
    addEvent(ctx, id, { status, date, by, note: null });
    recordChange(ctx, { entity: 'pasung', entityId: id, action: 'create', before: null, after: { status, date, ...details } });
    if (status !== 'dilepas') raiseClientRisk(ctx, clientId, status === 'repasung' ? `Dipasung ulang pada ${date}` : `Ditemukan dipasung pada ${date}`);
    return episode(ctx, id)!;
  },

  'pasung:update': (ctx, { id, version, details }) => {
    const before = episode(ctx, id);
    if (!before) throw notFound('Episode pasung');
    if (before.version !== version) throw staleVersion('Episode pasung');
    ctx.db.prepare('UPDATE pasung_episodes SET details = ?, version = version + 1, updated_at = ? WHERE id = ?').run(JSON.stringify(details), nowIso(ctx), id);
    const { history: _h, ...flatBefore } = before;
    recordChange(ctx, { entity: 'pasung', entityId: id, action: 'update', before: { ...flatBefore }, after: { ...flatBefore, ...details } });
    return episode(ctx, id)!;
  },

  'pasung:change-status': (ctx, { id, version, status, date, by, note }) => {
    const before = episode(ctx, id);
    if (!before) throw notFound('Episode pasung');
    if (before.version !== version) throw staleVersion('Episode pasung');
    if (!NEXT[before.status].includes(status)) {
      throw fieldError('status', `Dari status ${before.status} hanya bisa ke ${NEXT[before.status].join(' atau ')}.`);
    }
    checkDate(ctx, before.clientId, date);
    const last = before.history[0]?.date;
    if (last && date < last) throw fieldError('date', `Tanggal sebelum perubahan status terakhir (${last}).`);
    ctx.db.prepare('UPDATE pasung_episodes SET status = ?, version = version + 1, updated_at = ? WHERE id = ?').run(status, nowIso(ctx), id);
    addEvent(ctx, id, { status, date, by, note });
    recordChange(ctx, { entity: 'pasung', entityId: id, action: 'update', before: { status: before.status }, after: { status, date }, reason: note });
    if (status === 'repasung') raiseClientRisk(ctx, before.clientId, `Dipasung ulang pada ${date}`);
    return episode(ctx, id)!;
  },

  'pasung:list': (ctx, { clientId }) =>
    (ctx.db.prepare('SELECT id FROM pasung_episodes WHERE client_id = ? ORDER BY created_at DESC, id DESC').all(clientId) as { id: string }[]).map(
      (r) => episode(ctx, r.id)!,
    ),
};
