import ExcelJS from 'exceljs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_TABLES, keyOf } from '../../electron/core/exports/tables';
import type { ChannelInput } from '../../shared/contract';
import { referralFixture, referralInput } from '../helpers/referral-fixture';
import { SITI, snapshot, tempCore } from '../helpers/temp-core';

let t: ReturnType<typeof tempCore>;
let f: ReturnType<typeof referralFixture>;
let attachmentId: string;

beforeAll(async () => {
  t = tempCore();
  f = referralFixture(t);
  t.must('pasung:create', { clientId: f.client.id, status: 'dipasung', date: '2026-09-30', details: { method: 'rantai', diagnosis: 'psikotik' } });
  const v = t.must('visits:create', {
    caseId: f.kase.id, type: 'kunjungan_rumah', visitedAt: '2026-11-20T09:00:00+07:00', place: 'Rumah klien di Tembalang',
    note: 'Ibu Sumarni bercerita klien mulai mau makan; catatan dengan huruf é dan “kutip”.',
    pasung: { medication: 'teratur', relapse: false, risk: 'sedang', familySupport: ['emosional'] },
  });
  const photo = (await sharp({ create: { width: 300, height: 200, channels: 3, background: { r: 10, g: 200, b: 90 } } }).jpeg().toBuffer()).toString('base64');
  const a = await t.invokeAsync('attachments:add', { visitId: v.id, fileName: 'kunjungan.jpg', dataBase64: photo });
  if (!a.ok) throw new Error(a.error.message);
  attachmentId = a.value.id;
  t.must('devices:create', { clientId: f.client.id, caseId: f.kase.id, device: 'kruk', neededAt: '2026-10-02' });
  t.must('services:create', { caseId: f.kase.id, component: 'terapi', givenAt: '2026-10-05' });
  const r = t.must('referrals:create', referralInput(f.kase.id, f.rsj.id));
  const l = await t.invokeAsync('letters:issue', { referralId: r.id });
  if (!l.ok) throw new Error(l.error.message);
});
afterAll(() => t.cleanup());

const decode = (b64: string) => Buffer.from(b64, 'base64');

describe('case export', () => {
  it('a JSON export imported into a fresh data folder reproduces the case exactly, attachments and letters included', async () => {
    const file = await t.mustAsync('exports:case-json', { caseIds: [f.kase.id] });
    const doc = JSON.parse(decode(file.dataBase64).toString('utf8'));
    expect(doc).toMatchObject({ format: 'pendamping.case-export', version: 1, caseIds: [f.kase.id] });
    const fresh = tempCore();
    try {
      const r = fresh.must('imports:case-json', { json: decode(file.dataBase64).toString('utf8') });
      expect(r.imported.visits).toBe(1);
      for (const table of EXPORT_TABLES) {
        const key = keyOf(table);
        const exported = (doc.tables[table] ?? []) as Record<string, unknown>[];
        for (const row of exported) {
          expect(fresh.db.prepare(`SELECT * FROM "${table}" WHERE "${key}" = ?`).get(row[key]), `${table} ${row[key]}`).toEqual(
            t.db.prepare(`SELECT * FROM "${table}" WHERE "${key}" = ?`).get(row[key]),
          );
        }
      }
      expect(fresh.must('attachments:get', { id: attachmentId }).dataBase64).toBe(t.must('attachments:get', { id: attachmentId }).dataBase64);
      // The imported case is whole: its timeline reads the same.
      expect(fresh.must('timeline:list', { caseId: f.kase.id }).events).toEqual(t.must('timeline:list', { caseId: f.kase.id }).events);
      // Importing again changes nothing; a differing record is refused as a whole.
      const before = snapshot(fresh.db);
      fresh.must('imports:case-json', { json: decode(file.dataBase64).toString('utf8') });
      expect(snapshot(fresh.db)).toBe(before);
      const changed = JSON.parse(decode(file.dataBase64).toString('utf8'));
      changed.tables.visits[0].note = 'diubah di laptop lain';
      const conflict = fresh.invoke('imports:case-json', { json: JSON.stringify(changed) });
      expect(conflict.ok || conflict.error.code).toBe('CONFLICT');
      expect(snapshot(fresh.db)).toBe(before);
    } finally {
      await fresh.cleanup();
    }
  });

  it('refuses a truncated file or another format, changing nothing', async () => {
    const json = decode((await t.mustAsync('exports:case-json', { caseIds: [f.kase.id] })).dataBase64).toString('utf8');
    const fresh = tempCore();
    const before = snapshot(fresh.db);
    const cut = fresh.invoke('imports:case-json', { json: json.slice(0, json.length / 2) });
    expect(cut.ok || cut.error.message).toMatch(/terpotong/);
    const other = fresh.invoke('imports:case-json', { json: '{"format":"lain","version":1}' });
    expect(other.ok || other.error.message).toMatch(/Bukan ekspor kasus Pendamping/);
    expect(snapshot(fresh.db)).toBe(before);
    return fresh.cleanup();
  });
});

