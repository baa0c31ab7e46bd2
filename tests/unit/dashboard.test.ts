import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../electron/cli/seed/index';
import { tempCore } from '../helpers/temp-core';

let t: ReturnType<typeof tempCore>;
beforeAll(async () => {
  t = tempCore();
  await seed(t, { clients: 120, seed: 5, visitsPerCase: 2, longCases: 0, referrals: 6, letters: 0 });
});
afterAll(() => t.cleanup());

type Row = { stage: string; cluster: string; ppks_type: string; status: string; assigned_worker_id: string | null };
const OPEN = ['aktif', 'ditunda', 'dirujuk'];

/** The breakdown Beranda must show, counted here from the rows themselves. */
function expected(rows: Row[], column: 'stage' | 'cluster' | 'ppks_type') {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r[column], (counts.get(r[column]) ?? 0) + 1);
  return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
}

describe('Beranda (dashboard:summary)', () => {
  it("counts the office's open cases by stage, cluster and PPKS type, and one worker's own, as the cases themselves say", () => {
    const all = (t.db.prepare('SELECT stage, cluster, ppks_type, status, assigned_worker_id FROM cases').all() as Row[]).filter((r) => OPEN.includes(r.status));
    const office = t.must('dashboard:summary', { all: true });
    expect(office.activeCases).toBe(all.length);
    expect(office.byStage).toEqual(expected(all, 'stage'));
    expect(office.byCluster).toEqual(expected(all, 'cluster'));
    expect(office.byPpks).toEqual(expected(all, 'ppks_type'));
    expect(office.byCluster.length).toBeGreaterThan(2);

    const workerId = all[0].assigned_worker_id!;
    const hers = all.filter((r) => r.assigned_worker_id === workerId);
    const own = t.must('dashboard:summary', { workerId });
    expect(own.activeCases).toBe(hers.length);
    expect(own.byStage).toEqual(expected(hers, 'stage'));
    expect(own.byPpks).toEqual(expected(hers, 'ppks_type'));
  });
});
