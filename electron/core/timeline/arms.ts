import type { TimelineKind } from '../../../shared/contract';

/**
 * One SELECT per source of events, each giving (id, kind, at, sort_at, actor_id, data).
 * `at` is what happened when (a UTC instant, or a plain date for events known by day);
 * `sort_at` makes both comparable. Parameters: @case, @client.
 */
const DAY = (col: string) => `${col} || 'T00:00:00.000Z'`;

export const ARMS: Record<TimelineKind, string[]> = {
  kasus: [
    `SELECT l.id, 'kasus' AS kind, l.at, l.at AS sort_at, l.actor_id, json_object('event', 'klien_terdaftar') AS data
     FROM change_log l WHERE l.entity = 'client' AND l.entity_id = @client AND l.action = 'create'`,
    // The opening is shown on the day the case was opened (which may be before it was typed in).
    `SELECT l.id, 'kasus',
       CASE WHEN l.action = 'create' THEN (SELECT opened_at FROM cases WHERE id = @case) ELSE l.at END,
       CASE WHEN l.action = 'create' THEN (SELECT opened_at FROM cases WHERE id = @case) || 'T00:00:00.000Z' ELSE l.at END,
       l.actor_id,
       CASE WHEN l.action = 'create'
         THEN json_object('event', 'kasus_dibuka', 'number', json_extract(l.changes, '$.number[1]'), 'stage', json_extract(l.changes, '$.stage[1]'))
         -- A pekerja sosial asks a koordinator to close the case, or the koordinator returns it.
         WHEN json_extract(l.changes, '$.closureRequest[1]') IS NOT NULL
         THEN json_object('event', 'penutupan_diajukan', 'status', json_extract(l.changes, '$.closureRequest[1].status'),
                          'closureReason', json_extract(l.changes, '$.closureRequest[1].closureReason'), 'reason', l.reason)
         WHEN json_type(l.changes, '$.closureRequest') IS NOT NULL
         THEN json_object('event', 'penutupan_dikembalikan', 'reason', l.reason)
         ELSE json_object('event', 'kasus_diubah', 'fields', (SELECT json_group_array(key) FROM json_each(l.changes)),
                          'risk', json_extract(l.changes, '$.risk[1]'), 'reason', l.reason)
       END
     FROM change_log l
     WHERE l.entity = 'case' AND l.entity_id = @case
       AND (l.action = 'create' OR (json_extract(l.changes, '$.stage') IS NULL AND json_extract(l.changes, '$.status') IS NULL))`,
  ],
  tahap: [
    `SELECT l.id, 'tahap', l.at, l.at, l.actor_id,
       json_object('from', json_extract(l.changes, '$.stage[0]'), 'to', json_extract(l.changes, '$.stage[1]'), 'reason', l.reason)
     FROM change_log l
     WHERE l.entity = 'case' AND l.entity_id = @case AND l.action = 'update' AND json_extract(l.changes, '$.stage') IS NOT NULL`,
  ],
  status: [
    `SELECT l.id, 'status', l.at, l.at, l.actor_id,
       json_object('from', json_extract(l.changes, '$.status[0]'), 'to', json_extract(l.changes, '$.status[1]'),
                   'closureReason', json_extract(l.changes, '$.closureReason[1]'), 'reason', l.reason,
                   -- A koordinator's approval of the closure the worker asked for.
                   'approvedRequest', json(CASE WHEN json_extract(l.changes, '$.closureRequest[0].status') = json_extract(l.changes, '$.status[1]') THEN 'true' ELSE 'false' END))
     FROM change_log l
     WHERE l.entity = 'case' AND l.entity_id = @case AND l.action = 'update' AND json_extract(l.changes, '$.status') IS NOT NULL`,
  ],
  kunjungan: [
    `SELECT v.id, 'kunjungan', v.visited_at, v.visited_at, v.author_id,
       json_object('type', v.type, 'place', v.place, 'peopleMet', v.people_met, 'note', substr(v.note, 1, 400),
                   'noteLength', length(v.note), 'wellbeing', v.wellbeing, 'risk', v.risk,
                   'relapse', json_extract(v.pasung, '$.relapse'), 'relapseDate', v.relapse_date,
                   'medication', json_extract(v.pasung, '$.medication'), 'disabilityProgress', v.disability_progress,
                   'nextVisitDate', v.next_visit_date,
                   'attachments', (SELECT count(*) FROM attachments a WHERE a.visit_id = v.id))
     FROM visits v WHERE v.case_id = @case`,
  ],
  pasung: [
    `SELECT e.id, 'pasung', e.date, ${DAY('e.date')}, e.actor_id,
       json_object('status', e.status, 'by', e.by_whom, 'note', e.note, 'episodeId', e.episode_id)
     FROM pasung_status_events e JOIN pasung_episodes p ON p.id = e.episode_id WHERE p.client_id = @client`,
  ],
  alat_bantu: (['dibutuhkan:needed_at', 'diajukan:requested_at', 'diterima:received_at'] as const).map((pair) => {
    const [step, col] = pair.split(':');
    return `SELECT d.id || ':${step}', 'alat_bantu', d.${col}, ${DAY(`d.${col}`)}, NULL,
       json_object('device', d.device, 'detail', d.detail, 'step', '${step}', 'source', d.source)
     FROM devices d WHERE d.client_id = @client AND (d.case_id = @case OR d.case_id IS NULL) AND d.${col} IS NOT NULL`;
  }),
  layanan: [
    `SELECT s.id, 'layanan', s.given_at, ${DAY('s.given_at')}, s.actor_id, json_object('component', s.component, 'note', s.note)
     FROM services s WHERE s.case_id = @case`,
  ],
  tindak_lanjut: [
    `SELECT t.id, 'tindak_lanjut', t.closed_at, t.closed_at, NULL,
       json_object('kind', t.kind, 'title', t.title, 'dueDate', t.due_date, 'outcome', t.status, 'note', t.note)
     FROM tasks t WHERE t.case_id = @case AND t.status <> 'terbuka'`,
  ],
  lampiran: [
    `SELECT a.id, 'lampiran', a.created_at, a.created_at, a.actor_id,
       json_object('fileName', a.file_name, 'mimeType', a.mime_type, 'size', a.size, 'visitId', a.visit_id,
                   'thumbnailHex', hex(a.thumbnail))
     FROM attachments a WHERE a.client_id = @client AND (a.case_id = @case OR a.case_id IS NULL)`,
  ],
  rujukan: [
    `SELECT e.id, 'rujukan', e.date, ${DAY('e.date')}, e.actor_id,
       json_object('referralId', r.id, 'status', e.status, 'note', e.note, 'institution', i.name, 'urgency', r.urgency)
     FROM referral_events e JOIN referrals r ON r.id = e.referral_id JOIN institutions i ON i.id = r.institution_id
     WHERE r.case_id = @case`,
  ],
  surat: [
    `SELECT l.id, 'surat', l.issued_at, l.issued_at, l.issued_by,
       json_object('letterId', l.id, 'referralId', l.referral_id, 'number', l.number, 'paper', l.paper, 'state', l.state,
                   'cancelReason', l.cancel_reason, 'institution', i.name)
     FROM letters l JOIN referrals r ON r.id = l.referral_id JOIN institutions i ON i.id = r.institution_id
     WHERE r.case_id = @case`,
  ],
};
