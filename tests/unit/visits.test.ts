import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SITI, snapshot, tempCore } from '../helpers/temp-core';

let t: ReturnType<typeof tempCore>;
let caseId: string;
let clientId: string;
beforeEach(() => {
  t = tempCore();
  t.must('workers:create', { name: 'Ani Pratiwi', role: 'pekerja_sosial' });
  clientId = t.must('clients:create', SITI).client.id;
  caseId = t.must('cases:create', { clientId, cluster: 'penyandang_disabilitas', ppksType: 'penyandang_disabilitas', openedAt: '2026-09-01', assignedWorkerId: t.must('workers:list', {})[0].id }).id;
});
afterEach(() => t.cleanup());

const pasung = (extra: Record<string, unknown> = {}) => ({ medication: 'teratur', relapse: false, risk: 'rendah', familySupport: ['emosional'], ...extra });
const visit = (visitedAt: string, extra: Record<string, unknown> = {}) =>
  t.must('visits:create', { caseId, type: 'kunjungan_rumah', visitedAt, note: 'Klien tenang, minum obat teratur.', ...extra });

describe('logging visits on a pasung case', () => {
  it('three visits, the third a relapse: risk tinggi, on the dashboard, next visit in 7 days, timeline in order', () => {
    visit('2026-11-01T09:00:00+07:00', { pasung: pasung({ risk: 'rendah' }) });
    visit('2026-11-10T09:00:00+07:00', { pasung: pasung({ risk: 'sedang', medication: 'tidak_teratur' }) });
    const third = visit('2026-11-27T10:30:00+07:00', {
      pasung: pasung({ relapse: true, relapseDate: '2026-11-25', risk: 'tinggi', medication: 'putus' }),
      note: 'Kambuh setelah putus obat; keluarga cemas dan sempat berniat memasung kembali.',
    });
    expect(third.nextVisitDate).toBe('2026-12-04');

    const board = t.must('dashboard:summary', {});
    expect(board.highRisk.map((h) => h.clientName)).toEqual(['Siti Rahayu']);
    expect(board.alerts).toMatchObject([{ kind: 'kambuh', clientName: 'Siti Rahayu', date: '2026-11-25' }]);
    expect(t.must('cases:get', { id: caseId })).toHaveProperty('risk', 'tinggi');

    const visits = t.must('timeline:list', { caseId, kinds: ['kunjungan'] }).events;
    expect(visits.map((e) => e.at)).toEqual(['2026-11-27T03:30:00.000Z', '2026-11-10T02:00:00.000Z', '2026-11-01T02:00:00.000Z']);
    expect(visits[0].data).toMatchObject({ relapse: true, risk: 'tinggi', medication: 'putus' });
  });

  it('plans the next visit as a task, lists it as overdue once the day has passed, and a visit fulfils it', () => {
    visit('2026-11-27T10:00:00+07:00', { pasung: pasung({ risk: 'tinggi' }) });
    let due = t.must('tasks:due', {});
    expect(due.thisWeek!.rows.map((d) => [d.title, d.dueDate, d.daysOverdue])).toEqual([['Kunjungan berikutnya', '2026-12-04', -6]]);
    t.clock.set('2026-12-07T03:00:00Z');
    due = t.must('tasks:due', {});
    expect(due.overdue!.rows.map((d) => [d.clientName, d.daysOverdue, d.risk])).toEqual([['Siti Rahayu', 3, 'tinggi']]);
    visit('2026-12-07T09:00:00+07:00', { pasung: pasung({ risk: 'sedang' }) });
    due = t.must('tasks:due', {});
    expect(due.overdue).toEqual({ rows: [], total: 0 });
    expect(t.must('tasks:list', { caseId }).find((x) => x.dueDate === '2026-12-04')?.status).toBe('selesai');
  });

  it('uses the configured days per risk, and a date the worker chose instead', () => {
    const s = t.must('settings:get', {});
    t.must('settings:update', { ...s, nextVisitDays: { tinggi: 3, sedang: 10, rendah: 45 } });
    expect(t.must('visits:suggest-next', { visitedAt: '2026-11-20T08:00:00+07:00', risk: 'sedang' })).toEqual({ date: '2026-11-30', days: 10 });
    expect(visit('2026-11-20T08:00:00+07:00', { pasung: pasung({ risk: 'tinggi' }) }).nextVisitDate).toBe('2026-11-23');
    expect(visit('2026-11-21T08:00:00+07:00', { pasung: pasung({ risk: 'tinggi' }), nextVisitDate: '2026-11-25' }).nextVisitDate).toBe('2026-11-25');
    expect(visit('2026-11-22T08:00:00+07:00', { nextVisitDate: null }).nextVisitDate).toBeNull();
  });

  it('hands back the visit exactly as stored — indicators, next visit, author — and logs its note by length only', () => {
    const saved = visit('2026-11-27T10:00:00+07:00', {
      pasung: pasung({ risk: 'sedang', jkn: 'pbi', dtsenRegistered: true, dtsenDecile: 2, productiveActivity: 'Menyapu halaman' }),
      place: 'Rumah klien',
      peopleMet: 'Ibu klien',
    });
    expect(saved).toEqual(t.must('visits:get', { id: saved.id }));
    expect(saved).toMatchObject({ nextVisitDate: '2026-12-11', authorId: t.must('workers:list', {})[0].id, version: 1 });
    expect(t.must('tasks:list', { caseId }).find((x) => x.id === saved.nextTaskId)).toMatchObject({ dueDate: '2026-12-11', status: 'terbuka' });
    const logged = t.db.prepare(`SELECT changes FROM change_log WHERE entity = 'visit' AND entity_id = ?`).get(saved.id) as { changes: string };
    const changes = JSON.parse(logged.changes);
    expect(changes.note).toEqual([null, '(33 karakter)']);
    expect(changes.pasung[1]).toEqual(saved.pasung);
    expect(Object.keys(changes)).toEqual(['id', 'caseId', 'type', 'visitedAt', 'place', 'peopleMet', 'note', 'pasung', 'nextVisitDate', 'nextTaskId', 'authorId']);
  });

  it('refuses a visit in the future, before the birth date, an unknown indicator value, a relapse without its date — naming the field, writing nothing', () => {
    const before = snapshot(t.db);
    const bad: [Record<string, unknown>, string][] = [
      [{ visitedAt: '2026-11-29T09:00:00+07:00' }, 'visitedAt'],
      [{ visitedAt: '1980-01-01T09:00:00+07:00' }, 'visitedAt'],
      [{ pasung: pasung({ medication: 'kadang' }) }, 'pasung.medication'],
      [{ pasung: pasung({ risk: 'ekstrem' }) }, 'pasung.risk'],
      [{ pasung: pasung({ relapse: true }) }, 'pasung.relapseDate'],
      [{ type: 'arisan' }, 'type'],
      [{ nextVisitDate: '2026-11-01' }, 'nextVisitDate'],
    ];
    for (const [extra, path] of bad) {
      const r = t.invoke('visits:create', { caseId, type: 'kunjungan_rumah', visitedAt: '2026-11-20T09:00:00+07:00', ...extra } as never);
      expect(r.ok, path).toBe(false);
      if (!r.ok) expect(r.error.fields?.map((f) => f.path), JSON.stringify(extra)).toContain(path);
    }
    expect(snapshot(t.db)).toBe(before);
  });

  it('finds visit notes by word prefix, within one case or all, with the matches marked', () => {
    visit('2026-11-20T09:00:00+07:00', { note: 'Keluarga mendukung pengobatan di puskesmas Tembalang.' });
    visit('2026-11-21T09:00:00+07:00', { note: 'Klien mulai membantu berjualan di warung.' });
    const hits = t.must('visits:search', { query: 'puskes temb' });
    expect(hits).toHaveLength(1);
    expect(hits[0].snippet).toContain('\u0002puskesmas\u0003');
    expect(hits[0].clientName).toBe('Siti Rahayu');
    expect(t.must('visits:search', { query: 'warung', caseId })).toHaveLength(1);
    expect(t.must('visits:search', { query: 'NEAR("x" AND' })).toEqual([]);
  });

  it('finds long word prefixes and accented words, newest entries first', () => {
    visit('2026-11-20T09:00:00+07:00', { note: 'Rujukan ke Puskesmas Tembalang untuk kontrol.' });
    visit('2026-11-21T09:00:00+07:00', { note: 'Kader posyandu menemani ke puskesmas pembantu.' });
    visit('2026-11-22T09:00:00+07:00', { note: 'Klien ikut kegiatan di café milik kelurahan.' });
    const found = (query: string) => t.must('visits:search', { query }).map((h) => h.snippet.replace(/[\u0002\u0003]/g, ''));
    expect(found('puskesma')).toEqual(['Kader posyandu menemani ke puskesmas pembantu.', 'Rujukan ke Puskesmas Tembalang untuk kontrol.']);
    expect(found('puskesmas pemban')).toEqual(['Kader posyandu menemani ke puskesmas pembantu.']);
    expect(found('cafe')).toHaveLength(1);
    expect(found('kelurah')).toHaveLength(1);
    expect(found('puskesmasz')).toEqual([]);
  });
});

