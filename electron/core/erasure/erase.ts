import { ERASED_CLIENT_NAME } from '../../../shared/contract/erasure';
import { CLOSED_STATUSES } from '../../../shared/enums';
import { AppError } from '../../../shared/result';
import { recordChange } from '../changes/record';
import { nowIso, type CoreContext } from '../context';
import { forgetNoteTerms } from '../search/note-terms';
import { officeToday } from '../settings/store';
import { currentWorkerId } from '../workers/session';

/**
 * Rows that stay as the tombstone or as a register (case numbers, letter numbers) keep only
 * these columns; every other column is emptied — including columns added later, so a new
 * field can never survive an erasure by being forgotten here. A new NOT NULL column stops
 * the erasure (nothing changes) until someone decides what it becomes.
 */
const KEPT: Record<string, { keep: string[]; fixed?: Record<string, unknown> }> = {
  clients: {
    keep: ['id', 'sex', 'version', 'created_at', 'updated_at', 'village_code', 'erased_at'],
    fixed: { name: ERASED_CLIENT_NAME, dtsen_registered: 0, programmes: '[]', disabilities: '[]' },
  },
  cases: {
    keep: ['id', 'number', 'client_id', 'cluster', 'ppks_type', 'stage', 'stage_order', 'status', 'assigned_worker_id', 'opened_by',
      'opened_at', 'closed_at', 'closure_reason', 'version', 'created_at', 'updated_at'],
  },
  // A referral with a numbered letter stays so the letter register has no hole; where it went
  // and when, not why or with what documents.
  referrals: {
    keep: ['id', 'case_id', 'institution_id', 'urgency', 'expected_response_date', 'status', 'version', 'created_at', 'updated_at'],
    fixed: { reason: '', documents: '[]', consent_override: ERASED_CLIENT_NAME },
  },
  referral_events: { keep: ['id', 'referral_id', 'status', 'date', 'actor_id', 'created_at'] },
  letters: {
    keep: ['id', 'referral_id', 'number', 'counter_year', 'counter_value', 'paper', 'with_summary', 'state', 'issued_at', 'issued_by', 'cancelled_at'],
  },
  erasure_requests: {
    keep: ['id', 'client_id', 'reason', 'status', 'requested_by', 'requested_at', 'decided_by', 'decided_name', 'decided_at', 'version'],
  },
};

/** Change-log fields of a case that say nothing about the person: the timeline keeps its steps. */
const CASE_FACTS = ['number', 'cluster', 'ppksType', 'stage', 'status', 'closureReason', 'openedAt', 'closedAt', 'assignedWorkerId'];

function scrub(ctx: CoreContext, table: keyof typeof KEPT, where: string, params: Record<string, unknown>): number {
  const { keep, fixed = {} } = KEPT[table];
  const sets: string[] = [];
  const values: Record<string, unknown> = {};
  for (const c of ctx.db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string; notnull: number }[]) {
    if (keep.includes(c.name)) continue;
    if (c.name in fixed) {
      sets.push(`"${c.name}" = @fixed_${c.name}`);
      values[`fixed_${c.name}`] = fixed[c.name];
    } else if (c.notnull) {
      throw new AppError('INTERNAL', `Penghapusan dibatalkan, tidak ada yang diubah: kolom ${table}.${c.name} belum dikenal oleh penghapusan data.`);
    } else sets.push(`"${c.name}" = NULL`);
  }
  return ctx.db.prepare(`UPDATE "${table}" SET ${sets.join(', ')} WHERE ${where}`).run({ ...values, ...params }).changes;
}

const ids = (ctx: CoreContext, sql: string, params: Record<string, unknown>) => (ctx.db.prepare(sql).pluck().all(params) as string[]);

/**
 * Removes a client's personal data for good, inside the caller's transaction: identity,
 * contacts, address below the regency, visits, pasung and disability records, services,
 * tasks, attachments, consents, free text of referrals, letter PDFs, search-index entries
 * and change-log values. Left: the client row (id, sex, regency, erased_at) and the cases
 * (number, PPKS type, stage, status, dates), referral and letter skeletons for the registers.
 *
 * Deleted content is overwritten (secure_delete) and removed from the FTS indexes (FTS5
 * secure-delete; the contentless case index is rebuilt by 'optimize'), so no freed page or
 * index segment keeps it. The caller checkpoints the WAL after the commit.
 */
