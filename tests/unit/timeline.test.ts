import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../shared/contract';
import { SITI, tempCore } from '../helpers/temp-core';

let t: ReturnType<typeof tempCore>;
let caseId: string;
const VISITS = 1000;

beforeAll(() => {
  t = tempCore();
  const clientId = t.must('clients:create', SITI).client.id;
  caseId = t.must('cases:create', { clientId, cluster: 'penyandang_disabilitas', ppksType: 'penyandang_disabilitas', openedAt: '2024-01-02' }).id;
  let version = 1;
  t.db.transaction(() => {
    for (let i = 0; i < VISITS; i++) {
      // One visit a day from 2024-01-03, each at 09:00 WIB.
      const day = new Date(Date.UTC(2024, 0, 3 + i, 2)).toISOString();
      t.must('visits:create', { caseId, type: 'kunjungan_rumah', visitedAt: day, note: `Kunjungan ke-${i + 1}`, nextVisitDate: null });
      if (i % 200 === 0) version = t.must('cases:change-stage', { id: caseId, version, stage: i % 400 === 0 ? 'asesmen' : 'intervensi', reason: `Tinjauan ${i}` }).version;
    }
  })();
});
afterAll(() => t.cleanup());

describe('the case timeline', () => {
  it('returns a 1,000-event case complete and newest first, page after page', () => {
    const all: TimelineEvent[] = [];
    let after: { at: string; id: string } | undefined;
    let total = 0;
    do {
      const page = t.must('timeline:list', { caseId, limit: 100, after });
      all.push(...page.events);
      total = page.total;
      after = page.next ?? undefined;
    } while (after);
    // 1,000 visits + 5 stage changes + the opening + the registration.
    expect(total).toBe(VISITS + 5 + 2);
    expect(all).toHaveLength(total);
    expect(new Set(all.map((e) => e.id)).size).toBe(total);
    const visits = all.filter((e) => e.kind === 'kunjungan');
    expect(visits[0].data.note).toBe('Kunjungan ke-1000');
    expect(visits.at(-1)!.data.note).toBe('Kunjungan ke-1');
    const times = all.map((e) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('filters by kind', () => {
    const stages = t.must('timeline:list', { caseId, kinds: ['tahap'] });
    expect(stages.total).toBe(5);
    expect(stages.events.map((e) => e.data.reason)).toEqual(['Tinjauan 800', 'Tinjauan 600', 'Tinjauan 400', 'Tinjauan 200', 'Tinjauan 0']);
    expect(t.must('timeline:list', { caseId, kinds: ['kasus'] }).events.map((e) => e.data.event)).toEqual(['klien_terdaftar', 'kasus_dibuka']);
  });

  it('gives the whole history in one call when asked', () => {
    expect(t.must('timeline:list', { caseId, limit: 5000 }).events).toHaveLength(VISITS + 7);
  });
});