describe('pasung episodes', () => {
  it('keeps the status history and a re-shackling raises the case to tinggi and alerts the dashboard', () => {
    const ep = t.must('pasung:create', { clientId, status: 'dipasung', date: '2026-08-20', by: 'Keluarga', details: { method: 'balok_kayu', reason: 'perilaku_membahayakan', diagnosis: 'psikotik', startedYear: 2019, management: ['terapi_obat'] } });
    expect(t.must('cases:get', { id: caseId })).toHaveProperty('risk', 'tinggi');
    const released = t.must('pasung:change-status', { id: ep.id, version: ep.version, status: 'dilepas', date: '2026-09-02', by: 'Tim Dinsos dan Puskesmas', note: 'Dilepas, dirujuk ke RSJ' });
    const again = t.must('pasung:change-status', { id: ep.id, version: released.version, status: 'repasung', date: '2026-11-20', by: 'Keluarga', note: 'Dipasung ulang setelah mengamuk' });
    expect(again.history.map((h) => h.status)).toEqual(['repasung', 'dilepas', 'dipasung']);
    expect(t.must('dashboard:summary', {}).alerts).toMatchObject([{ kind: 'repasung', date: '2026-11-20', caseId }]);
    const tl = t.must('timeline:list', { caseId, kinds: ['pasung'] }).events;
    expect(tl.map((e) => e.data.status)).toEqual(['repasung', 'dilepas', 'dipasung']);
  });

  it('refuses a transition the history does not allow, and a date before the last change', () => {
    const ep = t.must('pasung:create', { clientId, status: 'dipasung', date: '2026-08-20' });
    const skip = t.invoke('pasung:change-status', { id: ep.id, version: ep.version, status: 'repasung', date: '2026-09-01', note: 'x' });
    expect(skip.ok || skip.error.fields?.[0].path).toBe('status');
    const early = t.invoke('pasung:change-status', { id: ep.id, version: ep.version, status: 'dilepas', date: '2026-08-01', note: 'x' });
    expect(early.ok || early.error.fields?.[0].message).toMatch(/sebelum perubahan status terakhir/);
  });
});