export function eraseClient(ctx: CoreContext, clientId: string): Record<string, number> {
  const db = ctx.db;
  const p = { client: clientId };
  const open = db
    .prepare(`SELECT number FROM cases WHERE client_id = @client AND status NOT IN (${CLOSED_STATUSES.map((s) => `'${s}'`).join(', ')}) ORDER BY number`)
    .pluck()
    .all(p) as string[];
  if (open.length)
    throw new AppError('CONFLICT', `Kasus ${open.join(', ')} belum ditutup: tutup kasusnya dahulu, lalu setujui penghapusan.`, { details: { openCases: open.join(', ') } });
  const nik = db.prepare('SELECT nik FROM clients WHERE id = ?').pluck().get(clientId) as string | null;

  const CASES = 'SELECT id FROM cases WHERE client_id = @client';
  const REFERRALS = `SELECT id FROM referrals WHERE case_id IN (${CASES})`;
  // Whose change-log rows lose their values: every record of the client, gathered before deleting.
  const history: [string, string[]][] = [
    ['client', [clientId]],
    ['visit', ids(ctx, `SELECT id FROM visits WHERE case_id IN (${CASES})`, p)],
    ['task', ids(ctx, `SELECT id FROM tasks WHERE case_id IN (${CASES})`, p)],
    ['service', ids(ctx, `SELECT id FROM services WHERE case_id IN (${CASES})`, p)],
    ['device', ids(ctx, 'SELECT id FROM devices WHERE client_id = @client', p)],
    ['pasung', ids(ctx, 'SELECT id FROM pasung_episodes WHERE client_id = @client', p)],
    ['attachment', ids(ctx, 'SELECT id FROM attachments WHERE client_id = @client', p)],
    ['consent', ids(ctx, 'SELECT id FROM consents WHERE client_id = @client', p)],
    ['referral', ids(ctx, REFERRALS, p)],
    ['letter', ids(ctx, `SELECT id FROM letters WHERE referral_id IN (${REFERRALS})`, p)],
  ];
  const caseIds = ids(ctx, CASES, p);

  const secureBefore = db.pragma('secure_delete', { simple: true }) as number;
  db.pragma('secure_delete = ON');
  // FTS5 normally only marks a deleted row; secure-delete removes its tokens from the index.
  for (const fts of ['clients_fts', 'visits_fts']) db.prepare(`INSERT INTO ${fts} (${fts}, rank) VALUES ('secure-delete', 1)`).run();
  try {
    const removed: Record<string, number> = {};
    const run = (label: string, sql: string) => (removed[label] = (removed[label] ?? 0) + db.prepare(sql).run(p).changes);
    run('consents', 'DELETE FROM consents WHERE client_id = @client');
    db.prepare('DELETE FROM attachment_data WHERE attachment_id IN (SELECT id FROM attachments WHERE client_id = @client)').run(p);
    run('attachments', 'DELETE FROM attachments WHERE client_id = @client');
    run('tasks', `DELETE FROM tasks WHERE case_id IN (${CASES})`);
    const notes = db.prepare(`SELECT note, place, people_met FROM visits WHERE case_id IN (${CASES})`).all(p) as { note: string; place: string | null; people_met: string | null }[];
    run('visits', `DELETE FROM visits WHERE case_id IN (${CASES})`);
    forgetNoteTerms(db, notes.flatMap((n) => [n.note, n.place, n.people_met]));
    run('services', `DELETE FROM services WHERE case_id IN (${CASES})`);
    run('devices', 'DELETE FROM devices WHERE client_id = @client');
    db.prepare('DELETE FROM pasung_status_events WHERE episode_id IN (SELECT id FROM pasung_episodes WHERE client_id = @client)').run(p);
    run('pasung', 'DELETE FROM pasung_episodes WHERE client_id = @client');

    // Referrals still waiting for an answer end here: there is no one left to refer.
    scrub(ctx, 'referral_events', `referral_id IN (${REFERRALS})`, p);
    cancelOpenReferrals(ctx, ids(ctx, `${REFERRALS} AND status IN ('draft', 'dikirim', 'diterima')`, p));
    removed.referrals = scrub(ctx, 'referrals', `id IN (${REFERRALS})`, p);
    removed.letterPdfs = db.prepare(`SELECT count(*) FROM letters WHERE pdf IS NOT NULL AND referral_id IN (${REFERRALS})`).pluck().get(p) as number;
    scrub(ctx, 'letters', `referral_id IN (${REFERRALS})`, p);
    removed.cases = scrub(ctx, 'cases', 'client_id = @client', p);
    scrub(ctx, 'erasure_requests', 'client_id = @client', p);

    // The regency of the last address stays (statistics by kabupaten/kota), nothing finer.
    db.prepare(`UPDATE clients SET village_code = substr(village_code, 1, 5), erased_at = @now, version = version + 1, updated_at = @now WHERE id = @client`).run({ ...p, now: nowIso(ctx) });
    scrub(ctx, 'clients', 'id = @client', p);
    db.prepare(`UPDATE cases SET version = version + 1, updated_at = @now WHERE client_id = @client`).run({ ...p, now: nowIso(ctx) });

    removed.changeLog = blankHistory(ctx, history) + trimCaseHistory(ctx, caseIds);
    // The contentless case index cannot forget one row's tokens; rebuilding its segments does.
    db.prepare(`INSERT INTO cases_fts (cases_fts) VALUES ('optimize')`).run();
    if (nik) assertGone(ctx, nik);
    return removed;
  } finally {
    for (const fts of ['clients_fts', 'visits_fts']) db.prepare(`INSERT INTO ${fts} (${fts}, rank) VALUES ('secure-delete', 0)`).run();
    db.pragma(`secure_delete = ${secureBefore}`);
  }
}

