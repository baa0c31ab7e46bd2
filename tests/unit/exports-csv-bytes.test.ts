import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/contract';
import { casesCsvBaseline } from '../bench/csv-baseline';
import { tempCore } from '../helpers/temp-core';

/**
 * The exact bytes of a CSV table export, pinned for a small office: the BOM Excel needs,
 * Indonesian headers, stored codes as Indonesian names, ISO dates, CRLF line ends, and
 * quoting where a cell holds a comma, semicolon, quote or line break. A spreadsheet user
 * sees any change here, so a faster writer has to produce these bytes exactly.
 */
let t: ReturnType<typeof tempCore>;
let caseIds: string[];
beforeAll(() => {
  t = tempCore();
  const ani = t.must('workers:create', { name: 'Ani Pratiwi, S.Tr.Sos', role: 'pekerja_sosial' });
  const siti = t.must('clients:create', {
    name: 'Siti Rahayu', nik: '3374105203850001', kk: '3374100101080007', sex: 'P', birthPlace: 'Semarang', birthDate: '1985-03-12',
    address: { street: 'Jl. Kenanga 5, RT 02', villageCode: '33.74.10.1001' }, phone: '081234567890',
    guardian: { name: 'Sumarni', relationship: 'Ibu', phone: '0812 3456 7891' }, dtsen: { registered: true, decile: 2 },
  }).client;
  const wayan = t.must('clients:create', { name: 'Wayan "Ketut" Sudarma', sex: 'L' }).client;
  const maria = t.must('clients:create', { name: 'Maria; Éka Ulfa', sex: 'P', birthDate: '1950-07-01' }).client;
  const a = t.must('cases:create', { clientId: siti.id, cluster: 'penyandang_disabilitas', ppksType: 'penyandang_disabilitas', openedAt: '2026-10-01', assignedWorkerId: ani.id });
  const b = t.must('cases:create', { clientId: wayan.id, cluster: 'korban_napza', ppksType: 'korban_napza', openedAt: '2026-11-02' });
  const c = t.must('cases:create', { clientId: maria.id, cluster: 'lanjut_usia', ppksType: 'lansia_terlantar', openedAt: '2025-01-15', assignedWorkerId: ani.id });
  caseIds = [a.id, b.id, c.id];
  t.must('cases:change-status', { id: c.id, version: c.version, status: 'meninggal', reason: 'Wafat di rumah.', closureReason: 'meninggal' });
  t.must('pasung:create', { clientId: siti.id, status: 'dipasung', date: '2026-09-30', details: { method: 'rantai', diagnosis: 'psikotik' } });
  t.must('visits:create', {
    caseId: a.id, type: 'kunjungan_rumah', visitedAt: '2026-11-20T09:00:00+07:00', place: 'Rumah klien, Tembalang', peopleMet: 'Ibu Sumarni',
    note: 'Klien mau makan.\nKata ibunya: "sudah lebih tenang"; huruf é dan “kutip”.',
    pasung: { medication: 'teratur', relapse: false, risk: 'sedang', familySupport: ['emosional'] }, nextVisitDate: '2026-12-04',
  });
  t.must('visits:create', { caseId: b.id, type: 'telepon_daring', visitedAt: '2026-11-03T14:30:00+07:00', note: 'Datang sendiri', nextVisitDate: null });
});
afterAll(() => t.cleanup());

const csv = async (input: ChannelInput<'exports:table'>) => {
  const r = await t.invokeAsync('exports:table', input);
  if (!r.ok) throw new Error(r.error.message);
  return Buffer.from(r.value.dataBase64, 'base64').toString('utf8');
};

/** The file as lines: BOM first, CRLF after every line, the last included. */
const file = (...lines: string[]) => `\uFEFF${lines.join('\r\n')}\r\n`;