describe('disability support and services', () => {
  it('moves a device from needed to requested to received, forward only, and shows each step', () => {
    const d = t.must('devices:create', { clientId, caseId, device: 'kursi_roda_adaptif', neededAt: '2026-09-05' });
    const asked = t.must('devices:advance', { id: d.id, version: d.version, step: 'diajukan', date: '2026-09-10', source: 'Sentra Terpadu Inten Soeweno' });
    const got = t.must('devices:advance', { id: d.id, version: asked.version, step: 'diterima', date: '2026-10-15' });
    expect(got).toMatchObject({ step: 'diterima', requestedAt: '2026-09-10', receivedAt: '2026-10-15', source: 'Sentra Terpadu Inten Soeweno' });
    const back = t.invoke('devices:advance', { id: d.id, version: got.version, step: 'diajukan', date: '2026-10-16' });
    expect(back.ok || back.error.fields?.[0].path).toBe('step');
    expect(t.must('timeline:list', { caseId, kinds: ['alat_bantu'] }).events.map((e) => e.data.step)).toEqual(['diterima', 'diajukan', 'dibutuhkan']);
  });

  it('records ATENSI services with dates, not before the case opened', () => {
    t.must('services:create', { caseId, component: 'terapi', givenAt: '2026-10-01', note: 'Terapi psikososial kelompok' });
    expect(t.must('services:list', { caseId })).toMatchObject([{ component: 'terapi', givenAt: '2026-10-01' }]);
    const early = t.invoke('services:create', { caseId, component: 'terapi', givenAt: '2026-08-01' });
    expect(early.ok || early.error.fields?.[0].path).toBe('givenAt');
  });
});

describe('follow-up tasks', () => {
  it('refuses a due date before the case was opened', () => {
    const r = t.invoke('tasks:create', { caseId, kind: 'dokumen', title: 'Urus KTP', dueDate: '2026-08-01' });
    expect(r.ok || r.error.fields?.[0].path).toBe('dueDate');
  });

  it('marks a task missed with a note, once, and shows it in the timeline', () => {
    const task = t.must('tasks:create', { caseId, kind: 'telepon', title: 'Telepon keluarga', dueDate: '2026-11-25' });
    t.must('tasks:close', { id: task.id, version: task.version, outcome: 'terlewat', note: 'Nomor tidak aktif' });
    const again = t.invoke('tasks:close', { id: task.id, version: task.version + 1, outcome: 'selesai' });
    expect(again.ok || again.error.code).toBe('CONFLICT');
    expect(t.must('timeline:list', { caseId, kinds: ['tindak_lanjut'] }).events[0].data).toMatchObject({ outcome: 'terlewat', note: 'Nomor tidak aktif' });
  });
});
