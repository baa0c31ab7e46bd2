import { createHmac, hkdfSync, randomFillSync } from 'node:crypto';
import { monotonicFactory } from 'ulid';
import type { openCore } from '../../electron/core/open-core';
import { compare, time, wanted, type Measured } from './measure';

type Core = ReturnType<typeof openCore>;
const NAME = 'mencatat kunjungan (dengan fsync)';
export const NOTE = 'Kunjungan uji kecepatan: klien tenang dan minum obat teratur.';
export const TYPE = 'kunjungan_rumah';

/**
 * Logging a visit (visits:create) beside a baseline that writes the same rows with the driver,
 * in one IMMEDIATE transaction committed with a full fsync: the visit (its FTS row by trigger),
 * the planned visits it fulfils, its words for type-ahead (note_terms), its change-log row and
 * its audit row, chained and sealed as audit/chain.ts documents. The bench input plans no next
 * visit, so neither side makes a task. The bare INSERT that stood in for all this before is
 * still timed and kept in the row's note.
 *
 * Afterwards everything the bench made is removed again — visits, change-log rows, tasks, note
 * words no remaining note holds — and the tasks it fulfilled are reopened. The audit rows stay:
 * the trail is append-only (its triggers refuse a DELETE), and each one is a sound link.
 */
export async function visitOp(core: Core, opts: { runs: number; caseId: string }): Promise<Measured | null> {
  if (!wanted(NAME)) return null;
  const { db } = core;
  const { caseId, runs } = opts;
  const visitedAt = new Date().toISOString();
  const input = { caseId, type: TYPE, visitedAt, note: NOTE, nextVisitDate: null };
  const since = openVisitTasks(db, caseId);
  const made: string[] = [];
  const coreMade: string[] = [];
  const raw = rawVisit(core, caseId, visitedAt);
  try {
    const m = await compare(
      NAME,
      runs,
      () => {
        const r = core.call('visits:create', input);
        if (!r.ok) throw new Error(r.error.message);
        coreMade.push((r.value as { id: string }).id);
      },
      () => made.push(raw.write()),
      { p95: 20, ratio: 1.5 },
    );
    const old = await time(runs, () => made.push(raw.bare()));
    m.note = `pembanding lama (INSERT saja): p50 ${old.p50.toFixed(2)} · p95 ${old.p95.toFixed(2)} ms`;
    sameRows(db, coreMade.at(-1)!, made[runs + 1]);
    return m;
  } finally {
    cleanUp(db, [...made, ...coreMade], since);
  }
}

/**
 * The baseline: `write()` stores what visits:create stores for the bench's input, the plain way
 * with prepared statements in one IMMEDIATE transaction, and returns the visit's id; `bare()` is
 * the old baseline, the visit row alone.
 */
