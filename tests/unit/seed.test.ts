import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../electron/cli/seed/index';
import { nikWarnings } from '../../shared/validators/nik';
import { tempCore } from '../helpers/temp-core';

let t: ReturnType<typeof tempCore>;
beforeAll(async () => {
  t = tempCore();
  await seed(t, { clients: 150, seed: 7, visitsPerCase: 2, longCases: 1, referrals: 12, letters: 2 });
});
afterAll(() => t.cleanup());

describe('pendamping seed', () => {
  it('creates the asked number of clients, each with a case and an assigned worker', () => {
    const n = (sql: string) => (t.db.prepare(sql).get() as { n: number }).n;
    expect(n('SELECT count(*) AS n FROM clients')).toBe(150);
    expect(n('SELECT count(DISTINCT client_id) AS n FROM cases')).toBe(150);
    expect(n('SELECT count(*) AS n FROM cases WHERE assigned_worker_id IS NULL')).toBe(0);
    expect(n('SELECT count(*) AS n FROM workers')).toBe(5);
  });

  it('gives NIKs that encode the recorded birth date and sex, in real regions', () => {
    const rows = t.db.prepare('SELECT nik, birth_date, sex, village_code FROM clients WHERE nik IS NOT NULL').all() as {
      nik: string; birth_date: string; sex: 'L' | 'P'; village_code: string;
    }[];
    expect(rows.length).toBeGreaterThan(100);
    for (const r of rows) {
      expect(nikWarnings(r.nik, { birthDate: r.birth_date, sex: r.sex }, '2026-11-28')).toEqual([]);
      expect(t.db.prepare('SELECT 1 FROM regions WHERE code = ?').get(r.village_code)).toBeDefined();
    }
  });

  it('has referrals in every state of the loop, some with issued letters, and a 1,000-visit case', () => {
    const states = (t.db.prepare('SELECT DISTINCT status FROM referrals ORDER BY status').all() as { status: string }[]).map((r) => r.status);
    expect(states).toEqual(['dibatalkan', 'dikirim', 'diterima', 'ditolak', 'draft', 'selesai']);
    expect((t.db.prepare(`SELECT count(*) AS n FROM letters WHERE state = 'issued' AND pdf IS NOT NULL`).get() as { n: number }).n).toBe(2);
    expect((t.db.prepare('SELECT max(n) AS n FROM (SELECT count(*) AS n FROM visits GROUP BY case_id)').get() as { n: number }).n).toBe(1000);
    expect((t.db.prepare('SELECT count(*) AS n FROM pasung_episodes').get() as { n: number }).n).toBeGreaterThan(0);
  });

  it('is findable through the case list like real data', () => {
    const someone = t.db.prepare('SELECT name FROM clients LIMIT 1').get() as { name: string };
    const first = someone.name.split(' ')[0];
    const found = t.must('cases:list', { search: first.slice(0, 3) });
    expect(found.rows.some((r) => r.clientName === someone.name)).toBe(true);
  });
});
