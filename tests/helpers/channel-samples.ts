import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { createKeyring } from '../../electron/vault/vault';
import type { ChannelInput, ChannelName } from '../../shared/contract';
import type { Printer } from '../../electron/print/printer';
import { TEST_LOGIN, TEST_PASSPHRASE } from './accounts';
import { referralFixture, referralInput } from './referral-fixture';
import type { tempCore } from './temp-core';

/**
 * One valid input for every channel, on records that exist: the contract tests check each is
 * accepted, and the fault tests mutate them into malformed payloads that reach deep into the
 * handlers. A new channel needs its sample here (the type below does not compile without it).
 */
export interface SampleFixture {
  workerId: string;
  clientId: string;
  caseId: string;
  visitId: string;
  pasungId: string;
  deviceId: string;
  taskId: string;
  institutionId: string;
  referralId: string;
  letterId: string;
  attachmentId: string;
  consentId: string;
  /** A second client, with no case, asked to be erased. */
  otherClientId: string;
  erasureId: string;
  backupName: string;
  backupFolder: string;
  caseJson: string;
  caseBundleBase64: string;
  /** A move bundle of the store, sealed with MOVE_PASSWORD. */
  moveBundleBase64: string;
  /** The backup file's bytes, and a keyring.json wrapping its key for the test login (session:restore-in). */
  backupBase64: string;
  backupKeyringBase64: string;
  pngBase64: string;
  jobId: string;
}

/** A printer stand-in for channels that print (the PDF's contents are not what is tested). */
export const standInPrinter: Printer = {
  pdf: async () => Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'),
  close: async () => {},
};

const csvBase64 = Buffer.from('Nama,NIK,Jenis Kelamin,Tanggal Lahir\nWarga Satu,,P,02-01-1951\n').toString('base64');
// The test admin's account (tests/helpers/accounts.ts), so the session and account samples get past the passphrase check.
const LOGIN = TEST_LOGIN;
const PASSPHRASE = TEST_PASSPHRASE;
const MOVE_PASSWORD = 'paket pindah rahasia';

/** Builds one of each record through the core (the store needs a printer for the letter). */
export async function sampleFixture(t: ReturnType<typeof tempCore>): Promise<SampleFixture> {
  const { worker, client, kase, rsj } = referralFixture(t);
  const visit = t.must('visits:create', { caseId: kase.id, type: 'kunjungan_rumah', visitedAt: '2026-11-20T09:00:00+07:00', note: 'Klien tenang, minum obat teratur.' });
  const pasung = t.must('pasung:create', { clientId: client.id, status: 'dipasung', date: '2026-10-01' });
  const device = t.must('devices:create', { clientId: client.id, caseId: kase.id, device: 'kursi_roda_dewasa', neededAt: '2026-10-02' });
  const task = t.must('tasks:create', { caseId: kase.id, kind: 'telepon', title: 'Telepon keluarga', dueDate: '2026-12-01' });
  const referral = t.must('referrals:create', referralInput(kase.id, rsj.id));
  const letter = await t.mustAsync('letters:issue', { referralId: referral.id });
  const png = (await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 200, g: 120, b: 40 } } }).png().toBuffer()).toString('base64');
  const attachment = await t.mustAsync('attachments:add', { clientId: client.id, fileName: 'ktp.png', dataBase64: png });
  const consent = await t.mustAsync('consents:create', { clientId: client.id, purpose: 'pendampingan_asesmen', givenBy: 'klien', givenOn: '2026-10-01' });
  const other = t.must('clients:create', { name: 'Budi Hartono', sex: 'L', birthDate: '1979-06-02' }).client;
  const erasure = t.must('erasure:request', { clientId: other.id, reason: 'permintaan_klien' });
  const backup = await t.mustAsync('backup:create', {});
  const caseJson = Buffer.from((await t.mustAsync('exports:case-json', { caseIds: [kase.id] })).dataBase64, 'base64').toString('utf8');
  const bundle = await t.mustAsync('exports:case-json', { caseIds: [kase.id], bundle: true });
  const move = await t.mustAsync('backup:move-out', { password: MOVE_PASSWORD });
  // The keyring a backup of a folder with accounts carries beside it: the test login, for the fixture's worker.
  const { keyring } = await createKeyring(t.ctx.storage!.key, { workerId: worker.id, login: LOGIN, passphrase: PASSPHRASE }, t.clock.now());
  return {
    workerId: worker.id,
    clientId: client.id,
    caseId: kase.id,
    visitId: visit.id,
    pasungId: pasung.id,
    deviceId: device.id,
    taskId: task.id,
    institutionId: rsj.id,
    referralId: referral.id,
    letterId: letter.id,
    attachmentId: attachment.id,
    consentId: consent.id,
    otherClientId: other.id,
    erasureId: erasure.id,
    backupName: backup.file.split(/[\\/]/).pop()!,
    backupFolder: backup.file.slice(0, -backup.file.split(/[\\/]/).pop()!.length - 1),
    caseJson,
    caseBundleBase64: bundle.dataBase64,
    moveBundleBase64: move.dataBase64,
    backupBase64: readFileSync(backup.file).toString('base64'),
    backupKeyringBase64: Buffer.from(JSON.stringify(keyring)).toString('base64'),
    pngBase64: png,
    jobId: '01JB2Q5X8Z3K4M5N6P7Q8R9S0T',
  };
}