function cancelOpenReferrals(ctx: CoreContext, referralIds: string[]): void {
  const today = officeToday(ctx);
  for (const id of referralIds) {
    const before = ctx.db.prepare('SELECT status FROM referrals WHERE id = ?').pluck().get(id) as string;
    ctx.db.prepare(`UPDATE referrals SET status = 'dibatalkan' WHERE id = ?`).run(id);
    ctx.db
      .prepare(`INSERT INTO referral_events (id, referral_id, status, date, note, actor_id, created_at) VALUES (?, ?, 'dibatalkan', ?, NULL, ?, ?)`)
      .run(ctx.newId(), id, today, currentWorkerId(ctx), nowIso(ctx));
    recordChange(ctx, { entity: 'referral', entityId: id, action: 'update', before: { status: before }, after: { status: 'dibatalkan' } });
  }
}

/** Who did what when stays; what the values were goes. */
function blankHistory(ctx: CoreContext, history: [string, string[]][]): number {
  const blank = ctx.db.prepare(`UPDATE change_log SET changes = '{}', reason = NULL WHERE entity = ? AND entity_id = ?`);
  let n = 0;
  for (const [entity, list] of history) for (const id of list) n += blank.run(entity, id).changes;
  return n;
}

/** A case's history keeps its steps (stage, status, dates) without reasons or summaries. */
function trimCaseHistory(ctx: CoreContext, caseIds: string[]): number {
  const rows = ctx.db.prepare(`SELECT id, changes FROM change_log WHERE entity = 'case' AND entity_id = ?`);
  const update = ctx.db.prepare('UPDATE change_log SET changes = ?, reason = NULL WHERE id = ?');
  let n = 0;
  for (const caseId of caseIds) {
    for (const r of rows.all(caseId) as { id: string; changes: string }[]) {
      const kept = Object.fromEntries(Object.entries(JSON.parse(r.changes) as Record<string, unknown>).filter(([k]) => CASE_FACTS.includes(k)));
      n += update.run(JSON.stringify(kept), r.id).changes;
    }
  }
  return n;
}

/**
 * The last check before the commit: the NIK (unique to the person) must be nowhere in any
 * text column of any table — a table added later, or another client's note that quotes it,
 * stops the erasure with the place named, rather than leaving the number behind. Visit
 * notes are looked up in their search index: reading a district's million notes took 90 s
 * (npm run bench data), the index answers at once; the other tables take a few seconds.
 */
function assertGone(ctx: CoreContext, nik: string): void {
  const found = (table: string, column: string, rows: number) =>
    new AppError(
      'CONFLICT',
      `Penghapusan dibatalkan, tidak ada yang diubah: NIK klien masih tercatat di ${table}.${column} (${rows} baris, misalnya catatan tentang klien lain). Hapus NIK dari sana, lalu setujui lagi.`,
      { details: { table, column, rows: String(rows) } },
    );
  const inNotes = ctx.db.prepare(`SELECT count(*) FROM visits_fts WHERE visits_fts MATCH ?`).pluck().get(`"${nik}"`) as number;
  if (inNotes) throw found('visits', 'note', inNotes);
  const tables = ctx.db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('regions', 'visits') AND sql NOT LIKE 'CREATE VIRTUAL%'`)
    .pluck()
    .all() as string[];
  for (const t of tables) {
    const cols = (ctx.db.prepare(`PRAGMA table_info("${t}")`).all() as { name: string; type: string }[]).filter((c) => /TEXT|^$/i.test(c.type));
    if (!cols.length) continue;
    // One pass over the table; only a hit pays for finding its column.
    const where = cols.map((c) => `instr("${c.name}", @nik) > 0`).join(' OR ');
    if (!ctx.db.prepare(`SELECT 1 FROM "${t}" WHERE ${where} LIMIT 1`).get({ nik })) continue;
    for (const c of cols) {
      const n = ctx.db.prepare(`SELECT count(*) FROM "${t}" WHERE instr("${c.name}", ?) > 0`).pluck().get(nik) as number;
      if (n) throw found(t, c.name, n);
    }
  }
}
