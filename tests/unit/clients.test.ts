import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SITI, snapshot, tempCore } from '../helpers/temp-core';

let t: ReturnType<typeof tempCore>;
beforeEach(() => {
  t = tempCore();
});
afterEach(() => t.cleanup());

describe('registering a client', () => {
  it("stores the client and shows what a woman's NIK encodes", () => {
    const { client, warnings } = t.must('clients:create', SITI);
    expect(warnings).toEqual([]);
    expect(client.nikDecoded).toMatchObject({ birthDate: '1985-03-12', sex: 'P' });
    expect(client.nikDecoded!.region.map((r) => r.name)).toEqual(['JAWA TENGAH', 'KOTA SEMARANG', 'Tembalang']);
    expect(client.addressRegions.map((r) => r.code)).toEqual(['33', '33.74', '33.74.10', '33.74.10.1001']);
    expect(t.must('clients:get', { id: client.id }).name).toBe('Siti Rahayu');
  });

  it('saves a NIK whose date and sex disagree with the record, with visible warnings', () => {
    const { client, warnings } = t.must('clients:create', { ...SITI, birthDate: '1985-03-13', sex: 'L' });
    expect(warnings.map((w) => w.code).sort()).toEqual(['nik.birth_date_mismatch', 'nik.sex_mismatch']);
    expect(t.must('clients:get', { id: client.id }).warnings).toHaveLength(2);
  });

  it('refuses a second client with the same NIK and points to the existing one', () => {
    const first = t.must('clients:create', SITI).client;
    const before = snapshot(t.db);
    const r = t.invoke('clients:create', { ...SITI, name: 'Siti R.' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('CONFLICT');
    expect(r.error.details?.existingClientId).toBe(first.id);
    expect(r.error.fields?.[0].path).toBe('nik');
    expect(snapshot(t.db)).toBe(before);
  });

  it('warns about another client with the same name and birth date', () => {
    t.must('clients:create', { name: 'Budi Santoso', sex: 'L', birthDate: '1970-01-01' });
    const { warnings } = t.must('clients:create', { name: 'budi  santoso', sex: 'L', birthDate: '1970-01-01' });
    expect(warnings.map((w) => w.code)).toEqual(['client.possible_duplicate']);
  });

  it('refuses a NIK whose region prefix does not exist', () => {
    const r = t.invoke('clients:create', { ...SITI, nik: '9999105203850001' });
    expect(r.ok || r.error.fields).toEqual([{ path: 'nik', message: 'Kode provinsi NIK (99) tidak dikenal.' }]);
    const r2 = t.invoke('clients:create', { ...SITI, nik: '3398105203850001' });
    expect(r2.ok || r2.error.fields?.[0].message).toBe('Kode kabupaten/kota NIK (33.98) tidak dikenal.');
  });

  it('only warns when the NIK district no longer exists (districts are split over time)', () => {
    const { warnings } = t.must('clients:create', { ...SITI, nik: '3374995203850001' });
    expect(warnings.map((w) => w.code)).toContain('nik.district_unknown');
  });

  it('refuses a birth date in the future and an unknown village, naming the fields, and writes nothing', () => {
    const before = snapshot(t.db);
    const r = t.invoke('clients:create', { ...SITI, birthDate: '2027-01-01', address: { villageCode: '33.74.10.9999' } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDATION');
    expect(r.error.fields?.map((f) => f.path).sort()).toEqual(['address.villageCode', 'birthDate']);
    expect(snapshot(t.db)).toBe(before);
  });

  it('refuses a 15-digit NIK and a NIK with letters with a message about the NIK', () => {
    for (const nik of ['337410520385000', '33741052038500X1']) {
      const r = t.invoke('clients:create', { ...SITI, nik });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.fields?.[0]).toMatchObject({ path: 'nik', message: expect.stringMatching(/NIK/) });
    }
  });

  it('records the creation in the change log in the same transaction', () => {
    const { client } = t.must('clients:create', SITI);
    const rows = t.db.prepare(`SELECT * FROM change_log WHERE entity = 'client' AND entity_id = ?`).all(client.id) as { action: string; changes: string }[];
    expect(rows).toHaveLength(1);
    expect(rows[0].action).toBe('create');
    expect(JSON.parse(rows[0].changes).nik).toEqual([null, SITI.nik]);
  });
});

describe('editing a client', () => {
  it('changes fields, bumps the version and logs before/after', () => {
    const { client } = t.must('clients:create', SITI);
    const { client: after } = t.must('clients:update', { id: client.id, version: 1, client: { ...SITI, phone: '0812 3456 7890' } });
    expect(after.version).toBe(2);
    expect(after.phone).toBe('0812 3456 7890');
    const log = t.db.prepare(`SELECT changes FROM change_log WHERE entity_id = ? AND action = 'update'`).get(client.id) as { changes: string };
    expect(JSON.parse(log.changes)).toEqual({ phone: [null, '0812 3456 7890'] });
  });

  it('refuses an edit made from a stale copy instead of overwriting the newer one', () => {
    const { client } = t.must('clients:create', SITI);
    t.must('clients:update', { id: client.id, version: 1, client: { ...SITI, phone: '081111111' } });
    const r = t.invoke('clients:update', { id: client.id, version: 1, client: { ...SITI, phone: '082222222' } });
    expect(r.ok || r.error.code).toBe('CONFLICT');
    expect(t.must('clients:get', { id: client.id }).phone).toBe('081111111');
  });
});
