import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { authorize } from '../../electron/core/access/authorize';
import { POLICY } from '../../electron/core/access/policy';
import { channelNames, type ChannelInput, type ChannelName } from '../../shared/contract';
import { actAs, actAsSystem } from '../helpers/actors';
import { referralInput } from '../helpers/referral-fixture';
import { SITI, tempCore } from '../helpers/temp-core';

const BUDI = { name: 'Budi Hartono', sex: 'L' as const, birthDate: '1979-06-02', address: { villageCode: '33.74.10.1001' } };
const VISITED = '2026-11-20T09:00:00+07:00';

let t: ReturnType<typeof tempCore>;
let o: Awaited<ReturnType<typeof office>>;
beforeEach(async () => {
  t = tempCore();
  o = await office();
});
afterEach(() => t.cleanup());

/**
 * A small office: Kartika the koordinator (acting when the cases were typed in), Ani and
 * Budi pekerja sosial with one case each, Adi the admin. Budi's case has one of everything.
 */
async function office() {
  const kora = t.must('workers:create', { name: 'Kartika Sari', role: 'koordinator' });
  const ani = t.must('workers:create', { name: 'Ani Pratiwi', role: 'pekerja_sosial' });
  const budi = t.must('workers:create', { name: 'Budi Santoso', role: 'pekerja_sosial' });
  const adi = t.must('workers:create', { name: 'Adi Nugroho', role: 'admin' });
  const clientA = t.must('clients:create', SITI).client;
  const caseA = t.must('cases:create', { clientId: clientA.id, cluster: 'anak', ppksType: 'anak_terlantar', openedAt: '2026-10-01', assignedWorkerId: ani.id });
  const clientB = t.must('clients:create', BUDI).client;
  const caseB = t.must('cases:create', { clientId: clientB.id, cluster: 'penyandang_disabilitas', ppksType: 'penyandang_disabilitas', openedAt: '2026-10-01', assignedWorkerId: budi.id });
  t.must('visits:create', { caseId: caseA.id, type: 'kunjungan_rumah', visitedAt: VISITED, note: 'Klien minum obat teratur.', nextVisitDate: '2026-11-30' });
  const visitB = t.must('visits:create', { caseId: caseB.id, type: 'kunjungan_rumah', visitedAt: VISITED, note: 'Klien lupa minum obat dua hari.', nextVisitDate: '2026-11-30' });
  const png = (await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 200, g: 120, b: 40 } } }).png().toBuffer()).toString('base64');
  const photoB = await t.mustAsync('attachments:add', { visitId: visitB.id, fileName: 'rumah.png', dataBase64: png });
  const deviceB = t.must('devices:create', { clientId: clientB.id, caseId: caseB.id, device: 'kursi_roda_dewasa', neededAt: '2026-10-05' });
  const pasungB = t.must('pasung:create', { clientId: clientB.id, status: 'dilepas', date: '2026-09-01' });
  t.must('services:create', { caseId: caseB.id, component: 'terapi', givenAt: '2026-10-10' });
  const rsj = t.must('institutions:create', { name: 'RSJ Prof. Dr. Soerojo Magelang', type: 'rsj' });
  const referralA = t.must('referrals:create', referralInput(caseA.id, rsj.id));
  const referralB = t.must('referrals:create', referralInput(caseB.id, rsj.id));
  // An issued letter without printing one: the row as letters:issue leaves it.
  const letterB = '01KAAAAAAAAAAAAAAAAAAAAAAA';
  const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
  t.db.prepare(`INSERT INTO letters (id, referral_id, number, counter_year, counter_value, paper, state, pdf, sha256, issued_at) VALUES (?, ?, '460/1/Dinsos/2026', 2026, 1, 'a4', 'issued', ?, ?, ?)`)
    .run(letterB, referralB.id, pdf, createHash('sha256').update(pdf).digest('hex'), '2026-11-20T02:00:00.000Z');
  const consentB = await t.mustAsync('consents:create', { clientId: clientB.id, purpose: 'pendampingan_asesmen', givenBy: 'klien', givenOn: '2026-10-01' });
  return { kora, ani, budi, adi, clientA, caseA, clientB, caseB, visitB, taskB: visitB.nextTaskId!, photoB, deviceB, pasungB, rsj, referralA, referralB, letterB, consentB };
}

