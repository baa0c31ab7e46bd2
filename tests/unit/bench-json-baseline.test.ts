import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../electron/cli/seed/index';
import { canonicalCaseExport, caseJsonBaseline } from '../bench/json-baseline';
import { tempCore } from '../helpers/temp-core';

let t: ReturnType<typeof tempCore>;
beforeAll(async () => {
  t = tempCore();
  await seed(t, { clients: 40, seed: 11, visitsPerCase: 3, longCases: 1, referrals: 12, letters: 3 });
});
afterAll(() => t.cleanup());

/** The bench's plain-SQL baseline is a fair yardstick only if it makes the document the core exports. */
describe('the case JSON export baseline of npm run bench', () => {
  it('gives the same tables and rows as exports:case-json for every case: visits, history, referrals, letters, workers', async () => {
    const baseline = caseJsonBaseline(t.db);
    const cases = t.db.prepare('SELECT id FROM cases').all() as { id: string }[];
    const seen = new Set<string>();
    for (const { id } of cases) {
      const core = await t.mustAsync('exports:case-json', { caseIds: [id] });
      const raw = baseline(id, new Date().toISOString());
      expect(canonicalCaseExport(raw)).toBe(canonicalCaseExport(core.dataBase64));
      const doc = JSON.parse(Buffer.from(raw, 'base64').toString()) as { tables: Record<string, unknown[]> };
      for (const [table, rows] of Object.entries(doc.tables)) if (rows.length) seen.add(table);
    }
    // The comparison covered the tables that matter, not empty ones.
    for (const table of ['workers', 'institutions', 'clients', 'cases', 'visits', 'tasks', 'referrals', 'referral_events', 'letters', 'change_log']) expect(seen).toContain(table);
  }, 60_000);
});