describe('de-identified export', () => {
  it('contains none of the client\'s NIK, KK, phone or names anywhere, free text included, and says so', async () => {
    const c = t.must('clients:get', { id: f.client.id });
    t.must('clients:update', {
      id: c.id,
      version: c.version,
      client: { ...SITI, kk: '3374101234567890', phone: '0812 9876 5432', guardian: { name: 'Sumarni', relationship: 'Ibu', phone: '081234567890' } },
    });
    t.must('visits:create', {
      caseId: f.kase.id, type: 'telepon_daring', visitedAt: '2026-11-21T10:00:00+07:00',
      note: 'Siti menelepon dari 0812-9876-5432; RAHAYU bilang NIK 3374105203850001 dan KK 3374101234567890 sudah difotokopi. Sumarni hadir.',
    });
    const file = await t.mustAsync('exports:case-json', { caseIds: [f.kase.id], deidentify: true });
    const text = Buffer.from(file.dataBase64, 'base64').toString('utf8');
    const doc = JSON.parse(text);
    expect(doc.deidentified).toBe(true);
    expect(file.fileName).toMatch(/anonim/);
    for (const secret of ['Siti', 'Rahayu', 'RAHAYU', 'Sumarni', '3374105203850001', '3374101234567890', '0812 9876 5432', '0812-9876-5432', '081298765432', '081234567890']) {
      expect(text.includes(secret), secret).toBe(false);
    }
    expect(doc.tables.clients[0].name).toMatch(/^Klien-[0-9A-F]{6}$/);
    // Stable: the same client gets the same pseudonym in the next export.
    const again = JSON.parse(Buffer.from((await t.mustAsync('exports:case-json', { caseIds: [f.kase.id], deidentify: true })).dataBase64, 'base64').toString('utf8'));
    expect(again.tables.clients[0].name).toBe(doc.tables.clients[0].name);
    expect(doc.tables.attachment_data).toEqual([]);
    const note = doc.tables.visits.find((v: { type: string }) => v.type === 'telepon_daring').note;
    expect(note).toBe('[NAMA] menelepon dari [NOMOR]; [NAMA] bilang NIK [NOMOR] dan KK [NOMOR] sudah difotokopi. [NAMA] hadir.');
    // And it cannot be imported back as if it were a real case.
    const fresh = tempCore();
    const r = fresh.invoke('imports:case-json', { json: text });
    expect(r.ok || r.error.message).toMatch(/dianonimkan/);
    return fresh.cleanup();
  });
});

describe('table exports', () => {
  it('XLSX reads back in a spreadsheet reader with the same rows and real date cells', async () => {
    const file = await t.invokeAsync('exports:table', { table: 'visits', format: 'xlsx' });
    if (!file.ok) throw new Error(file.error.message);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(decode(file.value.dataBase64) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('visits')!;
    expect(ws.getRow(1).values).toEqual(expect.arrayContaining(['Nomor Kasus', 'Nama Klien', 'Waktu Kunjungan', 'Catatan']));
    const visits = (t.db.prepare('SELECT count(*) AS n FROM visits').get() as { n: number }).n;
    expect(ws.rowCount).toBe(1 + visits);
    const row = [...Array(visits).keys()].map((i) => ws.getRow(i + 2)).find((r) => r.getCell(5).value === 'Rumah klien di Tembalang')!;
    const when = row.getCell(4).value;
    expect(when).toBeInstanceOf(Date);
    expect((when as Date).toISOString()).toBe('2026-11-20T02:00:00.000Z');
    expect(row.getCell(7).value).toContain('huruf é dan “kutip”');
  });

  it('CSV has the chosen columns with Indonesian headers and characters intact', async () => {
    const file = await t.invokeAsync('exports:table', { table: 'cases', format: 'csv', columns: ['number', 'client_name', 'opened_at'] });
    if (!file.ok) throw new Error(file.error.message);
    const text = decode(file.value.dataBase64).toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, row] = text.slice(1).trim().split('\r\n');
    expect(header).toBe('Nomor Kasus,Nama Klien,Tanggal Dibuka');
    expect(row).toBe('0001/RS/Dinsos/2026,Siti Rahayu,2026-10-01');
    // The clients table of chosen cases holds only their clients.
    t.must('clients:create', { name: 'Bukan Pilihan', sex: 'L' });
    const chosen = await t.invokeAsync('exports:table', { table: 'clients', format: 'csv', columns: ['name'], caseIds: [f.kase.id] });
    if (!chosen.ok) throw new Error(chosen.error.message);
    expect(decode(chosen.value.dataBase64).toString('utf8').slice(1).trim().split('\r\n')).toEqual(['Nama', 'Siti Rahayu']);
    const bad = await t.invokeAsync('exports:table', { table: 'cases', format: 'csv', columns: ['password'] });
    expect(bad.ok || bad.error.fields?.[0].message).toMatch(/Kolom password tidak ada/);
  });
});

