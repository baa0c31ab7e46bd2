import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listCases } from '../../electron/core/cases/list';
import { CaseListInput } from '../../shared/contract';
import { SITI, snapshot, tempCore } from '../helpers/temp-core';

let t: ReturnType<typeof tempCore>;
let clientId: string;
beforeEach(() => {
  t = tempCore();
  t.must('workers:create', { name: 'Ani Pratiwi', role: 'pekerja_sosial', nip: '198501012010012001' });
  clientId = t.must('clients:create', SITI).client.id;
});
afterEach(() => t.cleanup());

const open = (extra: Record<string, unknown> = {}) =>
  t.must('cases:create', { clientId, cluster: 'penyandang_disabilitas', ppksType: 'penyandang_disabilitas', ...extra });

describe('opening a case', () => {
  it('numbers cases from the template with a counter per year', () => {
    expect(open().number).toBe('0001/RS/Dinsos/2026');
    expect(open().number).toBe('0002/RS/Dinsos/2026');
    expect(open({ openedAt: '2025-06-01' }).number).toBe('0001/RS/Dinsos/2025');
    t.must('settings:update', { officeName: 'Dinas Sosial Kota Semarang', unitCode: 'Dinsos-Smg', timeZone: 'Asia/Jakarta', caseNumberTemplate: 'KASUS-{tahun}-{bulan}-{nomor:3}', nextVisitDays: { tinggi: 7, sedang: 14, rendah: 30 } });
    expect(open().number).toBe('KASUS-2026-11-003');
  });

  it('refuses a case-number template with an unknown placeholder, keeping the settings', () => {
    const r = t.invoke('settings:update', { officeName: 'X', unitCode: 'Y', timeZone: 'Asia/Jakarta', caseNumberTemplate: '{nomor}/{kota}', nextVisitDays: { tinggi: 7, sedang: 14, rendah: 30 } });
    expect(r.ok || r.error.fields?.[0].message).toMatch(/\{kota\} tidak dikenal/);
    expect(t.must('settings:get', {}).caseNumberTemplate).toBe('{nomor:4}/RS/{unit}/{tahun}');
  });

  it('starts at pendekatan awal, aktif, opened today in the office time zone', () => {
    const c = open();
    expect(c).toMatchObject({ stage: 'pendekatan_awal', status: 'aktif', openedAt: '2026-11-28', closedAt: null });
    expect(c.history).toMatchObject([{ field: 'created', after: 'pendekatan_awal', actorName: 'Ani Pratiwi' }]);
  });

  it('uses the WIT date when it is already tomorrow in Papua', () => {
    t.clock.set('2026-11-28T16:30:00Z'); // 23:30 WIB, 01:30 WIT on the 29th
    t.must('settings:update', { officeName: 'Dinsos Jayapura', unitCode: 'Dinsos', timeZone: 'Asia/Jayapura', caseNumberTemplate: '{nomor}/{tahun}', nextVisitDays: { tinggi: 7, sedang: 14, rendah: 30 } });
    expect(open().openedAt).toBe('2026-11-29');
  });

  it('refuses an opening date in the future or before the client was born', () => {
    const future = t.invoke('cases:create', { clientId, cluster: 'anak', ppksType: 'anak_terlantar', openedAt: '2026-12-01' });
    expect(future.ok || future.error.fields?.[0].path).toBe('openedAt');
    const early = t.invoke('cases:create', { clientId, cluster: 'anak', ppksType: 'anak_terlantar', openedAt: '1980-01-01' });
    expect(early.ok || early.error.fields?.[0].message).toMatch(/sebelum tanggal lahir/);
  });
});

describe('stage and status', () => {
  it('records a stage change with who, when and why in the change log and the history', () => {
    const c = open();
    const after = t.must('cases:change-stage', { id: c.id, version: c.version, stage: 'asesmen', reason: 'Identifikasi dan motivasi selesai' });
    expect(after.stage).toBe('asesmen');
    expect(after.history[0]).toMatchObject({ field: 'stage', before: 'pendekatan_awal', after: 'asesmen', reason: 'Identifikasi dan motivasi selesai', actorName: 'Ani Pratiwi' });
    const row = t.db.prepare(`SELECT changes, reason, actor_id, at FROM change_log WHERE entity = 'case' AND action = 'update'`).get() as Record<string, string>;
    expect(JSON.parse(row.changes).stage).toEqual(['pendekatan_awal', 'asesmen']);
    expect(row.reason).toBe('Identifikasi dan motivasi selesai');
    expect(row.at).toBe('2026-11-28T03:00:00.000Z');
  });

  it('refuses a stage change without a reason, and changes nothing', () => {
    const c = open();
    const before = snapshot(t.db);
    const r = t.invoke('cases:change-stage', { id: c.id, version: c.version, stage: 'asesmen', reason: '  ' });
    expect(r.ok || r.error.fields?.[0].path).toBe('reason');
    expect(snapshot(t.db)).toBe(before);
  });

  it('needs a closure reason to close, sets the closed date, and clears it on reopening', () => {
    const c = open();
    const noReason = t.invoke('cases:change-status', { id: c.id, version: 1, status: 'selesai', reason: 'Selesai' });
    expect(noReason.ok || noReason.error.fields?.[0].path).toBe('closureReason');
    const closed = t.must('cases:change-status', { id: c.id, version: 1, status: 'selesai', reason: 'Tujuan tercapai', closureReason: 'tujuan_tercapai' });
    expect(closed).toMatchObject({ status: 'selesai', closedAt: '2026-11-28', closureReason: 'tujuan_tercapai' });
    const reopened = t.must('cases:change-status', { id: c.id, version: closed.version, status: 'aktif', reason: 'Kambuh, dibuka kembali' });
    expect(reopened).toMatchObject({ status: 'aktif', closedAt: null, closureReason: null });
  });

  it('refuses a change from a stale copy', () => {
    const c = open();
    t.must('cases:change-stage', { id: c.id, version: 1, stage: 'asesmen', reason: 'a' });
    const r = t.invoke('cases:change-stage', { id: c.id, version: 1, stage: 'intervensi', reason: 'b' });
    expect(r.ok || r.error.code).toBe('CONFLICT');
  });
});

