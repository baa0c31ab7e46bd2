import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshot, tempCore } from '../helpers/temp-core';

let t: ReturnType<typeof tempCore>;
beforeEach(() => {
  t = tempCore();
});
afterEach(() => t.cleanup());

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const MAPPING = { name: 'Nama', nik: 'NIK', sex: 'Jenis Kelamin', birthDate: 'Tanggal Lahir', villageCode: 'Kode Desa' };

/** 10,000 people with NIKs that match their birth dates, 300 of them wrong in five ways. */
function register(n: number, badEvery: number, badCount: number) {
  const lines = ['Nama,NIK,Jenis Kelamin,Tanggal Lahir,Kode Desa'];
  const bad: number[] = [];
  for (let i = 0; i < n; i++) {
    const women = i % 2 === 1;
    const d = new Date(Date.UTC(1950 + (i % 50), (i >> 3) % 12, 1 + (i % 28)));
    const day = d.getUTCDate() + (women ? 40 : 0);
    let nik = `337410${pad(day, 2)}${pad(d.getUTCMonth() + 1, 2)}${pad(d.getUTCFullYear() % 100, 2)}${pad(1 + Math.floor(i / 1400), 4)}`;
    let sex = women ? 'Perempuan' : 'L';
    let birth = `${pad(d.getUTCDate(), 2)}-${pad(d.getUTCMonth() + 1, 2)}-${d.getUTCFullYear()}`;
    let village = '33.74.10.1001';
    if (i % badEvery === 0 && bad.length < badCount) {
      bad.push(i + 2);
      const kind = bad.length % 5;
      if (kind === 0) nik = nik.slice(1);
      if (kind === 1) sex = 'X';
      if (kind === 2) birth = '01-01-2030';
      if (kind === 3) village = '33.74.10.9999';
      if (kind === 4) nik = lines.length > 2 ? lines[2].split(',')[1] : nik; // the NIK of row 3 again
    }
    lines.push(`Warga Nomor ${i},${nik},${sex},${birth},${village}`);
  }
  return { csv: lines.join('\n'), bad };
}

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');