describe('CSV table export bytes', () => {
  it('all cases: labels for codes, ISO dates, quoted names with a comma, semicolon or quote, newest first', async () => {
    expect(await csv({ table: 'cases', format: 'csv' })).toBe(
      file(
        'Nomor Kasus,Nama Klien,NIK,Klaster,Jenis PPKS,Tahap,Status,Risiko Pasung Ulang,Pekerja Sosial,Tanggal Dibuka,Tanggal Ditutup,Alasan Penutupan',
        '0002/RS/Dinsos/2026,"Wayan ""Ketut"" Sudarma",,Korban Penyalahgunaan NAPZA,Korban Penyalahgunaan NAPZA,Pendekatan Awal,Aktif,,,2026-11-02,,',
        '0001/RS/Dinsos/2026,Siti Rahayu,3374105203850001,Penyandang Disabilitas,Penyandang Disabilitas,Pendekatan Awal,Aktif,Sedang,"Ani Pratiwi, S.Tr.Sos",2026-10-01,,',
        '0001/RS/Dinsos/2025,"Maria; Éka Ulfa",,Lanjut Usia,Lanjut Usia Terlantar,Pendekatan Awal,Meninggal,,"Ani Pratiwi, S.Tr.Sos",2025-01-15,2026-11-28,Meninggal Dunia',
      ),
    );
  });

  it('clients: Ya/Tidak for DTSEN, the decile as a number, codes kept as codes, by name', async () => {
    expect(await csv({ table: 'clients', format: 'csv' })).toBe(
      file(
        'Nama,NIK,No. KK,Jenis Kelamin,Tempat Lahir,Tanggal Lahir,Alamat,Kode Desa/Kelurahan,Telepon,Nama Wali/Keluarga,Telepon Wali,Terdaftar DTSEN,Desil DTSEN,Dicatat Pada',
        '"Maria; Éka Ulfa",,,Perempuan,,1950-07-01,,,,,,Tidak,,2026-11-28T03:00:00.000Z',
        'Siti Rahayu,3374105203850001,3374100101080007,Perempuan,Semarang,1985-03-12,"Jl. Kenanga 5, RT 02",33.74.10.1001,081234567890,Sumarni,0812 3456 7891,Ya,2,2026-11-28T03:00:00.000Z',
        '"Wayan ""Ketut"" Sudarma",,,Laki-laki,,,,,,,,Tidak,,2026-11-28T03:00:00.000Z',
      ),
    );
  });

  it('visits: a note with a line break and quotes stays one quoted cell; times in UTC', async () => {
    expect(await csv({ table: 'visits', format: 'csv' })).toBe(
      file(
        'Nomor Kasus,Nama Klien,Jenis,Waktu Kunjungan,Tempat,Orang yang Ditemui,Catatan,Risiko Pasung Ulang,Tanggal Kambuh,Kunjungan Berikutnya',
        '0001/RS/Dinsos/2026,Siti Rahayu,Kunjungan Rumah,2026-11-20T02:00:00.000Z,"Rumah klien, Tembalang",Ibu Sumarni,"Klien mau makan.\nKata ibunya: ""sudah lebih tenang""; huruf é dan “kutip”.",Sedang,,2026-12-04',
        '0002/RS/Dinsos/2026,"Wayan ""Ketut"" Sudarma",Telepon / Daring,2026-11-03T07:30:00.000Z,,,Datang sendiri,,,',
      ),
    );
  });

  it('follow-ups', async () => {
    expect(await csv({ table: 'tasks', format: 'csv' })).toBe(
      file('Nomor Kasus,Nama Klien,Jenis,Judul,Jatuh Tempo,Status,Tanggal Ditutup,Catatan', '0001/RS/Dinsos/2026,Siti Rahayu,Kunjungan,Kunjungan berikutnya,2026-12-04,Terbuka,,'),
    );
  });

  it('chosen columns in the chosen order, of chosen cases only', async () => {
    expect(await csv({ table: 'cases', format: 'csv', columns: ['status', 'client_name', 'closure_reason'], caseIds: [caseIds[2], caseIds[1]] })).toBe(
      file('Status,Nama Klien,Alasan Penutupan', 'Aktif,"Wayan ""Ketut"" Sudarma",', 'Meninggal,"Maria; Éka Ulfa",Meninggal Dunia'),
    );
  });

  it('de-identified: pseudonyms for names, the NIK masked, the rest as before', async () => {
    const text = await csv({ table: 'cases', format: 'csv', deidentify: true });
    expect(text.replace(/Klien-[0-9A-F]{6}/g, 'Klien-XXXXXX')).toBe(
      file(
        'Nomor Kasus,Nama Klien,NIK,Klaster,Jenis PPKS,Tahap,Status,Risiko Pasung Ulang,Pekerja Sosial,Tanggal Dibuka,Tanggal Ditutup,Alasan Penutupan',
        '0002/RS/Dinsos/2026,Klien-XXXXXX,,Korban Penyalahgunaan NAPZA,Korban Penyalahgunaan NAPZA,Pendekatan Awal,Aktif,,,2026-11-02,,',
        '0001/RS/Dinsos/2026,Klien-XXXXXX,****************,Penyandang Disabilitas,Penyandang Disabilitas,Pendekatan Awal,Aktif,Sedang,"Ani Pratiwi, S.Tr.Sos",2026-10-01,,',
        '0001/RS/Dinsos/2025,Klien-XXXXXX,,Lanjut Usia,Lanjut Usia Terlantar,Pendekatan Awal,Meninggal,,"Ani Pratiwi, S.Tr.Sos",2025-01-15,2026-11-28,Meninggal Dunia',
      ),
    );
    // Three clients, three different pseudonyms.
    expect(new Set(text.match(/Klien-[0-9A-F]{6}/g)).size).toBe(3);
  });

  it('the bench baseline (one query, one loop) writes the same file as the core', async () => {
    const r = await t.invokeAsync('exports:table', { table: 'cases', format: 'csv' });
    if (!r.ok) throw new Error(r.error.message);
    expect(Buffer.from(casesCsvBaseline(t.db)(), 'base64').toString('utf8')).toBe(Buffer.from(r.value.dataBase64, 'base64').toString('utf8'));
  });
});
