import { TIMELINE_KINDS, type TimelineEvent, type TimelineKind } from '../../../shared/contract';
import type { CoreContext } from '../context';
import { notFound } from '../errors';
import type { HandlerGroup } from '../handlers';
import { ARMS } from './arms';

interface Row {
  id: string;
  kind: TimelineEvent['kind'];
  at: string;
  sort_at: string;
  actor_name: string | null;
  data: string;
}

/**
 * One chronology of everything that happened to a case, newest first. Keyset paging on
 * (sort_at, id) keeps pages stable while new events arrive and fast at any depth.
 */
export function caseTimeline(ctx: CoreContext, { caseId, kinds, after, limit }: { caseId: string; kinds?: TimelineKind[]; after?: { at: string; id: string }; limit: number }) {
  {
    const c = ctx.db.prepare('SELECT client_id FROM cases WHERE id = ?').get(caseId) as { client_id: string } | undefined;
    if (!c) throw notFound('Kasus');
    const selected = kinds?.length ? TIMELINE_KINDS.filter((k) => kinds.includes(k)) : TIMELINE_KINDS;
    const union = selected.flatMap((k) => ARMS[k]).join('\nUNION ALL\n');
    const params = { case: caseId, client: c.client_id };
    const rows = ctx.db
      .prepare(
        `WITH u (id, kind, at, sort_at, actor_id, data) AS (${union})
         SELECT u.id, u.kind, u.at, u.sort_at, w.name AS actor_name, u.data
         FROM u LEFT JOIN workers w ON w.id = u.actor_id
         ${after ? 'WHERE (u.sort_at, u.id) < (@afterAt, @afterId)' : ''}
         ORDER BY u.sort_at DESC, u.id DESC
         LIMIT @limit`,
      )
      .all({ ...params, limit: limit + 1, ...(after ? { afterAt: after.at, afterId: after.id } : {}) }) as Row[];
    const { total } = ctx.db.prepare(`SELECT count(*) AS total FROM (${union})`).get(params) as { total: number };
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      events: page.map((r) => {
        const data = JSON.parse(r.data) as TimelineEvent['data'];
        if (r.kind === 'kunjungan' && data.relapse !== null) data.relapse = data.relapse === 1;
        if (r.kind === 'lampiran') {
          // SQLite has no base64(); thumbnails travel as hex from SQL and as data: URLs from here.
          const hex = data.thumbnailHex as string | null;
          delete data.thumbnailHex;
          data.thumbnail = hex ? `data:image/jpeg;base64,${Buffer.from(hex, 'hex').toString('base64')}` : null;
        }
        return { id: r.id, kind: r.kind, at: r.at, actorName: r.actor_name, data };
      }),
      next: rows.length > limit && last ? { at: last.sort_at, id: last.id } : null,
      total,
    };
  }
}

export const timelineHandlers: HandlerGroup = {
  'timeline:list': (ctx, input) => caseTimeline(ctx, input),
};
