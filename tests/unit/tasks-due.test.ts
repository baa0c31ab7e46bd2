import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DueList, DueTask } from '../../shared/contract';
import { actAs, actAsSystem } from '../helpers/actors';
import { referralInput } from '../helpers/referral-fixture';
import { SITI, snapshot, tempCore } from '../helpers/temp-core';

/**
 * Tindak Lanjut a page at a time (issue 7): the same follow-ups in the same order as the whole
 * list always had (highest re-shackling risk, then longest overdue, then id), each list paged
 * with its total. Today is 2026-11-28; this week runs to 2026-12-04.
 */
type Risk = 'tinggi' | 'sedang' | 'rendah' | null;
type Made = { id: string; dueDate: string; risk: Risk; taskWorker: string | null; caseWorker: string | null; open: boolean };

let t: ReturnType<typeof tempCore>;
let ani: { id: string; role: 'pekerja_sosial' };
let budi: { id: string; role: 'pekerja_sosial' };
let kora: { id: string; role: 'koordinator' };
let made: Made[];
beforeEach(() => {
  t = tempCore();
  ani = t.must('workers:create', { name: 'Ani Pratiwi', role: 'pekerja_sosial' }) as typeof ani;
  budi = t.must('workers:create', { name: 'Budi Santoso', role: 'pekerja_sosial' }) as typeof budi;
  kora = t.must('workers:create', { name: 'Kartika Dewi', role: 'koordinator' }) as typeof kora;
  made = [];
});
afterEach(() => t.cleanup());

let clients = 0;
/** A case `worker` opened for herself, whose latest visit left `risk` (none: no pasung visit). */
function caseOf(worker: { id: string; role: 'pekerja_sosial' }, risk: Risk) {
  actAs(t, worker);
  const client = t.must('clients:create', { ...SITI, nik: undefined, name: `Klien ${++clients}` }).client;
  const kase = t.must('cases:create', { clientId: client.id, cluster: 'penyandang_disabilitas', ppksType: 'penyandang_disabilitas', openedAt: '2026-09-01', assignedWorkerId: worker.id });
  if (risk) {
    const pasung = { medication: 'teratur' as const, relapse: false, risk, familySupport: ['emosional' as const] };
    t.must('visits:create', { caseId: kase.id, type: 'kunjungan_rumah', visitedAt: '2026-10-01T09:00:00+07:00', note: 'Kunjungan rutin.', pasung, nextVisitDate: null });
  }
  actAsSystem(t);
  expect(kase.openedBy).toBe(worker.id);
  return { id: kase.id, worker: worker.id, risk };
}

/** A follow-up on `kase` (assigned to the case's worker unless `to` says otherwise), remembered with what decides its place. */
function task(kase: ReturnType<typeof caseOf>, dueDate: string, to?: string | null) {
  const created = t.must('tasks:create', { caseId: kase.id, kind: 'kunjungan', title: `Kunjungan ${dueDate}`, dueDate, ...(to === undefined ? {} : { assignedWorkerId: to }) });
  made.push({ id: created.id, dueDate, risk: kase.risk, taskWorker: created.assignedWorkerId, caseWorker: kase.worker, open: true });
  return created;
}

const RANK = { tinggi: 0, sedang: 1, rendah: 2 } as const;
const rank = (r: Risk) => (r ? RANK[r] : 3);
/** The expected list, put together plainly from what the test made. */
function expected(section: 'overdue' | 'thisWeek', whose: (m: Made) => boolean) {
  return made
    .filter((m) => m.open && whose(m) && (section === 'overdue' ? m.dueDate < '2026-11-28' : m.dueDate >= '2026-11-28' && m.dueDate <= '2026-12-04'))
    .sort((a, b) => rank(a.risk) - rank(b.risk) || a.dueDate.localeCompare(b.dueDate) || (a.id < b.id ? -1 : 1))
    .map((m) => m.id);
}
const hers = (w: string) => (m: Made) => m.taskWorker === w || (m.taskWorker === null && m.caseWorker === w);