describe('client import', () => {
  it('10,000 rows with 300 bad: reports exactly those rows, commits nothing on a dry run, then all valid rows at once', async () => {
    const { csv, bad } = register(10_000, 33, 300);
    expect(bad).toHaveLength(300);
    const preview = await t.mustAsync('imports:clients-preview', { fileName: 'daftar.csv', dataBase64: b64(csv) });
    expect(preview).toMatchObject({ format: 'csv', rowCount: 10_000 });
    expect(preview.suggestedMapping).toEqual(MAPPING);
    const before = snapshot(t.db);
    const dry = await t.mustAsync('imports:clients', { fileName: 'daftar.csv', dataBase64: b64(csv), mapping: MAPPING, dryRun: true });
    expect(dry.invalid).toBe(300);
    expect(dry.rows.filter((r) => r.errors.length).map((r) => r.row)).toEqual(bad);
    expect(dry.imported).toBe(0);
    expect(snapshot(t.db)).toBe(before);
    // Without skipInvalid, errors stop the commit: nothing is half-imported.
    const refused = await t.mustAsync('imports:clients', { fileName: 'daftar.csv', dataBase64: b64(csv), mapping: MAPPING, dryRun: false });
    expect(refused.imported).toBe(0);
    expect(snapshot(t.db)).toBe(before);
    const done = await t.mustAsync('imports:clients', { fileName: 'daftar.csv', dataBase64: b64(csv), mapping: MAPPING, dryRun: false, skipInvalid: true });
    expect(done.imported).toBe(9_700);
    expect((t.db.prepare('SELECT count(*) AS n FROM clients').get() as { n: number }).n).toBe(9_700);
    // The report names every stored client, to open them from it.
    expect(done.importedClients).toHaveLength(9_700);
    const first = done.importedClients[0];
    expect(first.row).toBe(3); // row 2 is the first bad one
    expect(t.must('clients:get', { id: first.id }).name).toBe(first.name);
  }, 120_000);

  it('cancelling midway commits nothing', async () => {
    const { csv } = register(10_000, 1_000_000, 0);
    const before = snapshot(t.db);
    const jobId = '01JCANCE1000000000000000AA';
    const running = t.invokeAsync('imports:clients', { fileName: 'daftar.csv', dataBase64: b64(csv), mapping: MAPPING, dryRun: false, jobId });
    let progress = { running: false, done: 0 };
    for (let i = 0; i < 200 && !(progress.running && progress.done > 0); i++) {
      await new Promise((r) => setImmediate(r));
      progress = t.must('jobs:progress', { jobId });
    }
    expect(progress.running).toBe(true);
    expect(t.must('jobs:cancel', { jobId }).cancelled).toBe(true);
    const r = await running;
    expect(r.ok || r.error.message).toMatch(/Dibatalkan/);
    expect(snapshot(t.db)).toBe(before);
  }, 60_000);

  /** Starts an import of `csv` and waits until the core reports the given phase with rows counted. */
  async function importUntil(csv: string, jobId: string, phase: string) {
    const running = t.invokeAsync('imports:clients', { fileName: 'daftar.csv', dataBase64: b64(csv), mapping: MAPPING, dryRun: false, jobId });
    let progress = t.must('jobs:progress', { jobId });
    for (let i = 0; i < 100_000 && !(progress.phase === phase && progress.done > 0); i++) {
      await new Promise((r) => setImmediate(r));
      progress = t.must('jobs:progress', { jobId });
    }
    return { running, progress };
  }

  it('a cancel while the rows are being stored rolls every stored row back', async () => {
    const { csv } = register(10_000, 1_000_000, 0);
    const before = snapshot(t.db);
    const jobId = '01JCANCE1000000000000000AB';
    const { running, progress } = await importUntil(csv, jobId, 'mengimpor');
    expect(progress).toMatchObject({ running: true, phase: 'mengimpor', total: 10_000 });
    expect(progress.done).toBeLessThan(10_000);
    expect(t.must('jobs:cancel', { jobId }).cancelled).toBe(true);
    const r = await running;
    expect(r.ok ? 'stored' : r.error.message).toMatch(/Dibatalkan/);
    expect(snapshot(t.db)).toBe(before);
    expect(t.must('jobs:progress', { jobId }).running).toBe(false);
  }, 60_000);

  it('a call that arrives while the rows are being stored waits its turn and is not undone by a cancel', async () => {
    const { csv } = register(10_000, 1_000_000, 0);
    const jobId = '01JCANCE1000000000000000AC';
    const { running } = await importUntil(csv, jobId, 'mengimpor');
    // A colleague registers a client meanwhile; the synchronous entry is told to wait.
    expect(t.invoke('clients:create', { name: 'Sutini', sex: 'P' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const colleague = t.invokeAsync('clients:create', { name: 'Sutini', sex: 'P' });
    t.must('jobs:cancel', { jobId });
    expect((await running).ok).toBe(false);
    const created = await colleague;
    expect(created.ok).toBe(true);
    const names = (t.db.prepare('SELECT name FROM clients').all() as { name: string }[]).map((c) => c.name);
    expect(names).toEqual(['Sutini']);
  }, 60_000);

  it('finds duplicates against existing clients: same NIK is an error, same name and birth date a warning', async () => {
    t.must('clients:create', { name: 'Warga Nomor 0', sex: 'L', nik: '3374100101500001', birthDate: '1950-01-01' });
    t.must('clients:create', { name: 'Warga Nomor 1', sex: 'P', birthDate: '1951-01-02' });
    const csv = 'Nama,NIK,Jenis Kelamin,Tanggal Lahir,Kode Desa\nOrang Lain,3374100101500001,L,01-01-1950,\nWarga Nomor 1,,P,02-01-1951,';
    const r = await t.mustAsync('imports:clients', { fileName: 'x.csv', dataBase64: b64(csv), mapping: MAPPING });
    expect(r.rows[0].errors).toEqual([{ path: 'nik', column: 'NIK', message: 'NIK sudah terdaftar untuk Warga Nomor 0.' }]);
    expect(r.rows[1]).toMatchObject({ row: 3, errors: [], warnings: [{ path: 'name', column: 'Nama', message: expect.stringMatching(/nama dan tanggal lahir yang sama/) }] });
  });

  it('names the cell of each problem: the field and the column of the file it was read from', async () => {
    const csv = [
      'Nama Lengkap,L/P,No NIK,Tgl Lahir,Kode Desa',
      'Ani,L,33741052038500,,',
      'Budi,X,,,',
      'Cici,P,,01-01-2030,',
      'Dedi,L,,,33.74.10.9999',
      ',L,,,',
    ].join('\n');
    const mapping = { name: 'Nama Lengkap', sex: 'L/P', nik: 'No NIK', birthDate: 'Tgl Lahir', villageCode: 'Kode Desa' };
    const r = await t.mustAsync('imports:clients', { fileName: 'x.csv', dataBase64: b64(csv), mapping });
    const cells = r.rows.map((row) => [row.row, ...row.errors.map((e) => `${e.path}@${e.column}`)]);
    expect(cells).toEqual([[2, 'nik@No NIK'], [3, 'sex@L/P'], [4, 'birthDate@Tgl Lahir'], [5, 'villageCode@Kode Desa'], [6, 'name@Nama Lengkap']]);
    expect(r.rows[3].errors[0].message).toBe('Kode desa/kelurahan 33.74.10.9999 tidak dikenal.');
  });

  it('reads a Windows-1252 CSV (Excel\'s plain "CSV") and a UTF-16 one (Excel\'s "Unicode Text"), saying how it read them', async () => {
    const mapping = { name: 'Nama', sex: 'Jenis Kelamin' };
    const names = ['José Ramírez', 'Ni Luh Nur’aini'];
    const ansi = Buffer.concat([Buffer.from('Nama;Jenis Kelamin\r\nJos\xe9 Ram\xedrez;L\r\nNi Luh Nur', 'latin1'), Buffer.from([0x92]), Buffer.from('aini;P\r\n', 'latin1')]);
    const preview = await t.mustAsync('imports:clients-preview', { fileName: 'lama.csv', dataBase64: b64(ansi) });
    expect(preview).toMatchObject({ encoding: 'windows-1252', columns: ['Nama', 'Jenis Kelamin'] });
    expect(preview.sample.map((r) => r.Nama)).toEqual(names);
    const unicode = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`Nama\tJenis Kelamin\r\n${names[0]}\tL\r\n${names[1]}\tP\r\n`, 'utf16le')]);
    const fromUtf16 = await t.mustAsync('imports:clients-preview', { fileName: 'unicode.txt', dataBase64: b64(unicode) });
    expect(fromUtf16).toMatchObject({ encoding: 'utf-16le', columns: ['Nama', 'Jenis Kelamin'] });
    expect(fromUtf16.sample.map((r) => r.Nama)).toEqual(names);

    const r = await t.mustAsync('imports:clients', { fileName: 'lama.csv', dataBase64: b64(ansi), mapping, dryRun: false });
    expect(r).toMatchObject({ imported: 2, encoding: 'windows-1252' });
    expect((t.db.prepare('SELECT name FROM clients ORDER BY name').all() as { name: string }[]).map((c) => c.name)).toEqual(names);
  });

  it('imported clients without a case are found by name or NIK prefix, and listed newest first until a case is opened', async () => {
    const older = t.must('clients:create', { name: 'Siti Lama', sex: 'P' }).client;
    t.must('cases:create', { clientId: older.id, cluster: 'anak', ppksType: 'anak_terlantar' });
    t.clock.set('2026-11-28T04:00:00.000Z');
    const csv = 'Nama,NIK,Jenis Kelamin\nSiti Aminah,3374105203850001,P\nBudi Santoso,,L\nSitorus Gultom,,L';
    const r = await t.mustAsync('imports:clients', { fileName: 'x.csv', dataBase64: b64(csv), mapping: { name: 'Nama', nik: 'NIK', sex: 'Jenis Kelamin' }, dryRun: false });
    expect(r.importedClients.map((c) => c.name)).toEqual(['Siti Aminah', 'Budi Santoso', 'Sitorus Gultom']);

    const waiting = t.must('clients:search', { withoutCase: true });
    expect(waiting.total).toBe(3);
    expect(waiting.rows.map((c) => c.name)).toEqual(['Sitorus Gultom', 'Budi Santoso', 'Siti Aminah']);
    expect(waiting.rows[2]).toMatchObject({ nik: '3374105203850001', sex: 'P', caseCount: 0 });
    // Word prefixes of the name, or the start of the NIK; the case list could not find them.
    expect(t.must('clients:search', { search: 'sit', withoutCase: true }).rows.map((c) => c.name)).toEqual(['Siti Aminah', 'Sitorus Gultom']);
    expect(t.must('clients:search', { search: 'sit' }).rows.map((c) => [c.name, c.caseCount])).toEqual([['Siti Aminah', 0], ['Siti Lama', 1], ['Sitorus Gultom', 0]]);
    expect(t.must('clients:search', { search: '33741052' }).rows.map((c) => c.name)).toEqual(['Siti Aminah']);
    expect(t.must('cases:list', { search: 'Aminah' }).total).toBe(0);

    // Once a case is opened for her, she leaves the waiting list and the case list finds her.
    t.must('cases:create', { clientId: r.importedClients[0].id, cluster: 'penyandang_disabilitas', ppksType: 'penyandang_disabilitas' });
    expect(t.must('clients:search', { search: 'aminah', withoutCase: true }).total).toBe(0);
    expect(t.must('cases:list', { search: 'Aminah' }).total).toBe(1);
  });

  it('reads XLSX with real date cells', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Klien');
    ws.addRow(['Nama', 'NIK', 'Jenis Kelamin', 'Tanggal Lahir']);
    ws.addRow(['Siti Rahayu', '3374105203850001', 'P', new Date(Date.UTC(1985, 2, 12))]);
    const data = Buffer.from(await wb.xlsx.writeBuffer());
    const r = await t.mustAsync('imports:clients', { fileName: 'klien.xlsx', dataBase64: data.toString('base64'), mapping: { name: 'Nama', nik: 'NIK', sex: 'Jenis Kelamin', birthDate: 'Tanggal Lahir' }, dryRun: false });
    expect(r).toMatchObject({ imported: 1, invalid: 0, rows: [] });
    expect(t.db.prepare('SELECT birth_date FROM clients').get()).toEqual({ birth_date: '1985-03-12' });
  });

  it('refuses another format, another encoding, missing columns and 200,000 rows, naming the problem', async () => {
    const tries: [string, Buffer | string, RegExp][] = [
      ['scan.pdf', '%PDF-1.4 …', /\.pdf tidak didukung/],
      ['tanpa-bom.csv', Buffer.from('Nama,Jenis Kelamin\n', 'utf16le'), /bukan teks CSV \(UTF-16 tanpa penanda BOM/],
      ['palsu.xlsx', 'Nama,NIK\n', /isinya bukan XLSX/],
      ['besar.csv', `Nama,Jenis Kelamin\n${'A,L\n'.repeat(200_000)}`, /200\.000 baris; paling banyak 100\.000/],
    ];
    for (const [fileName, data, message] of tries) {
      const r = await t.invokeAsync('imports:clients-preview', { fileName, dataBase64: b64(data) });
      expect(r.ok || r.error.message, fileName).toMatch(message);
    }
    const r = await t.invokeAsync('imports:clients', { fileName: 'x.csv', dataBase64: b64('Nama,Telepon\nA,0812\n'), mapping: { name: 'Nama' } });
    expect(r.ok || r.error.message).toMatch(/Kolom wajib belum dipetakan: sex/);
  });
});
