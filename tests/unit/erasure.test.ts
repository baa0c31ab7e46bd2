import type { Database } from 'better-sqlite3-multiple-ciphers';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DB_FILE } from '../../electron/db/store';
import { ERASED_CLIENT_NAME } from '../../shared/contract';
import { SITI, snapshot, tempCore } from '../helpers/temp-core';

/** Everything the app knows about Zubaidah that would identify her; none of it may survive. */
const ZUBAIDAH = {
  name: 'Zubaidah Kinanti Purwaningsih',
  nik: '3374106107900003',
  kk: '3374100101900077',
  phone: '081298765432',
  sex: 'P' as const,
  birthPlace: 'Wonosobo',
  birthDate: '1990-07-21',
  address: { street: 'Jalan Kenanga Gang Tiga Nomor 17', rt: '004', rw: '009', villageCode: '33.74.10.1001' },
  guardian: { name: 'Sukarti Wiryaningrat', relationship: 'Ibu', phone: '085711223344' },
  dtsen: { registered: true, decile: 2, registerId: 'DTSEN-99881234' },
};
/** A word only her visit note has. */
const NOTE_WORD = 'Kalimasadakencana';
const NEEDLES = [ZUBAIDAH.name, 'Purwaningsih', ZUBAIDAH.nik, ZUBAIDAH.kk, ZUBAIDAH.phone, ZUBAIDAH.guardian.name, ZUBAIDAH.address.street, NOTE_WORD, ZUBAIDAH.dtsen.registerId];

/** Every column of every table (FTS shadow tables included), read decrypted through SQLite. */
function foundInTables(db: Database, needles: string[]): string[] {
  const hits: string[] = [];
  const tables = db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'table'`).all() as { name: string; sql: string }[];
  for (const t of tables.filter((x) => !x.sql.startsWith('CREATE VIRTUAL'))) {
    for (const { name: col } of db.prepare(`PRAGMA table_info("${t.name}")`).all() as { name: string }[]) {
      for (const n of needles) {
        const sql = `SELECT count(*) FROM "${t.name}" WHERE instr(CAST("${col}" AS BLOB), CAST(? AS BLOB)) > 0 OR instr(CAST("${col}" AS BLOB), CAST(? AS BLOB)) > 0`;
        if ((db.prepare(sql).pluck().get(n, n.toLowerCase()) as number) > 0) hits.push(`${t.name}.${col}: ${n}`);
      }
    }
  }
  return hits;
}

/** Every term of the three search indexes (fts5vocab), the tokens a search could still match. */
function indexTerms(db: Database): Set<string> {
  const terms = new Set<string>();
  for (const fts of ['clients_fts', 'visits_fts', 'cases_fts']) {
    db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab_${fts} USING fts5vocab(main, ${fts}, row)`);
    for (const term of db.prepare(`SELECT term FROM temp.vocab_${fts}`).pluck().all() as string[]) terms.add(term);
  }
  return terms;
}

/** The whole database as SQLite holds it, decrypted page by page, free pages included. */
const foundInPages = (db: Database, needles: string[]) => {
  const pages = db.serialize();
  return needles.filter((n) => pages.includes(Buffer.from(n)) || pages.includes(Buffer.from(n.toLowerCase())));
};