export function rawVisit(core: Core, caseId: string, visitedAt: string): { write(): string; bare(): string } {
  const { db } = core;
  // Plain values a direct writer knows up front: who is acting on which device, the office's
  // day of the visit (Asia/Jakarta unless settings say otherwise), and the audit key (HKDF of
  // the store key, as audit/chain.ts documents).
  const meta = (key: string) => (db.prepare(`SELECT value FROM meta WHERE key = ?`).get(key) as { value: string } | undefined)?.value ?? null;
  const worker = meta('current_worker_id');
  const device = meta('device_id');
  const settings = db.prepare(`SELECT value FROM settings WHERE key = 'office'`).get() as { value: string } | undefined;
  const timeZone = (settings && (JSON.parse(settings.value) as { timeZone?: string }).timeZone) || 'Asia/Jakarta';
  const visitDate = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(visitedAt));
  const storeKey = core.ctx.storage?.key;
  if (!storeKey) throw new Error('bench core has no store key');
  const auditKey = Buffer.from(hkdfSync('sha256', storeKey, 'pendamping', 'jejak-audit-v1', 32));
  const pool = new Uint8Array(256);
  let next = pool.length;
  const newId = monotonicFactory(() => {
    if (next === pool.length) (randomFillSync(pool), (next = 0));
    return pool[next++] / 256;
  });

  const fulfil = db.prepare(
    `UPDATE tasks SET status = 'selesai', closed_at = @now, note = @note, version = version + 1, updated_at = @now
     WHERE case_id = @caseId AND kind = 'kunjungan' AND status = 'terbuka' RETURNING id`,
  );
  const insertVisit = db.prepare(
    `INSERT INTO visits (id, case_id, type, visited_at, note, author_id, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)`,
  );
  const insertTerm = db.prepare('INSERT OR IGNORE INTO note_terms (term) VALUES (?)');
  const insertChange = db.prepare(
    `INSERT INTO change_log (id, entity, entity_id, action, changes, reason, actor_id, device_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const head = db.prepare(`SELECT seq, hash FROM audit_head WHERE id = 1`);
  const insertAudit = db.prepare(
    `INSERT INTO audit_log (seq, id, at, actor_id, role, action, channel, entity, entity_ids, client_id, case_id, outcome, detail, prev_hash, hash)
     VALUES (?, ?, ?, ?, 'sistem', 'ubah', 'visits:create', 'visit', ?, NULL, ?, 'ok', '{}', ?, ?)`,
  );
  const moveHead = db.prepare(`UPDATE audit_head SET seq = ?, hash = ?, mac = ? WHERE id = 1`);
  const hmac = () => createHmac('sha256', auditKey);

  const write = db.transaction((): string => {
    const now = new Date().toISOString();
    for (const t of fulfil.all({ now, note: `Dipenuhi oleh kunjungan ${visitDate}.`, caseId }) as { id: string }[]) {
      insertChange.run(newId(), 'task', t.id, 'update', '{"status":["terbuka","selesai"]}', 'Dipenuhi oleh kunjungan', worker, device, now);
    }
    const id = newId();
    insertVisit.run(id, caseId, TYPE, visitedAt, NOTE, worker, now, now);
    for (const w of new Set(words(NOTE))) insertTerm.run(w);
    const changes = { id: [null, id], caseId: [null, caseId], type: [null, TYPE], visitedAt: [null, visitedAt], note: [null, `(${NOTE.length} karakter)`], authorId: [null, worker] };
    insertChange.run(newId(), 'visit', id, 'create', JSON.stringify(changes), null, worker, device, now);
    const prev = head.get() as { seq: number; hash: string };
    const row = [prev.seq + 1, newId(), now, worker, 'sistem', 'ubah', 'visits:create', 'visit', JSON.stringify([id]), null, caseId, 'ok', '{}'] as const;
    const hash = hmac().update(prev.hash).update('\n').update(JSON.stringify(row)).digest('hex');
    insertAudit.run(row[0], row[1], now, worker, row[8], caseId, prev.hash, hash);
    moveHead.run(row[0], hash, hmac().update(`kepala\n${row[0]}\n${hash}`).digest('hex'));
    return id;
  });
  const bareInsert = db.prepare(`INSERT INTO visits (id, case_id, type, visited_at, note, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?)`);
  const bare = db.transaction((): string => {
    const id = newId();
    const now = new Date().toISOString();
    bareInsert.run(id, caseId, TYPE, visitedAt, NOTE, now, now);
    return id;
  });
  return { write: () => write.immediate(), bare: () => bare() };
}

/** Words as FTS5's unicode61 tokenizer (remove_diacritics 2) splits them. */
const words = (text: string) => text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

interface OpenTask {
  id: string;
  closed_at: string | null;
  note: string | null;
  version: number;
  updated_at: string;
}
/** The case's planned visits before the bench, for cleanUp to reopen the ones its visits fulfil. */
export function openVisitTasks(db: Core['db'], caseId: string): { at: string; tasks: OpenTask[] } {
  const tasks = db.prepare(`SELECT id, closed_at, note, version, updated_at FROM tasks WHERE case_id = ? AND kind = 'kunjungan' AND status = 'terbuka'`).all(caseId) as OpenTask[];
  return { at: new Date().toISOString(), tasks };
}

/** Fails the bench when the baseline no longer writes what the core writes (ids and times aside). */
function sameRows(db: Core['db'], coreId: string, rawId: string): void {
  const visit = (id: string) => {
    const { id: _i, created_at: _c, updated_at: _u, ...rest } = db.prepare(`SELECT * FROM visits WHERE id = ?`).get(id) as Record<string, unknown>;
    return rest;
  };
  const change = (id: string) => {
    const r = db.prepare(`SELECT entity, action, changes, reason, actor_id, device_id FROM change_log WHERE entity = 'visit' AND entity_id = ?`).all(id) as { changes: string }[];
    return r.map((c) => ({ ...c, changes: c.changes.replaceAll(id, '<id>') }));
  };
  const audit = (id: string) =>
    db.prepare(`SELECT actor_id, role, action, channel, entity, client_id, case_id, outcome, detail FROM audit_log WHERE entity_ids = ?`).all(JSON.stringify([id]));
  for (const [what, read] of [['visits', visit], ['change_log', change], ['audit_log', audit]] as const) {
    const a = JSON.stringify(read(coreId));
    const b = JSON.stringify(read(rawId));
    if (a !== b) throw new Error(`Pembanding "${NAME}" tidak lagi menulis ${what} yang sama dengan inti:\n inti      ${a}\n pembanding ${b}`);
  }
}

/** Removes the bench's visits with what they made, and reopens the planned visits they fulfilled. */
export function cleanUp(db: Core['db'], visits: string[], before: { at: string; tasks: OpenTask[] }): void {
  db.transaction(() => {
    // By entity and id: change_log_by_entity (entity, entity_id, at) finds them without a scan.
    const dropChanges = db.prepare(`DELETE FROM change_log WHERE entity = ? AND entity_id = ?`);
    const nextTask = db.prepare(`SELECT next_task_id AS id FROM visits WHERE id = ?`);
    for (const id of visits) {
      const task = (nextTask.get(id) as { id: string | null } | undefined)?.id;
      if (task) {
        dropChanges.run('task', task);
        db.prepare(`DELETE FROM tasks WHERE id = ?`).run(task);
      }
      dropChanges.run('visit', id);
      db.prepare(`DELETE FROM visits WHERE id = ?`).run(id);
    }
    for (const t of before.tasks) {
      db.prepare(`UPDATE tasks SET status = 'terbuka', closed_at = ?, note = ?, version = ?, updated_at = ? WHERE id = ?`).run(t.closed_at, t.note, t.version, t.updated_at, t.id);
      db.prepare(`DELETE FROM change_log WHERE entity = 'task' AND entity_id = ? AND at >= ?`).run(t.id, before.at);
    }
    // The note's words leave the type-ahead list unless a remaining note still holds them
    // (earlier bench runs left "kunjungan", "uji", "kecepatan" and "teratur" behind; this removes them too).
    const held = db.prepare(`SELECT 1 FROM visits_fts WHERE visits_fts MATCH ? LIMIT 1`);
    for (const w of new Set(words(NOTE))) if (!held.get(`"${w}"`)) db.prepare(`DELETE FROM note_terms WHERE term = ?`).run(w);
  })();
}