/** Every table but the audit trail (a refusal is recorded there, on purpose). */
function dataSnapshot(): string {
  const tables = (t.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%_fts%' AND name NOT LIKE 'audit%' AND name <> 'regions' ORDER BY name`).all() as { name: string }[]).map((r) => r.name);
  const hash = createHash('sha256');
  for (const name of tables) hash.update(name).update(JSON.stringify(t.db.prepare(`SELECT * FROM "${name}" ORDER BY 1`).all()));
  return hash.digest('hex');
}

type Samples = { [K in ChannelName]?: ChannelInput<K> };

/** A valid input for each channel that names a record, all naming Budi's case and its records. */
function budisRecords(): Samples {
  const b = o.caseB;
  return {
    'cases:create': { clientId: o.clientB.id, cluster: 'anak', ppksType: 'anak_terlantar' },
    'cases:get': { id: b.id },
    'cases:update': { id: b.id, version: b.version, cluster: b.cluster, ppksType: b.ppksType, assignedWorkerId: o.budi.id, summary: 'diambil alih' },
    'cases:change-stage': { id: b.id, version: b.version, stage: 'asesmen', reason: 'Asesmen dimulai.' },
    'cases:change-status': { id: b.id, version: b.version, status: 'ditunda', reason: 'Klien dirawat.' },
    'clients:get': { id: o.clientB.id },
    'clients:update': { id: o.clientB.id, version: 1, client: { ...BUDI, name: 'Budi H.' } },
    'visits:create': { caseId: b.id, type: 'kunjungan_rumah', visitedAt: VISITED },
    'visits:get': { id: o.visitB.id },
    'tasks:create': { caseId: b.id, kind: 'kunjungan', title: 'Kunjungan', dueDate: '2026-12-01' },
    'tasks:close': { id: o.taskB, version: 1, outcome: 'selesai' },
    'tasks:list': { caseId: b.id },
    'timeline:list': { caseId: b.id },
    'services:create': { caseId: b.id, component: 'terapi', givenAt: '2026-11-01' },
    'services:list': { caseId: b.id },
    'devices:create': { clientId: o.clientB.id, device: 'kruk', neededAt: '2026-11-01' },
    'devices:advance': { id: o.deviceB.id, version: 1, step: 'diajukan', date: '2026-11-02' },
    'devices:list': { clientId: o.clientB.id },
    'pasung:create': { clientId: o.clientB.id, status: 'dipasung', date: '2026-11-01' },
    'pasung:update': { id: o.pasungB.id, version: 1, details: {} },
    'pasung:change-status': { id: o.pasungB.id, version: 1, status: 'repasung', date: '2026-11-02', note: 'Dipasung lagi.' },
    'pasung:list': { clientId: o.clientB.id },
    'attachments:add': { clientId: o.clientB.id, fileName: 'ktp.png', dataBase64: 'iVBORw0KGgo=' },
    'attachments:list': { clientId: o.clientB.id },
    'attachments:get': { id: o.photoB.id },
    'referrals:create': referralInput(b.id, o.rsj.id),
    'referrals:update': { id: o.referralB.id, version: 1, referral: referralInput(b.id, o.rsj.id) },
    'referrals:transition': { id: o.referralB.id, version: 1, to: 'dikirim', date: '2026-11-28' },
    'referrals:get': { id: o.referralB.id },
    'letters:preview': { referralId: o.referralB.id },
    'letters:issue': { referralId: o.referralB.id },
    'letters:get': { id: o.letterB },
    'letters:cancel': { id: o.letterB, reason: 'Salah alamat.' },
    'consents:list': { caseId: b.id },
    'consents:create': { clientId: o.clientB.id, purpose: 'rujukan', givenBy: 'klien', givenOn: '2026-11-01' },
    'consents:withdraw': { id: o.consentB.id, version: 1, withdrawnOn: '2026-11-02', reason: 'Klien berubah pikiran.' },
    'erasure:request': { clientId: o.clientB.id, reason: 'permintaan_klien' },
    'erasure:status': { clientId: o.clientB.id },
    'exports:case-json': { caseIds: [b.id] },
    'exports:case-pdf': { caseIds: [b.id] },
    'exports:table': { table: 'visits', format: 'csv', caseIds: [b.id] },
    'visits:search': { query: 'obat', caseId: b.id },
    'referrals:list': { caseId: b.id },
  };
}

/** A valid input for each koordinator or admin channel (what it would do does not matter: it must not start). */
function officeWork(): Samples {
  return {
    'cases:decide-closure': { id: o.caseB.id, version: o.caseB.version, decision: 'setujui' },
    'imports:case-json': { json: '{}' },
    'imports:case-bundle': { dataBase64: 'UEsFBg==' },
    'imports:clients-preview': { fileName: 'klien.csv', dataBase64: 'bmFtYQ==' },
    'imports:clients': { fileName: 'klien.csv', dataBase64: 'bmFtYQ==', mapping: { name: 'nama' }, dryRun: false },
    'erasure:list': {},
    'erasure:approve': { id: o.consentB.id, version: 1 },
    'erasure:reject': { id: o.consentB.id, version: 1, reason: 'Kasus masih berjalan.' },
    'retention:due': {},
    'settings:retention-update': { closedCaseYears: 7 },
    'audit:list': {},
    'audit:verify': {},
    'settings:update': { ...t.must('settings:get', {}), officeName: 'Dinas Sosial Lain' },
    'letters:settings-update': { ...t.must('letters:settings-get', {}), place: 'Solo' },
    'workers:create': { name: 'Penyusup', role: 'admin' },
    'workers:update': { id: o.ani.id, worker: { name: 'Ani Pratiwi', role: 'admin' } },
    'backup:settings-get': {},
    'backup:settings-update': { folder: null, keep: 3, daily: false },
    'backup:create': {},
    'backup:list': {},
    'backup:move-out': { password: 'sandi-panjang-sekali' },
    'backup:restore': { name: 'pendamping-cadangan.db' },
    'accounts:list': {},
    'accounts:create': { workerId: o.ani.id, login: 'ani', passphrase: 'frasa sandi panjang', yourPassphrase: 'apa saja' },
    'accounts:remove': { workerId: o.adi.id },
    'accounts:new-recovery-key': { yourPassphrase: 'apa saja' },
    'settings:security-update': { autoLockMinutes: 1 },
  } as Samples;
}

const call = (name: string, input: unknown) => t.callAsync(name, input);

describe('the policy table', () => {
  it('has a rule for every channel of the contract', () => {
    expect(channelNames.filter((n) => !POLICY[n])).toEqual([]);
  });

  it('refuses a worker any channel without a rule, and lets the system actor through', () => {
    actAs(t, o.kora);
    expect(() => authorize(t.ctx, 'records:purge', {})).toThrow(expect.objectContaining({ body: expect.objectContaining({ code: 'FORBIDDEN' }) }));
    actAsSystem(t);
    expect(() => authorize(t.ctx, 'records:purge', {})).not.toThrow();
  });

  it('has a sample here for every channel that names a record or needs a role', () => {
    const named = channelNames.filter((n) => POLICY[n].need === 'own' || (POLICY[n].need === 'list' && POLICY[n].targets));
    const roles = channelNames.filter((n) => POLICY[n].need === 'koordinator' || POLICY[n].need === 'admin');
    expect(named.filter((n) => !(n in budisRecords()))).toEqual([]);
    expect(roles.filter((n) => !(n in officeWork()))).toEqual([]);
  });
});

describe('a pekerja sosial and a colleague\'s case', () => {
  it('is refused every read and write that names it or its records (FORBIDDEN, named), and nothing changes', async () => {
    const before = dataSnapshot();
    actAs(t, o.ani);
    for (const [name, input] of Object.entries(budisRecords())) {
      const r = await call(name, input);
      expect(r.ok, name).toBe(false);
      if (r.ok) continue;
      expect(r.error.code, `${name}: ${r.error.message}`).toBe('FORBIDDEN');
      expect(r.error.message, name).toMatch(/bukan kasus Anda|tidak termasuk kasus Anda/);
      expect(r.error.message, name).toMatch(/koordinator/);
    }
    expect(dataSnapshot()).toBe(before);
    // Every attempt is in the audit trail, with what she lacked.
    actAs(t, o.kora);
    const refused = t.must('audit:list', { workerId: o.ani.id, outcome: 'ditolak', limit: 500 }).entries;
    expect(refused.map((e) => e.channel).sort()).toEqual(Object.keys(budisRecords()).sort());
    expect(refused.find((e) => e.channel === 'cases:get')?.detail).toMatchObject({ code: 'FORBIDDEN', need: 'own_case' });
  });

  it('is let through on the same records when the case is hers', async () => {
    actAs(t, o.budi);
    for (const name of ['cases:get', 'clients:get', 'visits:get', 'timeline:list', 'attachments:get', 'attachments:list', 'referrals:get', 'letters:get', 'tasks:list', 'pasung:list', 'devices:list', 'services:list', 'visits:search', 'referrals:list', 'exports:table'] as const) {
      const r = await call(name, budisRecords()[name]);
      expect(r.ok ? 'ok' : `${r.error.code} ${r.error.message}`, name).toBe('ok');
    }
  });

  it('may not hand her case to a colleague; a koordinator reassigns it', () => {
    actAs(t, o.budi);
    const handOn = t.invoke('cases:update', { ...budisRecords()['cases:update']!, assignedWorkerId: o.ani.id });
    expect(handOn.ok || handOn.error.code).toBe('FORBIDDEN');
    expect(handOn.ok || handOn.error.message).toMatch(/Hanya koordinator/);
    const created = t.invoke('cases:create', { clientId: o.clientB.id, cluster: 'anak', ppksType: 'anak_terlantar', assignedWorkerId: o.ani.id });
    expect(created.ok || created.error.code).toBe('FORBIDDEN');

    actAs(t, o.kora);
    const moved = t.must('cases:update', { ...budisRecords()['cases:update']!, assignedWorkerId: o.ani.id });
    expect(moved.assignedWorker?.name).toBe('Ani Pratiwi');
    actAs(t, o.ani);
    expect(t.must('cases:get', { id: o.caseB.id }).id).toBe(o.caseB.id);
    actAs(t, o.budi);
    expect(t.invoke('cases:get', { id: o.caseB.id }).ok).toBe(false);
  });

  it('owns a case she opened for a client she registered, even unassigned; her colleague does not', () => {
    actAs(t, o.ani);
    const client = t.must('clients:create', { name: 'Wahyu Pratama', sex: 'L' }).client;
    expect(t.must('clients:get', { id: client.id }).id).toBe(client.id);
    const kase = t.must('cases:create', { clientId: client.id, cluster: 'korban_napza', ppksType: 'korban_napza' });
    expect(kase.openedBy).toBe(o.ani.id);
    expect(kase.assignedWorkerId).toBeNull();
    expect(t.must('cases:list', { search: 'wahyu' }).total).toBe(1);
    actAs(t, o.budi);
    expect(t.invoke('clients:get', { id: client.id }).ok || 'refused').toBe('refused');
    expect(t.must('cases:list', { search: 'wahyu' }).total).toBe(0);
  });
});

describe('lists are narrowed, not refused', () => {
  it('a pekerja sosial sees only her own cases everywhere; a koordinator sees the office', async () => {
    const lists = async () => ({
      cases: t.must('cases:list', {}).rows.map((r) => r.number),
      searchBudi: t.must('cases:list', { search: 'budi' }).total,
      notes: t.must('visits:search', { query: 'obat' }).map((h) => h.caseNumber),
      due: t.must('tasks:due', { all: true }).thisWeek!.rows.map((d) => d.caseNumber),
      dashboard: t.must('dashboard:summary', { all: true }).activeCases,
      referrals: t.must('referrals:list', {}).map((r) => r.caseNumber),
      table: Buffer.from((await t.mustAsync('exports:table', { table: 'cases', format: 'csv' })).dataBase64, 'base64').toString('utf8').trim().split('\r\n').length - 1,
      clientCases: t.must('clients:get', { id: o.clientA.id }).cases.length,
      clients: t.must('clients:search', {}).rows.map((c) => c.name),
    });
    actAs(t, o.ani);
    expect(await lists()).toEqual({ cases: [o.caseA.number], searchBudi: 0, notes: [o.caseA.number], due: [o.caseA.number], dashboard: 1, referrals: [o.caseA.number], table: 1, clientCases: 1, clients: [SITI.name] });
    actAs(t, o.kora);
    const all = await lists();
    expect(all.cases.sort()).toEqual([o.caseA.number, o.caseB.number].sort());
    expect(all).toMatchObject({ searchBudi: 1, dashboard: 2, table: 2 });
    expect(all.clients).toHaveLength(2);
    expect(all.notes).toHaveLength(2);
    expect(all.referrals).toHaveLength(2);
  });

  it('leaves the photos of a colleague\'s case out of a shared client\'s attachments', async () => {
    // Budi's client also has a case of Ani's: Ani sees the client, not Budi's visit photo.
    t.must('cases:create', { clientId: o.clientB.id, cluster: 'anak', ppksType: 'anak_terlantar', assignedWorkerId: o.ani.id });
    actAs(t, o.ani);
    expect(t.must('attachments:list', { clientId: o.clientB.id })).toEqual([]);
    expect(t.must('clients:get', { id: o.clientB.id }).cases).toHaveLength(1);
    actAs(t, o.budi);
    expect(t.must('attachments:list', { clientId: o.clientB.id })).toHaveLength(1);
  });
});

describe('roles', () => {
  it('koordinator and admin channels refuse the roles below, naming the role needed, and change nothing', async () => {
    const before = dataSnapshot();
    for (const [name, input] of Object.entries(officeWork())) {
      const rule = POLICY[name as ChannelName];
      for (const worker of rule.need === 'admin' ? [o.ani, o.kora] : [o.ani]) {
        actAs(t, worker);
        const r = await call(name, input);
        expect(r.ok ? 'ok' : r.error.code, `${name} as ${worker.role}`).toBe('FORBIDDEN');
        if (!r.ok) expect(r.error.message).toMatch(rule.need === 'admin' ? /^Hanya admin yang dapat .+\. Peran Anda: / : /^Hanya koordinator atau admin /);
      }
    }
    expect(dataSnapshot()).toBe(before);
  });

  it('an admin may do what a koordinator may (one role per person in a small office)', () => {
    // The gate alone: what these channels would then do (backups, imports) is theirs to test.
    for (const worker of [o.adi, o.kora]) {
      actAs(t, worker);
      for (const [name, input] of Object.entries(officeWork())) {
        if (worker === o.kora && POLICY[name as ChannelName].need === 'admin') continue;
        expect(() => authorize(t.ctx, name, input), `${name} as ${worker.role}`).not.toThrow();
      }
    }
  });

  it('access:get tells the renderer what each role may do', () => {
    const view = (w?: typeof o.ani) => {
      if (w) actAs(t, w);
      else actAsSystem(t);
      const { channels } = t.must('access:get', {});
      return [channels['cases:get'], channels['cases:list'], channels['cases:decide-closure'], channels['settings:update'], channels['regions:list']];
    };
    expect(view()).toEqual(['all', 'all', 'all', 'all', 'all']);
    expect(view(o.ani)).toEqual(['own', 'own', 'none', 'none', 'all']);
    expect(view(o.kora)).toEqual(['all', 'all', 'all', 'none', 'all']);
    expect(view(o.adi)).toEqual(['all', 'all', 'all', 'all', 'all']);
  });
});

describe('closing a case', () => {
  it('a pekerja sosial asks, a koordinator returns it with a reason, she asks again, the koordinator approves', () => {
    actAs(t, o.ani);
    let c = t.must('cases:change-status', { id: o.caseA.id, version: o.caseA.version, status: 'selesai', closureReason: 'tujuan_tercapai', reason: 'Klien mandiri dan bekerja.' });
    expect(c.status).toBe('aktif');
    expect(c.closedAt).toBeNull();
    expect(c.closureRequest).toMatchObject({ status: 'selesai', closureReason: 'tujuan_tercapai', requestedBy: o.ani.id });
    expect(c.closureRequestedByName).toBe('Ani Pratiwi');
    expect(t.invoke('cases:decide-closure', { id: c.id, version: c.version, decision: 'setujui' }).ok).toBe(false);

    actAs(t, o.kora);
    expect(t.must('cases:list', { closureRequested: true }).rows.map((r) => r.id)).toEqual([c.id]);
    const noReason = t.invoke('cases:decide-closure', { id: c.id, version: c.version, decision: 'kembalikan' });
    expect(noReason.ok || noReason.error.fields?.[0].path).toBe('note');
    c = t.must('cases:decide-closure', { id: c.id, version: c.version, decision: 'kembalikan', note: 'Kunjungi sekali lagi setelah bulan pertama bekerja.' });
    expect(c.closureRequest).toBeNull();
    expect(c.status).toBe('aktif');
    expect(t.must('cases:list', { closureRequested: true }).total).toBe(0);

    actAs(t, o.ani);
    c = t.must('cases:change-status', { id: c.id, version: c.version, status: 'selesai', closureReason: 'tujuan_tercapai', reason: 'Sudah dikunjungi: tetap bekerja.' });
    actAs(t, o.kora);
    c = t.must('cases:decide-closure', { id: c.id, version: c.version, decision: 'setujui' });
    expect(c).toMatchObject({ status: 'selesai', closureReason: 'tujuan_tercapai', closedAt: '2026-11-28', closureRequest: null });
    expect(t.invoke('cases:decide-closure', { id: c.id, version: c.version, decision: 'setujui' }).ok || 'conflict').toBe('conflict');

    const events = t.must('timeline:list', { caseId: c.id, kinds: ['kasus', 'status'] }).events.map((e) => [e.kind, e.actorName, e.data.event ?? e.data.to, e.data.reason]);
    expect(events.slice(0, 4)).toEqual([
      ['status', 'Kartika Sari', 'selesai', 'Sudah dikunjungi: tetap bekerja.'],
      ['kasus', 'Ani Pratiwi', 'penutupan_diajukan', 'Sudah dikunjungi: tetap bekerja.'],
      ['kasus', 'Kartika Sari', 'penutupan_dikembalikan', 'Kunjungi sekali lagi setelah bulan pertama bekerja.'],
      ['kasus', 'Ani Pratiwi', 'penutupan_diajukan', 'Klien mandiri dan bekerja.'],
    ]);
    expect(t.must('timeline:list', { caseId: c.id, kinds: ['status'] }).events[0].data.approvedRequest).toBe(true);
  });

  it('a koordinator closes a case directly, and reopening needs no approval', () => {
    actAs(t, o.kora);
    const closed = t.must('cases:change-status', { id: o.caseA.id, version: o.caseA.version, status: 'pindah', closureReason: 'pindah_domisili', reason: 'Pindah ke Surabaya.' });
    expect(closed.status).toBe('pindah');
    actAs(t, o.ani);
    expect(t.must('cases:change-status', { id: closed.id, version: closed.version, status: 'aktif', reason: 'Kembali ke Semarang.' }).status).toBe('aktif');
  });
});