type Samples = { [K in ChannelName]: (f: SampleFixture) => ChannelInput<K> };

export const validSamples: Samples = {
  'clients:create': () => ({ name: 'Budi Santoso', sex: 'L', nik: '3374101701800002', birthDate: '1980-01-17', address: { villageCode: '33.74.10.1001', rt: '003', rw: '005' }, phone: '081234567891', programmes: [], disabilities: [] }),
  'clients:update': (f) => ({ id: f.clientId, version: 1, client: { name: 'Siti Rahayu', sex: 'P', nik: '3374105203850001', birthDate: '1985-03-12', address: { villageCode: '33.74.10.1001' } } }),
  'clients:get': (f) => ({ id: f.clientId }),
  'clients:search': () => ({ search: 'siti rah', withoutCase: false, limit: 20 }),
  'clients:check': (f) => ({ client: { name: 'Siti Rahayu', sex: 'P', birthDate: '1985-03-12' }, excludeId: f.clientId }),
  'cases:create': (f) => ({ clientId: f.clientId, cluster: 'anak', ppksType: 'anak_terlantar', openedAt: '2026-11-01', summary: 'Anak tinggal bersama nenek.' }),
  'cases:get': (f) => ({ id: f.caseId }),
  'cases:list': () => ({ search: 'siti', sort: 'name_asc', limit: 20, countLimit: 1000 }),
  'cases:update': (f) => ({ id: f.caseId, version: 1, cluster: 'penyandang_disabilitas', ppksType: 'penyandang_disabilitas', assignedWorkerId: f.workerId, summary: 'Ringkasan baru.' }),
  'cases:change-stage': (f) => ({ id: f.caseId, version: 1, stage: 'asesmen', reason: 'Pendekatan awal selesai.' }),
  'cases:change-status': (f) => ({ id: f.caseId, version: 1, status: 'selesai', reason: 'Tujuan rencana tercapai.', closureReason: 'tujuan_tercapai' }),
  'cases:decide-closure': (f) => ({ id: f.caseId, version: 1, decision: 'kembalikan', note: 'Lengkapi laporan akhir dulu.' }),
  'workers:list': () => ({}),
  'workers:create': () => ({ name: 'Rina Wulandari', role: 'pekerja_sosial', nip: '198703122010012003', position: 'Pekerja Sosial Ahli Pertama' }),
  'workers:update': (f) => ({ id: f.workerId, worker: { name: 'Ani Pratiwi', role: 'koordinator', active: true } }),
  'session:get': () => ({}),
  'session:set-worker': (f) => ({ workerId: f.workerId }),
  'session:status': () => ({}),
  'session:setup': () => ({ name: 'Ani Pratiwi', position: 'Pekerja Sosial', login: LOGIN, passphrase: PASSPHRASE }),
  'session:unlock': () => ({ login: LOGIN, passphrase: PASSPHRASE }),
  'session:recover': () => ({ recoveryKey: '7K2QM-4XH9A-BC3DE-FG5HJ-KM6NP', login: LOGIN, newPassphrase: 'teh sore di pendopo kecamatan' }),
  // A real move bundle of the fixture: the gate refuses it once set up; on a new folder it moves in (tests/faults/fuzz.test.ts).
  'session:move-in': (f) => ({ bundle: f.moveBundleBase64, password: MOVE_PASSWORD }),
  // A real backup and its keyring: the gate refuses them once set up; on a new folder they restore.
  'session:restore-in': (f) => ({ backup: f.backupBase64, backupName: 'pendamping-20261128-030000.pbak', keyring: f.backupKeyringBase64, login: LOGIN, passphrase: PASSPHRASE }),
  'session:lock': () => ({}),
  'accounts:list': () => ({}),
  'accounts:create': (f) => ({ workerId: f.workerId, login: 'rina.w', passphrase: 'sepeda biru ke pasar pagi', yourPassphrase: PASSPHRASE }),
  'accounts:remove': (f) => ({ workerId: f.workerId }),
  'accounts:change-passphrase': () => ({ currentPassphrase: PASSPHRASE, newPassphrase: 'hujan deras di bulan desember' }),
  'accounts:new-recovery-key': () => ({ yourPassphrase: PASSPHRASE }),
  'access:get': () => ({}),
  'consents:list': (f) => ({ clientId: f.clientId }),
  'consents:create': (f) => ({ clientId: f.clientId, purpose: 'rujukan', givenBy: 'wali', guardianName: 'Sumarni', guardianRelation: 'Ibu', givenOn: '2026-11-01', evidence: { fileName: 'persetujuan.png', dataBase64: f.pngBase64 } }),
  'consents:withdraw': (f) => ({ id: f.consentId, version: 1, withdrawnOn: '2026-11-02', reason: 'Klien berubah pikiran.' }),
  'erasure:request': (f) => ({ clientId: f.clientId, reason: 'permintaan_wali', note: 'Wali meminta data dihapus.' }),
  'erasure:approve': (f) => ({ id: f.erasureId, version: 1 }),
  'erasure:reject': (f) => ({ id: f.erasureId, version: 1, reason: 'Kasus masih berjalan.' }),
  'erasure:list': () => ({ status: 'menunggu' }),
  'erasure:status': (f) => ({ clientId: f.otherClientId }),
  'retention:due': () => ({}),
  'settings:retention-get': () => ({}),
  'settings:retention-update': () => ({ closedCaseYears: 7 }),
  'audit:list': () => ({ limit: 20 }),
  'audit:verify': () => ({}),
  'regions:list': () => ({ parentCode: '33.74' }),
  'regions:path': () => ({ code: '33.74.10.1001' }),
  'settings:get': () => ({}),
  'settings:update': () => ({ officeName: 'Dinas Sosial Kota Semarang', unitCode: 'DINSOS-SMG', timeZone: 'Asia/Jakarta', caseNumberTemplate: '{unit}/{tahun}/{nomor:4}', nextVisitDays: { tinggi: 7, sedang: 14, rendah: 30 } }),
  'settings:security-get': () => ({}),
  'settings:security-update': () => ({ autoLockMinutes: 15 }),
  'visits:create': (f) => ({ caseId: f.caseId, type: 'kunjungan_rumah', visitedAt: '2026-11-25T10:00:00+07:00', place: 'Rumah klien', note: 'Keluarga mendukung.', pasung: { relapse: false, risk: 'sedang', familySupport: ['emosional', 'instrumental'] } }),
  'visits:get': (f) => ({ id: f.visitId }),
  'visits:suggest-next': () => ({ visitedAt: '2026-11-25T10:00:00+07:00', risk: 'tinggi' }),
  'visits:search': (f) => ({ query: 'obat', caseId: f.caseId, limit: 10 }),
  'pasung:create': (f) => ({ clientId: f.clientId, status: 'dipasung', date: '2026-11-01', by: 'Keluarga', details: { method: 'rantai', startedYear: 2019 } }),
  'pasung:update': (f) => ({ id: f.pasungId, version: 1, details: { method: 'dikurung', reason: 'perilaku_membahayakan', management: [] } }),
  'pasung:change-status': (f) => ({ id: f.pasungId, version: 1, status: 'dilepas', date: '2026-11-10', by: 'Tim desa', note: 'Dilepas setelah dibawa ke RSJ.' }),
  'pasung:list': (f) => ({ clientId: f.clientId }),
  'devices:create': (f) => ({ clientId: f.clientId, device: 'kruk', neededAt: '2026-11-03', detail: 'Sepasang' }),
  'devices:advance': (f) => ({ id: f.deviceId, version: 1, step: 'diajukan', date: '2026-11-04', source: 'Sentra Kartini' }),
  'devices:list': (f) => ({ clientId: f.clientId }),
  'services:create': (f) => ({ caseId: f.caseId, component: 'terapi', givenAt: '2026-11-05', note: 'Terapi okupasi.' }),
  'services:list': (f) => ({ caseId: f.caseId }),
  'tasks:create': (f) => ({ caseId: f.caseId, kind: 'kunjungan', title: 'Kunjungan rumah lanjutan', dueDate: '2026-12-05', assignedWorkerId: f.workerId }),
  'tasks:close': (f) => ({ id: f.taskId, version: 1, outcome: 'selesai', note: 'Keluarga dihubungi.' }),
  'tasks:list': (f) => ({ caseId: f.caseId }),
  'tasks:due': () => ({ all: true }),
  'timeline:list': (f) => ({ caseId: f.caseId, kinds: ['kunjungan', 'rujukan'], limit: 50 }),
  'attachments:add': (f) => ({ visitId: f.visitId, fileName: 'rumah.png', dataBase64: f.pngBase64 }),
  'attachments:list': (f) => ({ clientId: f.clientId }),
  'attachments:get': (f) => ({ id: f.attachmentId }),
  'dashboard:summary': () => ({ all: true }),
  'institutions:create': () => ({ name: 'Puskesmas Tembalang', type: 'puskesmas', villageCode: '33.74.10.1001', phone: '024-7460000', email: 'pkm.tembalang@example.id' }),
  'institutions:update': (f) => ({ id: f.institutionId, version: 1, institution: { name: 'RSJ Prof. Dr. Soerojo Magelang', type: 'rsj', recipientTitle: 'Direktur' } }),
  'institutions:list': () => ({ search: 'rsj', includeInactive: true }),
  'institutions:import-csv': () => ({ csv: 'nama,jenis,telepon\nPuskesmas Banyumanik,puskesmas,024-123\n', dryRun: true }),
  'referrals:create': (f) => referralInput(f.caseId, f.institutionId),
  'referrals:update': (f) => ({ id: f.referralId, version: 1, referral: { ...referralInput(f.caseId, f.institutionId), urgency: 'darurat' } }),
  'referrals:transition': (f) => ({ id: f.referralId, version: 1, to: 'dikirim', date: '2026-11-28' }),
  'referrals:get': (f) => ({ id: f.referralId }),
  'referrals:list': (f) => ({ caseId: f.caseId, limit: 10 }),
  'letters:settings-get': () => ({}),
  'letters:settings-update': (f) => ({
    agencyLines: ['PEMERINTAH KOTA SEMARANG', 'DINAS SOSIAL'],
    address: 'Jalan Pemuda Nomor 148, Semarang',
    logo: `data:image/png;base64,${f.pngBase64}`,
    place: 'Semarang',
    numberTemplate: '{kode}/{nomor}/{unit}/{bulan_romawi}/{tahun}',
    classificationCode: '460',
    unitCode: 'DINSOS',
    signer: { position: 'Kepala Dinas Sosial', name: 'Dra. Endang S.', nip: '196809111994032006' },
    bodyTemplate: 'Dengan hormat, kami merujuk {klien.nama} ke {lembaga.nama}.',
    closing: 'Atas perhatiannya kami ucapkan terima kasih.',
    tembusan: ['Arsip'],
    paper: 'a4',
    margins: { top: 20, right: 20, bottom: 20, left: 25 },
    referralDocuments: ['KTP', 'KK'],
  }),
  'letters:preview': (f) => ({ referralId: f.referralId, paper: 'f4', withSummary: true }),
  'letters:issue': (f) => ({ referralId: f.referralId, paper: 'a4' }),
  'letters:get': (f) => ({ id: f.letterId }),
  'letters:cancel': (f) => ({ id: f.letterId, reason: 'Salah alamat lembaga.' }),
  'backup:settings-get': () => ({}),
  'backup:settings-update': (f) => ({ folder: f.backupFolder, keep: 5, daily: true }),
  'backup:create': () => ({}),
  'backup:list': () => ({}),
  'backup:move-out': () => ({ password: MOVE_PASSWORD }),
  'backup:restore': (f) => ({ name: f.backupName }),
  'exports:case-json': (f) => ({ caseIds: [f.caseId], deidentify: true }),
  'exports:case-pdf': (f) => ({ caseIds: [f.caseId], paper: 'a4' }),
  'exports:table': (f) => ({ table: 'visits', format: 'csv', columns: ['case_number', 'visited_at', 'note'], caseIds: [f.caseId] }),
  'imports:case-json': (f) => ({ json: f.caseJson }),
  'imports:case-bundle': (f) => ({ dataBase64: f.caseBundleBase64 }),
  'imports:clients-preview': () => ({ fileName: 'klien.csv', dataBase64: csvBase64 }),
  'imports:clients': () => ({ fileName: 'klien.csv', dataBase64: csvBase64, mapping: { name: 'Nama', nik: 'NIK', sex: 'Jenis Kelamin', birthDate: 'Tanggal Lahir' }, dryRun: true }),
  'jobs:progress': (f) => ({ jobId: f.jobId }),
  'jobs:cancel': (f) => ({ jobId: f.jobId }),
};