describe('finding cases', () => {
  beforeEach(() => {
    const budi = t.must('clients:create', { name: 'Budi Santoso', sex: 'L', nik: '3171011705700003', address: { villageCode: '31.71.01.1001' } }).client;
    open();
    t.must('cases:create', { clientId: budi.id, cluster: 'lanjut_usia', ppksType: 'lansia_terlantar', openedAt: '2025-01-10' });
  });

  it('finds a case by part of the name, by NIK prefix and by case number', () => {
    expect(t.must('cases:list', { search: 'rah' }).rows.map((r) => r.clientName)).toEqual(['Siti Rahayu']);
    expect(t.must('cases:list', { search: 'sant bud' }).rows.map((r) => r.clientName)).toEqual(['Budi Santoso']);
    expect(t.must('cases:list', { search: '317101' }).rows.map((r) => r.clientName)).toEqual(['Budi Santoso']);
    expect(t.must('cases:list', { search: '0001/RS/Dinsos/2025' }).rows.map((r) => r.clientName)).toEqual(['Budi Santoso']);
    expect(t.must('cases:list', { search: 'zzz' }).total).toBe(0);
  });

  it('treats search syntax as plain text', () => {
    for (const search of ['"', 'NEAR(', 'a AND OR', '*', "'; DROP TABLE cases; --"]) {
      expect(t.invoke('cases:list', { search }).ok).toBe(true);
    }
  });

  it('filters by cluster, stage, region and worker, and sorts', () => {
    expect(t.must('cases:list', { cluster: 'lanjut_usia' }).rows.map((r) => r.clientName)).toEqual(['Budi Santoso']);
    expect(t.must('cases:list', { regionCode: '33.74' }).rows.map((r) => r.clientName)).toEqual(['Siti Rahayu']);
    const partial = t.invoke('cases:list', { regionCode: '33.7' });
    expect(partial.ok || partial.error.fields?.[0].path).toBe('regionCode');
    const ani = t.must('workers:list', {})[0];
    expect(t.must('cases:list', { workerId: ani.id }).total).toBe(0);
    expect(t.must('cases:list', { sort: 'opened_asc' }).rows.map((r) => r.clientName)).toEqual(['Budi Santoso', 'Siti Rahayu']);
    expect(t.must('cases:list', { sort: 'name_asc' }).rows.map((r) => r.clientName)).toEqual(['Budi Santoso', 'Siti Rahayu']);
    expect(t.must('cases:list', { sort: 'name_desc' }).rows[0].regencyName).toBe('KOTA SEMARANG');
    expect(t.must('cases:list', { stage: 'asesmen' }).total).toBe(0);
  });

  it('gives the same region pages whether it gathers a region or walks the whole list, and follows a client who moves', () => {
    for (let i = 0; i < 6; i++) open({ openedAt: `2026-0${i + 1}-15`, ...(i % 2 ? { cluster: 'anak', ppksType: 'anak_terlantar' } : {}) });
    const ids = (q: Record<string, unknown>, gatherLimit: number) => listCases(t.ctx, CaseListInput.parse(q), { gatherLimit }).rows.map((r) => r.id);
    for (const q of [{ regionCode: '33.74' }, { regionCode: '33' }, { regionCode: '33.74', cluster: 'anak' }, { regionCode: '33.74', sort: 'opened_asc', limit: 2, offset: 2 }]) {
      const gathered = ids(q, 5000);
      expect(gathered.length).toBeGreaterThan(0);
      expect(ids(q, 0)).toEqual(gathered);
    }
    expect(t.must('cases:list', { regionCode: '33.74', cluster: 'anak' }).total).toBe(3);
    // Siti moves to Jakarta: her cases leave Semarang's list and join Jakarta's.
    const siti = t.must('clients:get', { id: clientId });
    t.must('clients:update', { id: clientId, version: siti.version, client: { ...SITI, nik: SITI.nik, address: { villageCode: '31.71.01.1001' } } });
    expect(t.must('cases:list', { regionCode: '33.74' }).total).toBe(0);
    expect(t.must('cases:list', { regionCode: '31.71' }).total).toBe(8);
  });

  it('pages through results with the total count', () => {
    for (let i = 0; i < 5; i++) open();
    const page = t.must('cases:list', { limit: 3, offset: 3 });
    expect(page.total).toBe(7);
    expect(page.rows).toHaveLength(3);
  });
});