/** Reads a whole list `limit` rows at a time, as the screen does when she scrolls. */
function pageThrough(section: 'overdue' | 'thisWeek' | 'awaitingResponse', limit: number, input: { all?: boolean; workerId?: string } = {}) {
  const ids: string[] = [];
  const totals: number[] = [];
  for (let offset = 0; ; offset += limit) {
    const list: DueList = t.must('tasks:due', { ...input, section, offset, limit });
    const page = list[section]!;
    for (const other of ['overdue', 'thisWeek', 'awaitingResponse'] as const) if (other !== section) expect(list[other]).toBeNull();
    totals.push(page.total);
    ids.push(...page.rows.map((r) => ('referralId' in r ? r.referralId : r.id)));
    if (page.rows.length < limit) break;
  }
  return { ids, totals: [...new Set(totals)] };
}

/** Ani's caseload: three risks and none, her tasks, an unassigned one, one of hers given to Budi, one of Budi's given to her. */
function caseload() {
  const high = caseOf(ani, 'tinggi');
  const mid = caseOf(ani, 'sedang');
  const none = caseOf(ani, null);
  const budis = caseOf(budi, 'rendah');
  for (const d of ['2026-11-20', '2026-11-25', '2026-11-25', '2026-12-01']) task(high, d);
  for (const d of ['2026-11-10', '2026-11-27', '2026-11-28', '2026-12-04']) task(mid, d);
  for (const d of ['2026-11-01', '2026-12-02']) task(none, d);
  task(none, '2026-11-15', null); // unassigned on her case: hers
  task(high, '2026-11-21', budi.id); // on her case, given to Budi: his
  task(budis, '2026-11-22', ani.id); // on Budi's case, given to her: hers
  task(budis, '2026-11-26');
  task(high, '2026-12-05'); // next week: nobody's yet
  const closed = task(mid, '2026-11-12');
  t.must('tasks:close', { id: closed.id, version: closed.version, outcome: 'selesai', note: null });
  made.find((m) => m.id === closed.id)!.open = false;
  return { high, mid, none, budis };
}

