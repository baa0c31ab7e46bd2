import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { diff } from '../../electron/core/changes/record';
import { tempCore } from '../helpers/temp-core';

const cores: ReturnType<typeof tempCore>[] = [];
const open = () => {
  const t = tempCore();
  cores.push(t);
  return t;
};
afterEach(() => cores.splice(0).forEach((t) => t.cleanup()));

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const HEADER = 'Nama,NIK,Jenis Kelamin,Tanggal Lahir,Kode Desa';
const MAPPING = { name: 'Nama', nik: 'NIK', sex: 'Jenis Kelamin', birthDate: 'Tanggal Lahir', villageCode: 'Kode Desa' };
const b64 = (s: string) => Buffer.from(s).toString('base64');

/** Person i of a register: a NIK that agrees with the birth date and sex, all unique. */
function person(i: number) {
  const d = new Date(Date.UTC(1940 + (i % 70), i % 12, 1 + (i % 28)));
  const sex = i % 2 ? 'P' : 'L';
  const nik = `337410${pad(d.getUTCDate() + (sex === 'P' ? 40 : 0), 2)}${pad(d.getUTCMonth() + 1, 2)}${pad(d.getUTCFullYear() % 100, 2)}${pad(1 + Math.floor(i / 420), 4)}`;
  return { name: `Warga ${i}`, nik, sex, birthDate: d.toISOString().slice(0, 10), villageCode: '33.74.10.1001' };
}
const line = (p: { name: string; nik: string; sex: string; birthDate: string; villageCode: string }) => [p.name, p.nik, p.sex, p.birthDate, p.villageCode].join(',');