describe('table labels', () => {
  const csvRows = async (input: ChannelInput<'exports:table'>) => {
    const r = await t.invokeAsync('exports:table', input);
    if (!r.ok) throw new Error(r.error.message);
    return decode(r.value.dataBase64).toString('utf8').slice(1).trim().split('\r\n').map((l) => l.split(','));
  };

  it('spreadsheets show the Indonesian names of stored codes, and keep NIK, KK and region codes as codes', async () => {
    const [header, kase] = await csvRows({ table: 'cases', format: 'csv', columns: ['nik', 'cluster', 'ppks_type', 'stage', 'status', 'risk'], caseIds: [f.kase.id] });
    expect(header).toEqual(['NIK', 'Klaster', 'Jenis PPKS', 'Tahap', 'Status', 'Risiko Pasung Ulang']);
    expect(kase).toEqual(['3374105203850001', 'Penyandang Disabilitas', 'Penyandang Disabilitas', 'Pendekatan Awal', 'Aktif', 'Sedang']);
    const referrals = await csvRows({ table: 'referrals', format: 'csv', columns: ['urgency', 'status'], caseIds: [f.kase.id] });
    expect(referrals.slice(1)).toContainEqual(['Segera', 'Draf']);

    const file = await t.invokeAsync('exports:table', { table: 'visits', format: 'xlsx', columns: ['type', 'risk', 'place'] });
    if (!file.ok) throw new Error(file.error.message);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(decode(file.value.dataBase64) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('visits')!;
    const visits = [...Array(ws.rowCount - 1).keys()].map((i) => (ws.getRow(i + 2).values as unknown[]).slice(1));
    expect(visits).toContainEqual(['Kunjungan Rumah', 'Sedang', 'Rumah klien di Tembalang']);
    expect(visits.flat()).not.toContain('kunjungan_rumah');

    const clients = await t.invokeAsync('exports:table', { table: 'clients', format: 'xlsx', columns: ['name', 'nik', 'sex', 'village_code', 'dtsen_registered'], caseIds: [f.kase.id] });
    if (!clients.ok) throw new Error(clients.error.message);
    const cb = new ExcelJS.Workbook();
    await cb.xlsx.load(decode(clients.value.dataBase64) as unknown as ArrayBuffer);
    expect((cb.getWorksheet('clients')!.getRow(2).values as unknown[]).slice(1)).toEqual(['Siti Rahayu', '3374105203850001', 'Perempuan', '33.74.10.1001', 'Tidak']);
  });
});

describe('the published JSON Schema', () => {
  it('docs/case-export.schema.json matches what an export holds (run npm run docs:schema after a migration)', async () => {
    const { readFileSync } = await import('node:fs');
    const { caseExportJsonSchema } = await import('../../electron/core/exports/json-schema');
    const published = JSON.parse(readFileSync(new URL('../../docs/case-export.schema.json', import.meta.url), 'utf8'));
    expect(published).toEqual(caseExportJsonSchema(t.db));
    // And a real export satisfies its required fields and column names.
    const doc = JSON.parse(Buffer.from((await t.mustAsync('exports:case-json', { caseIds: [f.kase.id] })).dataBase64, 'base64').toString('utf8'));
    for (const [table, rows] of Object.entries(doc.tables) as [string, Record<string, unknown>[]][]) {
      const spec = published.properties.tables.properties[table].items;
      for (const row of rows) {
        for (const req of spec.required) expect(row, `${table}.${req}`).toHaveProperty(req);
        for (const k of Object.keys(row)) expect(spec.properties, `${table}.${k}`).toHaveProperty(k);
      }
    }
  });
});