describe('Tindak Lanjut, a page at a time', () => {
  it("a worker's follow-ups (hers, and the unassigned ones of her cases) come in the old order across pages, with the totals", () => {
    caseload();
    const first = t.must('tasks:due', { workerId: ani.id });
    expect(first.today).toBe('2026-11-28');
    expect(first.overdue!.total).toBe(expected('overdue', hers(ani.id)).length);
    expect(first.overdue!.rows.map((r) => r.id)).toEqual(expected('overdue', hers(ani.id)));
    expect(first.thisWeek!.rows.map((r) => r.id)).toEqual(expected('thisWeek', hers(ani.id)));

    // Pages of 2 put back together are the same list: no row lost, none twice, one total.
    for (const section of ['overdue', 'thisWeek'] as const) {
      const { ids, totals } = pageThrough(section, 2, { workerId: ani.id });
      expect(ids).toEqual(expected(section, hers(ani.id)));
      expect(totals).toEqual([ids.length]);
    }
    expect(expected('overdue', hers(ani.id)).length).toBe(8);

    // The first rows say what the screen shows: risk first, then the longest overdue.
    const top = first.overdue!.rows.slice(0, 3).map((r: DueTask) => [r.risk, r.dueDate, r.daysOverdue, r.clientName]);
    expect(top).toEqual([
      ['tinggi', '2026-11-20', 8, 'Klien 1'],
      ['tinggi', '2026-11-25', 3, 'Klien 1'],
      ['tinggi', '2026-11-25', 3, 'Klien 1'],
    ]);
  });

  it("a page past the end is empty but still says how many there are; the Beranda's counts agree with the totals", () => {
    caseload();
    const past = t.must('tasks:due', { workerId: ani.id, section: 'overdue', offset: 40, limit: 5 });
    expect(past.overdue).toEqual({ rows: [], total: 8 });
    actAs(t, ani);
    const mine = t.must('tasks:due', {});
    const board = t.must('dashboard:summary', {});
    expect([board.overdueTasks, board.dueThisWeek]).toEqual([mine.overdue!.total, mine.thisWeek!.total]);
  });

  it('holds 50 rows of each list by default, and the next page holds the rest', () => {
    const kase = caseOf(ani, 'sedang');
    for (let i = 0; i < 55; i++) task(kase, `2026-10-${String(1 + (i % 28)).padStart(2, '0')}`);
    const first = t.must('tasks:due', { workerId: ani.id });
    expect([first.overdue!.rows.length, first.overdue!.total]).toEqual([50, 55]);
    const next = t.must('tasks:due', { workerId: ani.id, section: 'overdue', offset: 50 });
    expect(next.thisWeek).toBeNull();
    expect([...first.overdue!.rows, ...next.overdue!.rows].map((r) => r.id)).toEqual(expected('overdue', hers(ani.id)));
  });

  it("the office view holds every worker's follow-ups; another worker's are hers alone", () => {
    caseload();
    const everyone = () => true;
    for (const section of ['overdue', 'thisWeek'] as const) {
      expect(pageThrough(section, 3, { all: true }).ids).toEqual(expected(section, everyone));
      expect(pageThrough(section, 3, { workerId: budi.id }).ids).toEqual(expected(section, hers(budi.id)));
    }
    expect(t.must('tasks:due', { all: true }).overdue!.total).toBe(10);
  });

  it('a pekerja sosial sees only follow-ups of her own cases, whatever she asks for', () => {
    const { budis } = caseload();
    actAs(t, ani);
    // Her cases are those assigned to her or opened by her (each case here was opened by its worker).
    const own = (m: Made) => m.caseWorker === ani.id;
    // The follow-up given to her on Budi's case is not hers to see; all of her cases' are.
    expect(pageThrough('overdue', 4).ids).toEqual(expected('overdue', (m) => hers(ani.id)(m) && own(m)));
    expect(pageThrough('overdue', 4, { all: true }).ids).toEqual(expected('overdue', own));
    expect(pageThrough('overdue', 4, { workerId: budi.id }).ids).toEqual(expected('overdue', (m) => hers(budi.id)(m) && own(m)));
    expect(t.must('tasks:due', { all: true }).overdue!.rows.some((r) => r.caseId === budis.id)).toBe(false);
    actAs(t, kora);
    expect(t.must('tasks:due', { all: true }).overdue!.rows.some((r) => r.caseId === budis.id)).toBe(true);
    actAsSystem(t);
  });

  it('referrals past their expected answer: oldest first, hers from her cases, paged with the total', () => {
    const rsj = t.must('institutions:create', { name: 'RSJ Prof. Dr. Soerojo Magelang', type: 'rsj' });
    const mine = caseOf(ani, null);
    const his = caseOf(budi, null);
    const sent: { id: string; caseWorker: string; expected: string }[] = [];
    // segera: an answer is expected three days after sending.
    for (const [kase, day] of [[mine, '2026-11-20'], [his, '2026-11-10'], [mine, '2026-11-01'], [mine, '2026-11-20'], [mine, '2026-11-25'], [his, '2026-11-24']] as const) {
      const r = t.must('referrals:create', referralInput(kase.id, rsj.id));
      const s = t.must('referrals:transition', { id: r.id, version: r.version, to: 'dikirim', date: day });
      sent.push({ id: r.id, caseWorker: kase.worker, expected: s.expectedResponseDate! });
    }
    t.must('referrals:create', referralInput(mine.id, rsj.id)); // a draft waits for nobody
    const order = (list: typeof sent) => [...list].filter((s) => s.expected < '2026-11-28').sort((a, b) => a.expected.localeCompare(b.expected) || (a.id < b.id ? -1 : 1)).map((s) => s.id);

    expect(pageThrough('awaitingResponse', 2, { workerId: ani.id })).toEqual({ ids: order(sent.filter((s) => s.caseWorker === ani.id)), totals: [3] });
    expect(pageThrough('awaitingResponse', 2, { all: true }).ids).toEqual(order(sent));
    const first = t.must('tasks:due', { workerId: ani.id }).awaitingResponse!;
    expect(first.rows[0]).toMatchObject({ caseId: mine.id, institutionName: 'RSJ Prof. Dr. Soerojo Magelang', expectedResponseDate: '2026-11-04', daysOverdue: 24 });
  });

  it('refuses paging it cannot honour, in Indonesian, and changes nothing', () => {
    caseload();
    const before = snapshot(t.db);
    const refused = (input: unknown) => {
      const r = t.call('tasks:due', input);
      return r.ok ? 'accepted' : r.error.fields;
    };
    expect(refused({ offset: 50 })).toEqual([{ path: 'offset', message: 'Offset hanya berlaku untuk satu bagian: sebutkan section.' }]);
    expect(refused({ section: 'semua' })).toEqual([{ path: 'section', message: 'Bagian harus overdue, thisWeek atau awaitingResponse.' }]);
    expect(refused({ limit: 501 })).toMatchObject([{ path: 'limit' }]);
    expect(refused({ section: 'overdue', offset: -1 })).toMatchObject([{ path: 'offset' }]);
    expect(snapshot(t.db)).toBe(before);
  });
});