/** A signed form with her name in it as plain PDF text, as many scanners' OCR layer has it. */
const PDF = Buffer.from(
  `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n% (Saya, ${ZUBAIDAH.guardian.name}, wali dari ${ZUBAIDAH.name}, NIK ${ZUBAIDAH.nik})\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
).toString('base64');
/** A long note: it spills onto overflow pages, which are freed (not rewritten) when the visit goes. */
const LONG_NOTE = `${'Klien tenang, makan teratur, tidur cukup. '.repeat(450)}Kata sandi keluarga ${NOTE_WORD}. NIK ${ZUBAIDAH.nik} dicocokkan dengan KK ${ZUBAIDAH.kk}.`;

let t: ReturnType<typeof tempCore>;
let ani: string;
let budi: string;
beforeEach(() => {
  t = tempCore();
  ani = t.must('workers:create', { name: 'Ani Pratiwi', role: 'pekerja_sosial' }).id;
  budi = t.must('workers:create', { name: 'Budi Santoso', role: 'koordinator' }).id;
  t.must('session:set-worker', { workerId: ani });
});
afterEach(() => t.cleanup());

/** Zubaidah with a closed case holding one of everything the app records, and Siti beside her. */
async function twoClients() {
  const z = t.must('clients:create', ZUBAIDAH).client;
  const kase = t.must('cases:create', { clientId: z.id, cluster: 'penyandang_disabilitas', ppksType: 'penyandang_disabilitas', openedAt: '2026-09-01', assignedWorkerId: ani, summary: `Ibu ${ZUBAIDAH.name} dipasung oleh keluarga.` });
  const visit = t.must('visits:create', {
    caseId: kase.id, type: 'kunjungan_rumah', visitedAt: '2026-11-20T09:00:00+07:00', place: `Rumah ${ZUBAIDAH.name}`, peopleMet: ZUBAIDAH.guardian.name,
    note: LONG_NOTE,
    pasung: { relapse: false, risk: 'sedang', familySupport: ['emosional'] },
  });
  // Two more long notes: more freed pages than the erasure's own writes can reuse.
  for (const day of ['2026-11-21', '2026-11-22'])
    t.must('visits:create', { caseId: kase.id, type: 'kunjungan_rumah', visitedAt: `${day}T09:00:00+07:00`, note: LONG_NOTE, nextVisitDate: null });
  const photo = (await sharp({ create: { width: 64, height: 48, channels: 3, background: '#a52' } }).jpeg().toBuffer()).toString('base64');
  await t.mustAsync('attachments:add', { visitId: visit.id, fileName: `rumah-${ZUBAIDAH.name}.jpg`, dataBase64: photo });
  await t.mustAsync('consents:create', {
    clientId: z.id, purpose: 'rujukan', givenBy: 'wali', guardianName: ZUBAIDAH.guardian.name, guardianRelation: 'Ibu', givenOn: '2026-11-01',
    evidence: { fileName: 'persetujuan.pdf', dataBase64: PDF },
  });
  t.must('pasung:create', { clientId: z.id, status: 'dilepas', date: '2026-09-02', by: ZUBAIDAH.guardian.name, details: { shackledBy: ZUBAIDAH.guardian.name, treatmentHistory: `Dirawat di RSJ atas nama ${ZUBAIDAH.name}` } });
  t.must('devices:create', { clientId: z.id, caseId: kase.id, device: 'kruk', detail: `Untuk ${ZUBAIDAH.name}`, neededAt: '2026-09-10' });
  t.must('services:create', { caseId: kase.id, component: 'terapi', givenAt: '2026-10-01', note: `Terapi untuk ${ZUBAIDAH.name}` });
  t.must('tasks:create', { caseId: kase.id, kind: 'telepon', title: `Telepon ${ZUBAIDAH.phone}`, dueDate: '2026-12-05' });
  const rsj = t.must('institutions:create', { name: 'RSJ Prof. Dr. Soerojo Magelang', type: 'rsj', recipientTitle: 'Direktur RSJ' });
  const referral = t.must('referrals:create', {
    caseId: kase.id, institutionId: rsj.id, reason: `${ZUBAIDAH.name} kambuh`, urgency: 'segera',
    consent: { by: 'wali', name: ZUBAIDAH.guardian.name, date: '2026-11-01' },
  });
  const sent = t.must('referrals:transition', { id: referral.id, version: referral.version, to: 'dikirim', date: '2026-11-21', note: `Diantar ${ZUBAIDAH.guardian.name}` });
  const letter = await t.mustAsync('letters:issue', { referralId: sent.id, paper: 'a4' });
  const current = t.must('cases:get', { id: kase.id });
  t.must('cases:change-status', { id: kase.id, version: current.version, status: 'selesai', closureReason: 'tujuan_tercapai', reason: `${ZUBAIDAH.name} pulih` });

  const siti = t.must('clients:create', SITI).client;
  const sitiCase = t.must('cases:create', { clientId: siti.id, cluster: 'anak', ppksType: 'anak_terlantar', openedAt: '2026-10-01' });
  t.must('visits:create', { caseId: sitiCase.id, type: 'kunjungan_rumah', visitedAt: '2026-11-21T09:00:00+07:00', note: 'Siti membantu ibunya berjualan.' });
  return { z, kase, letter, siti };
}

const approveAs = async (worker: string, requestId: string, version: number) => {
  t.must('session:set-worker', { workerId: worker });
  return t.mustAsync('erasure:approve', { id: requestId, version });
};

describe('erasure of a client', () => {
  it('removes every trace of the person after a koordinator approves, leaving a tombstone the case list still counts', async () => {
    const { z, kase, letter } = await twoClients();
    // The scans find her everywhere first: an empty result afterwards means something.
    expect(foundInTables(t.db, NEEDLES).length).toBeGreaterThan(20);
    expect([...indexTerms(t.db)]).toEqual(expect.arrayContaining(['purwaningsih', NOTE_WORD.toLowerCase(), ZUBAIDAH.nik]));
    expect(foundInPages(t.db, NEEDLES)).toEqual(NEEDLES);

    const request = t.must('erasure:request', { clientId: z.id, reason: 'permintaan_klien', note: `${ZUBAIDAH.name} menelepon, minta datanya dihapus.` });
    expect(request).toMatchObject({ status: 'menunggu', requestedByName: 'Ani Pratiwi', caseNumbers: [kase.number], openCases: [] });
    expect(t.must('erasure:list', {}).map((r) => r.id)).toEqual([request.id]);

    const done = await approveAs(budi, request.id, request.version);
    expect(done.removed).toMatchObject({ visits: 3, attachments: 2, consents: 1, pasung: 1, devices: 1, services: 1, tasks: 2, referrals: 1, letterPdfs: 1, cases: 1 });

    expect(foundInTables(t.db, NEEDLES)).toEqual([]);
    const terms = indexTerms(t.db);
    for (const word of ['zubaidah', 'kinanti', 'purwaningsih', NOTE_WORD.toLowerCase(), ZUBAIDAH.nik, 'sukarti', 'wiryaningrat']) expect(terms.has(word), word).toBe(false);
    // Freed pages are zeroed too: nothing of her is left in the decrypted file.
    expect(foundInPages(t.db, NEEDLES)).toEqual([]);
    // After the commit the WAL is checkpointed and emptied: no old page image lingers beside the file.
    await new Promise((r) => setImmediate(r));
    expect(statSync(join(t.dir, `${DB_FILE}-wal`)).size).toBe(0);

    // The tombstone: case number, dates, PPKS type, regency, and who approved when.
    const status = t.must('erasure:status', { clientId: z.id });
    expect(status.waiting).toBeNull();
    expect(status.history[0]).toMatchObject({ status: 'disetujui', decidedByName: 'Budi Santoso', note: null, clientName: ERASED_CLIENT_NAME });
    expect(status.tombstone).toMatchObject({
      clientId: z.id,
      approvedByName: 'Budi Santoso',
      region: [{ code: '33', name: 'JAWA TENGAH' }, { code: '33.74', name: 'KOTA SEMARANG' }],
      cases: [{ id: kase.id, number: kase.number, ppksType: 'penyandang_disabilitas', status: 'selesai', openedAt: '2026-09-01', closedAt: '2026-11-28' }],
      statement: 'Data pribadi dihapus atas permintaan pada 2026-11-28, disetujui oleh Budi Santoso.',
    });
    const list = t.must('cases:list', {});
    expect(list.total).toBe(2);
    expect(list.rows.find((r) => r.id === kase.id)).toMatchObject({ clientName: ERASED_CLIENT_NAME, nik: null, ppksType: 'penyandang_disabilitas', regencyName: 'KOTA SEMARANG' });
    expect(t.must('cases:list', { search: 'Zubaidah' }).total).toBe(0);
    expect(t.must('cases:list', { search: ZUBAIDAH.nik.slice(0, 8) }).total).toBe(0);
    // The letter keeps its number in the register; its PDF is gone.
    expect(t.invoke('letters:get', { id: letter.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(t.db.prepare('SELECT number, pdf FROM letters WHERE id = ?').get(letter.id)).toEqual({ number: letter.number, pdf: null });
    // Nothing new can be recorded about her (no way back to a name), nor a second erasure asked.
    const refused = { ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('sudah dihapus') } };
    const tomb = t.must('clients:get', { id: z.id });
    expect(t.invoke('clients:update', { id: z.id, version: tomb.version, client: { name: ZUBAIDAH.name, sex: 'P' } })).toMatchObject(refused);
    expect(t.invoke('cases:create', { clientId: z.id, cluster: 'anak', ppksType: 'anak_terlantar' })).toMatchObject(refused);
    expect(t.invoke('visits:create', { caseId: kase.id, type: 'kunjungan_rumah', visitedAt: '2026-11-28T09:00:00+07:00', note: 'lagi' })).toMatchObject(refused);
    expect(await t.invokeAsync('attachments:add', { clientId: z.id, fileName: 'form.pdf', dataBase64: PDF })).toMatchObject(refused);
    expect(await t.invokeAsync('consents:create', { clientId: z.id, purpose: 'rujukan', givenBy: 'klien', givenOn: '2026-11-28' })).toMatchObject(refused);
    expect(t.invoke('erasure:request', { clientId: z.id, reason: 'lainnya' })).toMatchObject(refused);
  });

  it("leaves the other client's data as it was", async () => {
    const { z, siti } = await twoClients();
    const sitiRows = () => [
      t.must('clients:get', { id: siti.id }),
      t.must('cases:list', { search: 'Siti' }).rows,
      t.db.prepare(`SELECT v.* FROM visits v JOIN cases c ON c.id = v.case_id WHERE c.client_id = ?`).all(siti.id),
      t.db.prepare(`SELECT * FROM change_log WHERE entity_id IN (SELECT id FROM cases WHERE client_id = ?) OR entity_id = ?`).all(siti.id, siti.id),
    ];
    const before = JSON.stringify(sitiRows());
    const request = t.must('erasure:request', { clientId: z.id, reason: 'permintaan_wali' });
    await approveAs(budi, request.id, request.version);
    expect(JSON.stringify(sitiRows())).toBe(before);
    expect(t.must('visits:search', { query: 'berjualan' })).toHaveLength(1);
  });

  it('changes nothing but the request when a koordinator rejects it', async () => {
    const { z } = await twoClients();
    const request = t.must('erasure:request', { clientId: z.id, reason: 'permintaan_klien' });
    t.must('session:set-worker', { workerId: budi });
    const others = () => snapshotWithout(t.db, ['erasure_requests', 'change_log']);
    const before = others();
    const rejected = t.must('erasure:reject', { id: request.id, version: request.version, reason: 'Kasus masih dalam proses hukum; data wajib disimpan.' });
    expect(rejected).toMatchObject({ status: 'ditolak', decidedByName: 'Budi Santoso', decisionNote: 'Kasus masih dalam proses hukum; data wajib disimpan.' });
    expect(others()).toBe(before);
    expect(foundInTables(t.db, [ZUBAIDAH.nik, NOTE_WORD]).length).toBeGreaterThan(0);
    // Decided once: neither approval nor a second rejection.
    expect((await t.invokeAsync('erasure:approve', { id: request.id, version: rejected.version })).ok).toBe(false);
  });

  it('refuses while a case is still open, or while another record quotes the NIK, changing nothing', async () => {
    const { z, siti } = await twoClients();
    const second = t.must('cases:create', { clientId: z.id, cluster: 'penyandang_disabilitas', ppksType: 'penyandang_disabilitas', openedAt: '2026-11-25' });
    const request = t.must('erasure:request', { clientId: z.id, reason: 'permintaan_klien' });
    expect(request.openCases).toEqual([second.number]);
    t.must('session:set-worker', { workerId: budi });
    const before = snapshot(t.db);
    const open = await t.invokeAsync('erasure:approve', { id: request.id, version: request.version });
    expect(open.ok || open.error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining(second.number) });
    expect(snapshot(t.db)).toBe(before);

    t.must('cases:change-status', { id: second.id, version: 1, status: 'selesai', closureReason: 'menolak_layanan', reason: 'Menolak layanan' });
    // Siti's worker wrote Zubaidah's NIK into Siti's file: the erasure says where, and waits.
    const sitiCase = t.must('clients:get', { id: siti.id }).cases[0];
    t.must('visits:create', { caseId: sitiCase.id, type: 'telepon_daring', visitedAt: '2026-11-27T09:00:00+07:00', note: `Tetangga, NIK ${ZUBAIDAH.nik}, ikut membantu.` });
    const quoted = snapshot(t.db);
    const r = await t.invokeAsync('erasure:approve', { id: request.id, version: request.version });
    expect(r.ok || r.error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('visits.note'), details: { table: 'visits', column: 'note', rows: '1' } });
    expect(snapshot(t.db)).toBe(quoted);
  });
});

describe('retention', () => {
  /** Opens a case on `opened` and closes it on `closed` (the clock is moved there and back). */
  function closedCase(clientId: string, opened: string, closed: string | null) {
    const c = t.must('cases:create', { clientId, cluster: 'anak', ppksType: 'anak_terlantar', openedAt: opened });
    if (closed) {
      t.clock.set(`${closed}T03:00:00.000Z`);
      t.must('cases:change-status', { id: c.id, version: c.version, status: 'selesai', closureReason: 'tujuan_tercapai', reason: 'Tujuan tercapai' });
      t.clock.set('2026-11-28T03:00:00.000Z');
    }
    return c;
  }
  const client = (name: string) => t.must('clients:create', { name, sex: 'L' }).client.id;

  it('lists exactly the closed cases past the setting, and which other cases still hold a client back', async () => {
    expect(t.must('settings:retention-get', {})).toEqual({ closedCaseYears: 5 });
    t.must('settings:retention-update', { closedCaseYears: 5 });
    const onTheDay = closedCase(client('Agus'), '2018-01-05', '2021-11-28');
    closedCase(client('Bambang'), '2018-01-05', '2021-11-29'); // one day short
    const long = client('Dewi');
    const old = closedCase(long, '2015-02-01', '2019-03-01');
    const stillOpen = closedCase(long, '2025-06-01', null);
    closedCase(client('Eko'), '2026-01-01', null);
    const due = t.must('retention:due', {});
    expect(due).toMatchObject({ years: 5, cutoff: '2021-11-28' });
    expect(due.rows.map((r) => [r.caseNumber, r.closedAt, r.dueOn, r.blockingCases])).toEqual([
      [old.number, '2019-03-01', '2024-03-01', [stillOpen.number]],
      [onTheDay.number, '2021-11-28', '2026-11-28', []],
    ]);

    // Ten years: neither is due; an erased client never is.
    t.must('settings:retention-update', { closedCaseYears: 10 });
    expect(t.must('retention:due', {}).rows).toEqual([]);
    t.must('settings:retention-update', { closedCaseYears: 1 });
    const request = t.must('erasure:request', { clientId: onTheDay.clientId, reason: 'masa_simpan_berakhir' });
    expect(t.must('retention:due', {}).rows.find((r) => r.caseId === onTheDay.id)?.waitingRequestId).toBe(request.id);
    await approveAs(budi, request.id, request.version);
    expect(t.must('retention:due', {}).rows.map((r) => r.caseId)).not.toContain(onTheDay.id);
    expect(t.must('erasure:status', { clientId: onTheDay.clientId }).tombstone?.statement).toMatch(/^Data pribadi dihapus karena masa simpan berakhir pada 2026-11-28/);
  });

  it('refuses a retention period outside 1–100 years', () => {
    const r = t.invoke('settings:retention-update', { closedCaseYears: 0 });
    expect(r.ok || r.error.fields?.[0]).toMatchObject({ path: 'closedCaseYears', message: 'Masa simpan 1–100 tahun.' });
  });
});

/** snapshot() without some tables: "nothing else changed" (the audit trail records every call, by design). */
function snapshotWithout(db: Database, skip: string[]): string {
  const tables = (
    db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' AND name NOT LIKE 'audit%' AND name <> 'regions'`).pluck().all() as string[]
  ).filter((n) => !skip.includes(n));
  return JSON.stringify(tables.map((n) => [n, db.prepare(`SELECT * FROM "${n}" ORDER BY 1`).all()]));
}
