import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { auditKey } from '../../electron/core/audit/chain';
import { verifyChain } from '../../electron/core/audit/verify';
import { visitOp } from '../bench/visit-ops';
import { SITI, tempCore } from '../helpers/temp-core';

let t: ReturnType<typeof tempCore>;
afterEach(() => t.cleanup());

/**
 * Every table's rows except the audit trail (append-only) and FTS5's own shadow tables, whose
 * segments are laid out anew by an insert and a delete even when the text they index is the same.
 */
function rows(db: typeof t.db): string {
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' AND name NOT IN ('regions', 'audit_log', 'audit_head') ORDER BY name`)
    .all() as { name: string }[];
  const hash = createHash('sha256');
  for (const { name } of tables) hash.update(name).update(JSON.stringify(db.prepare(`SELECT * FROM "${name}" ORDER BY 1`).all()));
  return hash.digest('hex');
}

/** The visit baseline of npm run bench is a fair yardstick only if it writes what the core writes, and the bench leaves the data as it found it. */
describe('the visit benchmark', () => {
  it('measures visits:create beside a baseline with the same rows, keeps the old bare-INSERT figure, and leaves only sound audit rows behind', async () => {
    t = tempCore();
    t.must('workers:create', { name: 'Ani Pratiwi', role: 'pekerja_sosial' });
    const clientId = t.must('clients:create', SITI).client.id;
    const caseId = t.must('cases:create', { clientId, cluster: 'penyandang_disabilitas', ppksType: 'penyandang_disabilitas', openedAt: '2026-09-01' }).id;
    // A planned visit the bench's visits fulfil, and must reopen afterwards.
    t.must('visits:create', { caseId, type: 'kunjungan_rumah', visitedAt: '2026-11-20T09:00:00+07:00', note: 'Klien tenang.', pasung: { relapse: false, risk: 'tinggi' } });
    const before = rows(t.db);
    const trail = (t.db.prepare(`SELECT count(*) AS n FROM audit_log`).get() as { n: number }).n;

    // The bench logs its visits "now": the pinned clock moves to a minute from now.
    t.clock.set(new Date(Date.now() + 60_000).toISOString());
    const runs = 3;
    const m = await visitOp(t, { runs, caseId });
    expect(m).toMatchObject({ name: 'mencatat kunjungan (dengan fsync)', runs, target: { p95: 20, ratio: 1.5 } });
    expect(m?.baseline).toBeDefined();
    expect(m?.note).toMatch(/^pembanding lama \(INSERT saja\): p50 [\d.]+ · p95 [\d.]+ ms$/);

    // Visits, change-log rows, the fulfilled planned visit, the note's new words: all as before.
    expect(rows(t.db)).toBe(before);
    // Core and baseline each left one chained audit row per visit (warm-up included).
    expect((t.db.prepare(`SELECT count(*) AS n FROM audit_log`).get() as { n: number }).n).toBe(trail + 2 * (runs + 2));
    expect(verifyChain(t.db, auditKey(t.ctx))).toMatchObject({ ok: true, problemCount: 0 });
    expect(t.must('tasks:list', { caseId }).filter((x) => x.status === 'terbuka')).toHaveLength(1);
  });
});
