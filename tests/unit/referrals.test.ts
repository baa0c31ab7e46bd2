import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { referralFixture, referralInput } from '../helpers/referral-fixture';
import { snapshot, tempCore } from '../helpers/temp-core';

let t: ReturnType<typeof tempCore>;
let f: ReturnType<typeof referralFixture>;
beforeEach(() => {
  t = tempCore();
  f = referralFixture(t);
});
afterEach(() => t.cleanup());

describe('the referral loop', () => {
  it('goes draft → dikirim → diterima → selesai, each step on the case timeline', () => {
    let r = t.must('referrals:create', referralInput(f.kase.id, f.rsj.id));
    expect(r.status).toBe('draft');
    r = t.must('referrals:transition', { id: r.id, version: r.version, to: 'dikirim', date: '2026-11-27' });
    expect(r.expectedResponseDate).toBe('2026-11-30'); // segera: 3 days
    r = t.must('referrals:transition', { id: r.id, version: r.version, to: 'diterima', date: '2026-11-28', note: 'Diterima di IGD' });
    r = t.must('referrals:transition', { id: r.id, version: r.version, to: 'selesai', date: '2026-11-28', note: 'Dirawat 14 hari, pulang stabil' });
    expect(r.outcome).toBe('Dirawat 14 hari, pulang stabil');
    const steps = t.must('timeline:list', { caseId: f.kase.id, kinds: ['rujukan'] }).events.map((e) => e.data.status);
    expect(steps).toEqual(['selesai', 'diterima', 'dikirim', 'draft']);
  });

  it('refuses transitions the workflow does not allow, and outcomes without a note', () => {
    const r = t.must('referrals:create', referralInput(f.kase.id, f.rsj.id));
    const complete = t.invoke('referrals:transition', { id: r.id, version: r.version, to: 'selesai', date: '2026-11-28', note: 'x' });
    expect(complete.ok || complete.error.message).toMatch(/draft hanya bisa menjadi dikirim atau dibatalkan/);
    const cancelled = t.must('referrals:transition', { id: r.id, version: r.version, to: 'dibatalkan', date: '2026-11-28', note: 'Keluarga memilih RS lain' });
    const reopen = t.invoke('referrals:transition', { id: r.id, version: cancelled.version, to: 'dikirim', date: '2026-11-28' });
    expect(reopen.ok || reopen.error.message).toMatch(/tidak dapat diubah/);
    const r2 = t.must('referrals:create', referralInput(f.kase.id, f.rsj.id));
    const sent = t.must('referrals:transition', { id: r2.id, version: r2.version, to: 'dikirim', date: '2026-11-28' });
    const refused = t.invoke('referrals:transition', { id: r2.id, version: sent.version, to: 'ditolak', date: '2026-11-28' });
    expect(refused.ok || refused.error.fields?.[0]).toEqual({ path: 'note', message: 'Catat alasan penolakan.' });
  });

  it('needs recorded consent or an override with a reason, and a destination from the directory', () => {
    const before = snapshot(t.db);
    const noConsent = t.invoke('referrals:create', { ...referralInput(f.kase.id, f.rsj.id), consent: null });
    expect(noConsent.ok || noConsent.error.fields?.[0].path).toBe('consent');
    const unknown = t.invoke('referrals:create', { ...referralInput(f.kase.id, '01ARZ3NDEKTSV4RRFFQ69G5FAV') });
    expect(unknown.ok || unknown.error.fields?.[0]).toEqual({ path: 'institutionId', message: 'Lembaga tujuan tidak ada di direktori.' });
    expect(snapshot(t.db)).toBe(before);
    const override = t.must('referrals:create', { ...referralInput(f.kase.id, f.rsj.id), consent: null, consentOverride: 'Darurat: klien mengamuk, wali tidak dapat dihubungi' });
    expect(override.consentOverride).toMatch(/Darurat/);
  });

  it('lists a sent referral past its expected answer in Tindak Lanjut', () => {
    const r = t.must('referrals:create', referralInput(f.kase.id, f.rsj.id));
    t.must('referrals:transition', { id: r.id, version: r.version, to: 'dikirim', date: '2026-11-27' });
    expect(t.must('tasks:due', { all: true }).awaitingResponse).toEqual({ rows: [], total: 0 });
    t.clock.set('2026-12-02T03:00:00Z');
    expect(t.must('tasks:due', { all: true }).awaitingResponse).toMatchObject({ total: 1, rows: [
      { referralId: r.id, institutionName: 'RSJ Prof. Dr. Soerojo Magelang', expectedResponseDate: '2026-11-30', daysOverdue: 2 },
    ] });
  });
});

describe('the directory of institutions', () => {
  it('finds institutions by part of the name or recipient title, and by type', () => {
    t.must('institutions:create', { name: 'Puskesmas Tembalang', type: 'puskesmas' });
    expect(t.must('institutions:list', { search: 'soerojo' }).map((i) => i.name)).toEqual(['RSJ Prof. Dr. Soerojo Magelang']);
    expect(t.must('institutions:list', { type: 'puskesmas' }).map((i) => i.name)).toEqual(['Puskesmas Tembalang']);
    expect(t.must('institutions:list', { search: 'direktur' })[0].regionName).toBe('KOTA MAGELANG');
  });

  it('imports a CSV all or nothing, naming each bad row', () => {
    const before = snapshot(t.db);
    const bad = t.must('institutions:import-csv', {
      csv: 'nama,jenis,kode_desa,email\nPuskesmas Banyumanik,puskesmas,33.74.11.1001,pkm@example.id\nRumah Singgah,panti_pijat,,\nDukcapil Kota,Dinas Dukcapil,99.99.99.9999,',
    });
    expect(bad.imported).toBe(0);
    expect(bad.rows.filter((r) => !r.ok).map((r) => r.row)).toEqual([3, 4]);
    expect(bad.rows[1].errors[0]).toMatch(/type/);
    expect(snapshot(t.db)).toBe(before);
    const good = t.must('institutions:import-csv', { csv: '\uFEFFnama,jenis,telepon\nPuskesmas Banyumanik,puskesmas,024-123\nDukcapil Kota Semarang,Dinas Dukcapil,' });
    expect(good.imported).toBe(2);
    expect(t.must('institutions:list', { type: 'dukcapil' })).toHaveLength(1);
  });

  it('refuses a CSV without the required columns', () => {
    const r = t.invoke('institutions:import-csv', { csv: 'name,type\nA,b' });
    expect(r.ok || r.error.message).toMatch(/Kolom wajib tidak ada: nama, jenis/);
  });
});