describe('client import checks across a long file (the store is asked once per chunk of rows)', () => {
  it('finds stored NIKs, NIKs repeated far apart in the file, unknown villages and namesakes in every part of the file, as the form does', async () => {
    const t = open();
    const people = Array.from({ length: 1500 }, (_, i) => person(i));
    const stored = people[1200];
    t.must('clients:create', { name: 'Dewi Terdaftar', nik: stored.nik, sex: stored.sex as 'L', birthDate: stored.birthDate });
    for (let i = 0; i < 7; i++) t.must('clients:create', { name: 'Ani Lestari', sex: 'P', birthDate: '1980-05-05' });
    for (let i = 0; i < 2; i++) t.must('clients:create', { name: 'Budi Santoso', sex: 'L', birthDate: '1970-01-01' });
    // Row numbers in the file are index + 2 (the header is row 1).
    people[898] = { ...people[8], name: 'Warga Kembar' };
    people[1398] = { name: 'ani   LESTARI', nik: '', sex: 'P', birthDate: '1980-05-05', villageCode: '' };
    people[598] = { name: 'BUDI santoso', nik: '', sex: 'L', birthDate: '1970-01-01', villageCode: '' };
    people[548] = { ...people[548], villageCode: '33.74.10.9999' };
    people[1298] = { ...people[1298], villageCode: '33.74.10.9999' };
    const csv = [HEADER, ...people.map(line)].join('\n');

    const dry = await t.mustAsync('imports:clients', { fileName: 'daftar.csv', dataBase64: b64(csv), mapping: MAPPING, dryRun: true });
    const errors = Object.fromEntries(dry.rows.filter((r) => r.errors.length).map((r) => [r.row, r.errors.map((e) => e.message)]));
    expect(errors).toEqual({
      550: ['Kode desa/kelurahan 33.74.10.9999 tidak dikenal.'],
      900: ['NIK sama dengan baris 10 di berkas ini.'],
      1202: ['NIK sudah terdaftar untuk Dewi Terdaftar.'],
      1300: ['Kode desa/kelurahan 33.74.10.9999 tidak dikenal.'],
    });
    // Namesakes: case and runs of spaces ignored, counted up to five — the form's very words.
    const warned = Object.fromEntries(dry.rows.filter((r) => r.warnings.length).map((r) => [r.row, r.warnings.map((w) => w.message)]));
    const formSays = (name: string, sex: 'L' | 'P', birthDate: string) => t.must('clients:check', { client: { name, sex, birthDate } }).warnings.map((w) => w.message);
    expect(warned).toEqual({ 600: formSays('BUDI santoso', 'L', '1970-01-01'), 1400: formSays('ani   LESTARI', 'P', '1980-05-05') });
    expect(warned[1400]).toEqual([expect.stringMatching(/^Sudah ada 5 klien/)]);
    expect(warned[600]).toEqual([expect.stringMatching(/^Sudah ada 2 klien/)]);

    const done = await t.mustAsync('imports:clients', { fileName: 'daftar.csv', dataBase64: b64(csv), mapping: MAPPING, dryRun: false, skipInvalid: true });
    expect(done).toMatchObject({ total: 1500, invalid: 4, imported: 1496 });
    expect((t.db.prepare('SELECT count(*) AS n FROM clients').get() as { n: number }).n).toBe(1496 + 10);
    // Imported again, every row with a NIK is now a stored NIK (the two with an unknown village
    // stop before that question); the two without one are namesakes, which only warns.
    const again = await t.mustAsync('imports:clients', { fileName: 'daftar.csv', dataBase64: b64(csv), mapping: MAPPING, dryRun: false, skipInvalid: true });
    expect(again.rows.filter((r) => r.errors.some((e) => /sudah terdaftar/.test(e.message)))).toHaveLength(1500 - 2 - 2);
    expect(again.importedClients.map((c) => c.row)).toEqual([600, 1400]);
  }, 120_000);

  it('writes each imported client with the change-log row the form writes, by the acting worker, and one audit row with the counts', async () => {
    const sari = { name: 'Sari Wulandari', nik: '3374105203850001', sex: 'P' as const, birthDate: '1985-03-12', villageCode: '33.74.10.1001' };
    const viaForm = open();
    const viaImport = open();
    const worker = (t: ReturnType<typeof open>) => {
      const id = t.must('workers:create', { name: 'Ani Pratiwi', role: 'pekerja_sosial' }).id;
      t.must('session:set-worker', { workerId: id });
      return id;
    };
    worker(viaForm);
    const importer = worker(viaImport);
    viaForm.must('clients:create', { name: sari.name, nik: sari.nik, sex: sari.sex, birthDate: sari.birthDate, address: { villageCode: sari.villageCode } });
    const csv = [HEADER, line(sari), line(person(1))].join('\n');
    const r = await viaImport.mustAsync('imports:clients', { fileName: 'x.csv', dataBase64: b64(csv), mapping: MAPPING, dryRun: false });
    expect(r.imported).toBe(2);

    const log = (t: ReturnType<typeof open>, id: string) =>
      t.db.prepare(`SELECT entity, action, changes, actor_id FROM change_log WHERE entity_id = ?`).all(id) as { entity: string; action: string; changes: string; actor_id: string }[];
    const formId = (viaForm.db.prepare('SELECT id FROM clients WHERE nik = ?').get(sari.nik) as { id: string }).id;
    const imported = log(viaImport, r.importedClients[0].id);
    expect(imported).toHaveLength(1);
    expect(imported[0]).toMatchObject({ entity: 'client', action: 'create', actor_id: importer });
    expect(imported[0].changes).toBe(log(viaForm, formId)[0].changes);
    expect(log(viaImport, r.importedClients[1].id)).toHaveLength(1);

    const audit = viaImport.db.prepare(`SELECT actor_id, action, detail FROM audit_log WHERE channel = 'imports:clients'`).all() as { actor_id: string; action: string; detail: string }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_id: importer, action: 'impor' });
    expect(JSON.parse(audit[0].detail)).toEqual({ total: 2, valid: 2, invalid: 0, imported: 2, dryRun: false });
  });
});

describe('the change log diff', () => {
  const asJson = (before: Record<string, unknown> | null, after: Record<string, unknown> | null) => {
    const out: Record<string, [unknown, unknown]> = {};
    for (const k of new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])) {
      if (k === 'version' || k === 'updatedAt' || k === 'createdAt') continue;
      const b = before?.[k] ?? null;
      const a = after?.[k] ?? null;
      if (JSON.stringify(b) !== JSON.stringify(a)) out[k] = [b, a];
    }
    return out;
  };

  it('logs exactly the fields whose stored JSON differs (creations, edits, lists, numbers, nulls)', () => {
    const value = fc.oneof(fc.constant(null), fc.constant(undefined), fc.string({ maxLength: 3 }), fc.boolean(), fc.integer({ min: -2, max: 2 }), fc.constantFrom(0, -0, NaN, Infinity), fc.array(fc.constantFrom('a', 'b'), { maxLength: 2 }));
    const record = fc.option(fc.dictionary(fc.constantFrom('name', 'nik', 'phone', 'programmes', 'dtsen.decile', 'version'), value), { nil: null });
    fc.assert(fc.property(record, record, (before, after) => {
        expect(JSON.stringify(diff(before, after))).toBe(JSON.stringify(asJson(before, after)));
      }), { numRuns: 2000 });
  });
});
