import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCases } from '../../electron/core/cases/list';
import { CASE_SORTS, CaseListInput, type CaseListQuery } from '../../shared/contract';
import { actAs, actAsSystem } from '../helpers/actors';
import { snapshot, tempCore } from '../helpers/temp-core';

/**
 * The case list's type-ahead count (issue 7): a search may stop counting at `countLimit`
 * and say "more than N", and a search with many matches walks the list's order instead of
 * sorting every match. Either way the rows are the ones the exact, sorted list has.
 */
let t: ReturnType<typeof tempCore>;
let ani: { id: string; role: 'pekerja_sosial' };
const SITIS = 14;

beforeAll(() => {
  t = tempCore();
  // Kartika types the cases in (the first worker acts for the system); Ani owns every fourth.
  t.must('workers:create', { name: 'Kartika Sari', role: 'koordinator' });
  ani = t.must('workers:create', { name: 'Ani Pratiwi', role: 'pekerja_sosial' }) as typeof ani;
  const people = [
    ...Array.from({ length: SITIS }, (_, i) => ({ name: `Siti ${['Rahayu', 'Aminah', 'Nurhaliza', 'Sitompul'][i % 4]} ${i}`, village: i % 2 ? '33.74.10.1001' : '31.71.01.1001' })),
    ...Array.from({ length: 6 }, (_, i) => ({ name: `Budi Santoso ${i}`, village: '33.74.10.1001' })),
  ];
  people.forEach((p, i) => {
    const client = t.must('clients:create', { name: p.name, sex: 'P', address: { villageCode: p.village } }).client;
    t.must('cases:create', {
      clientId: client.id,
      cluster: i % 3 ? 'penyandang_disabilitas' : 'anak',
      ppksType: i % 3 ? 'penyandang_disabilitas' : 'anak_terlantar',
      openedAt: `2026-${String((i % 10) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
      assignedWorkerId: i % 4 === 0 ? ani.id : null,
    });
  });
});
afterAll(() => t.cleanup());

const list = (q: CaseListQuery, plan?: { walkFrom?: number }) => listCases(t.ctx, CaseListInput.parse(q), plan);
const numbers = (r: { rows: { number: string }[] }) => r.rows.map((row) => row.number);

describe('a capped count', () => {
  it('says "more than N" when more cases match than the limit, with the same first page as the exact count', () => {
    const exact = t.must('cases:list', { search: 'sit', limit: 5 });
    expect(exact).toMatchObject({ total: SITIS, totalCapped: false });
    const capped = t.must('cases:list', { search: 'sit', limit: 5, countLimit: 10 });
    expect(capped).toMatchObject({ total: 10, totalCapped: true });
    expect(numbers(capped)).toEqual(numbers(exact));
  });

  it('is exact when the matches fit under the limit, at the limit too', () => {
    expect(t.must('cases:list', { search: 'budi', countLimit: 10 })).toMatchObject({ total: 6, totalCapped: false });
    expect(t.must('cases:list', { search: 'sit', countLimit: SITIS })).toMatchObject({ total: SITIS, totalCapped: false });
    expect(t.must('cases:list', { search: 'sit', countLimit: SITIS - 1 })).toMatchObject({ total: SITIS - 1, totalCapped: true });
    expect(t.must('cases:list', { search: 'zzz', countLimit: 10 })).toMatchObject({ rows: [], total: 0, totalCapped: false });
  });

  it('counts with the filters, the region and the search together', () => {
    const anak = t.must('cases:list', { search: 'sit', cluster: 'anak' }).total;
    expect(anak).toBe(5);
    expect(t.must('cases:list', { search: 'sit', cluster: 'anak', countLimit: 4 })).toMatchObject({ total: 4, totalCapped: true });
    expect(t.must('cases:list', { search: 'sit', cluster: 'anak', countLimit: 5 })).toMatchObject({ total: 5, totalCapped: false });
    expect(t.must('cases:list', { search: 'sit', regionCode: '33.74' })).toMatchObject({ total: 7, totalCapped: false });
    expect(t.must('cases:list', { search: 'sit', regionCode: '33.74', countLimit: 3 })).toMatchObject({ total: 3, totalCapped: true });
    expect(t.must('cases:list', { regionCode: '33.74', countLimit: 3 })).toMatchObject({ total: 3, totalCapped: true });
    expect(t.must('cases:list', { countLimit: 100 })).toMatchObject({ total: SITIS + 6, totalCapped: false });
  });

  it('counts only her own cases for a pekerja sosial', () => {
    actAs(t, ani);
    try {
      expect(t.must('cases:list', { search: 'sit' })).toMatchObject({ total: 4, totalCapped: false });
      expect(t.must('cases:list', { search: 'sit', countLimit: 3 })).toMatchObject({ total: 3, totalCapped: true });
    } finally {
      actAsSystem(t);
    }
  });

  it('still pages past the limit: every match can be reached, in order', () => {
    const all = numbers(t.must('cases:list', { search: 'sit' }));
    const paged = [0, 4, 8, 12].flatMap((offset) => numbers(t.must('cases:list', { search: 'sit', countLimit: 5, offset, limit: 4 })));
    expect(paged).toEqual(all);
  });

  it('refuses a limit that is not a whole number from 1, in Indonesian, changing nothing', () => {
    const before = snapshot(t.db);
    for (const countLimit of [0, 2.5, -1, 'banyak']) {
      const r = t.invoke('cases:list', { search: 'sit', countLimit } as never);
      expect(r.ok || r.error).toMatchObject({ code: 'VALIDATION', fields: [{ path: 'countLimit', message: expect.stringMatching(/Batas hitungan/) }] });
    }
    expect(snapshot(t.db)).toBe(before);
  });
});

describe('many matches or few', () => {
  it('gives the same pages whether the matches lead or the list order is walked, for every sort, filter and region', () => {
    const queries: CaseListQuery[] = [
      ...CASE_SORTS.map((sort) => ({ search: 'sit', sort })),
      { search: 'sit', cluster: 'penyandang_disabilitas' },
      { search: 'sit', sort: 'name_desc', cluster: 'anak' },
      { search: 'sit', regionCode: '33.74' },
      { search: 'sit', regionCode: '31.71', sort: 'number_asc' },
      { search: 'siti', offset: 3, limit: 4 },
      { search: 'siti', sort: 'opened_asc', offset: 10, limit: 100 },
      { search: 'sant bud', sort: 'name_asc' },
    ];
    for (const q of queries) {
      const led = list(q, { walkFrom: Infinity });
      const walked = list(q, { walkFrom: 0 });
      expect(led.rows.length, JSON.stringify(q)).toBeGreaterThan(0);
      expect(numbers(walked), JSON.stringify(q)).toEqual(numbers(led));
      expect(walked.total).toBe(led.total);
    }
    actAs(t, ani);
    try {
      for (const sort of CASE_SORTS) expect(numbers(list({ search: 'sit', sort }, { walkFrom: 0 }))).toEqual(numbers(list({ search: 'sit', sort }, { walkFrom: Infinity })));
    } finally {
      actAsSystem(t);
    }
  });
});
