import { createHash, createHmac } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main as cli } from '../../electron/cli/main';
import { createCore } from '../../electron/core/core';
import { allHandlers } from '../../electron/core/registry';
import { recordLock, recordUnlock } from '../../electron/core/audit/session';
import { backupIfDue } from '../../electron/core/backups/backup';
import { AppError } from '../../shared/result';
import { makeAccount } from '../../electron/vault/vault';
import { readKeyring, writeKeyring } from '../../electron/vault/keyring';
import { TEST_LOGIN, TEST_PASSPHRASE, addTestAccount } from '../helpers/accounts';
import { SITI, TEST_KEY, tempCore } from '../helpers/temp-core';

type Row = { seq: number; id: string; actor_id: string | null; role: string; action: string; channel: string; entity: string | null; entity_ids: string | null; client_id: string | null; case_id: string | null; outcome: string; detail: string; prev_hash: string; hash: string; at: string };

let t: ReturnType<typeof tempCore>;
let ani: { id: string };
beforeEach(() => {
  t = tempCore();
  ani = t.must('workers:create', { name: 'Ani Lestari', role: 'pekerja_sosial' });
  t.must('session:set-worker', { workerId: ani.id });
});
afterEach(() => t.cleanup());

const rows = (): Row[] => t.db.prepare(`SELECT * FROM audit_log ORDER BY seq`).all() as Row[];
const lastRow = (): Row => t.db.prepare(`SELECT * FROM audit_log ORDER BY seq DESC LIMIT 1`).get() as Row;
const count = () => (t.db.prepare(`SELECT count(*) AS n FROM audit_log`).get() as { n: number }).n;

/** A client with a case assigned to Ani. */
function clientWithCase() {
  const client = t.must('clients:create', SITI).client;
  const kase = t.must('cases:create', { clientId: client.id, cluster: 'anak', ppksType: 'anak_terlantar', assignedWorkerId: ani.id });
  return { client, kase };
}

describe('recording', () => {
  it('a change, an opening of a record and an export each leave one row with the right action and actor', async () => {
    const before = count();
    const client = t.must('clients:create', SITI).client;
    expect(count()).toBe(before + 1);
    expect(lastRow()).toMatchObject({ action: 'ubah', channel: 'clients:create', entity: 'client', client_id: client.id, actor_id: ani.id, outcome: 'ok' });

    const kase = t.must('cases:create', { clientId: client.id, cluster: 'anak', ppksType: 'anak_terlantar', assignedWorkerId: ani.id });
    const opened = count();
    t.must('cases:get', { id: kase.id });
    expect(count()).toBe(opened + 1);
    expect(lastRow()).toMatchObject({ action: 'buka_catatan', channel: 'cases:get', entity: 'case', case_id: kase.id, client_id: client.id, actor_id: ani.id, outcome: 'ok' });

    const exported = count();
    await t.mustAsync('exports:case-json', { caseIds: [kase.id], password: 'rahasia-sekali-123' });
    expect(count()).toBe(exported + 1);
    const row = lastRow();
    expect(row).toMatchObject({ action: 'ekspor', channel: 'exports:case-json', case_id: kase.id, actor_id: ani.id });
    expect(JSON.parse(row.entity_ids!)).toEqual([kase.id]);
    expect(JSON.parse(row.detail)).toMatchObject({ format: 'json', sealed: true, deidentified: false, caseCount: 1 });
  });

  it("never puts the client's name, NIK or a password in the trail", async () => {
    const { client, kase } = clientWithCase();
    t.must('clients:update', { id: client.id, version: client.version, client: { ...SITI, name: 'Siti Aminah Rahayu', phone: '081234567890' } });
    t.must('clients:get', { id: client.id });
    t.must('timeline:list', { caseId: kase.id });
    await t.mustAsync('exports:case-json', { caseIds: [kase.id], password: 'kata-sandi-rahasia' });
    await t.mustAsync('exports:table', { table: 'clients', format: 'csv', caseIds: [kase.id] });
    t.call('clients:create', SITI); // a NIK conflict: recorded as a failure
    const everything = JSON.stringify(rows());
    for (const secret of ['Siti', 'Rahayu', 'Aminah', SITI.nik, '081234567890', 'kata-sandi-rahasia', SITI.birthDate]) {
      expect(everything).not.toContain(secret);
    }
  });

  it('a refused change is recorded as a failure, and the change itself is not stored', () => {
    clientWithCase();
    const before = count();
    const r = t.call('clients:create', SITI);
    expect(r.ok || r.error.code).toBe('CONFLICT');
    expect(count()).toBe(before + 1);
    expect(lastRow()).toMatchObject({ action: 'ubah', channel: 'clients:create', outcome: 'galat' });
    expect(JSON.parse(lastRow().detail)).toEqual({ code: 'CONFLICT' });
  });

  it("a pekerja sosial opening another worker's case is refused (FORBIDDEN) and the attempt is in the trail", () => {
    const budi = t.must('workers:create', { name: 'Budi Santoso', role: 'pekerja_sosial' });
    const { kase } = clientWithCase(); // Ani's case
    t.ctx.actor = { kind: 'worker', workerId: budi.id, role: 'pekerja_sosial' };
    const r = t.call('cases:get', { id: kase.id });
    expect(r.ok || r.error.code).toBe('FORBIDDEN');
    expect(lastRow()).toMatchObject({ action: 'buka_catatan', channel: 'cases:get', case_id: kase.id, actor_id: budi.id, role: 'pekerja_sosial', outcome: 'ditolak' });
    // Nor may she read the trail; that attempt is recorded too.
    expect(t.call('audit:list', {}).ok).toBe(false);
    expect(lastRow()).toMatchObject({ action: 'ditolak', channel: 'audit:list', actor_id: budi.id, outcome: 'ditolak' });
    t.ctx.actor = { kind: 'worker', workerId: ani.id, role: 'koordinator' };
    const listed = t.must('audit:list', { outcome: 'ditolak' });
    expect(listed.entries.map((e) => [e.actorName, e.channel, e.caseNumber])).toEqual([
      ['Budi Santoso', 'audit:list', null],
      ['Budi Santoso', 'cases:get', kase.number],
    ]);
  });

  it('unlocks, locks and failed unlocks (kept while the data was closed) are recorded', () => {
    t.ctx.actor = { kind: 'worker', workerId: ani.id, role: 'pekerja_sosial' };
    recordUnlock(t.ctx, {
      via: 'passphrase',
      workerId: ani.id,
      failedBefore: [{ at: '2026-11-27T23:59:00.000Z', kind: 'unlock-failed', entry: 'a1b2c3d4e5f6' }, { at: '2026-11-28T00:00:30.000Z', kind: 'unlock-failed', entry: null }],
    });
    t.must('cases:list', {}); // the session's first success writes the unlock
    recordLock(t.ctx, 'idle');
    const last = rows().slice(-4);
    expect(last.map((r) => [r.action, r.outcome, r.actor_id])).toEqual([
      ['gagal_buka_kunci', 'ditolak', null],
      ['gagal_buka_kunci', 'ditolak', null],
      ['buka_kunci', 'ok', ani.id],
      ['kunci', 'ok', ani.id],
    ]);
    expect(JSON.parse(last[0].detail)).toEqual({ attemptedAt: '2026-11-27T23:59:00.000Z', kind: 'unlock-failed', entry: 'a1b2c3d4e5f6' });
    expect(JSON.parse(last[2].detail)).toEqual({ via: 'passphrase', unlockedAt: '2026-11-28T03:00:00.000Z' });
    expect(JSON.parse(last[3].detail)).toEqual({ reason: 'idle' });
    t.ctx.actor = { kind: 'system' };
    expect(t.must('audit:verify', {}).ok).toBe(true);
  });

  it('a session in which nothing succeeds writes nothing, so a damaged store is left as it was', () => {
    const before = count();
    recordUnlock(t.ctx, { via: 'passphrase', workerId: ani.id, failedBefore: [] });
    expect(t.call('cases:get', { id: '01ARZ3NDEKTSV4RRFFQ69G5FAV' }).ok).toBe(false); // NOT_FOUND: recorded, after the unlock
    expect(rows().slice(before).map((r) => [r.action, r.outcome])).toEqual([
      ['buka_kunci', 'ok'],
      ['buka_catatan', 'galat'],
    ]);
    recordLock(t.ctx, 'manual');
    const quiet = count();
    recordUnlock(t.ctx, { via: 'passphrase', workerId: ani.id, failedBefore: [] });
    recordLock(t.ctx, 'manual');
    expect(count()).toBe(quiet);
  });

  it('a refused call is recorded as ditolak for any channel, with what was needed', () => {
    const { kase } = clientWithCase();
    // A stand-in for the role check: this test is about what the trail keeps of a refusal.
    const refuse = (need: string) => () => {
      throw new AppError('FORBIDDEN', 'Akses ditolak.', { details: { need } });
    };
    const gated = createCore(t.ctx, { ...allHandlers, 'cases:get': refuse('own_case'), 'dashboard:summary': refuse('koordinator') } as typeof allHandlers);
    expect(gated.call('cases:get', { id: kase.id }).ok).toBe(false);
    expect(lastRow()).toMatchObject({ action: 'buka_catatan', channel: 'cases:get', case_id: kase.id, outcome: 'ditolak', actor_id: ani.id });
    expect(JSON.parse(lastRow().detail)).toEqual({ code: 'FORBIDDEN', need: 'own_case' });
    // A channel not recorded on success still leaves its refusal.
    expect(gated.call('dashboard:summary', {}).ok).toBe(false);
    expect(lastRow()).toMatchObject({ action: 'ditolak', channel: 'dashboard:summary', outcome: 'ditolak' });
  });

  it('a backup and a restore are recorded, and the restored store carries its chain on', async () => {
    clientWithCase();
    const made = await t.mustAsync('backup:create', {});
    const name = made.file.split(/[\\/]/).pop()!;
    expect(lastRow()).toMatchObject({ action: 'cadangan', channel: 'backup:create', entity: 'store', outcome: 'ok' });
    expect(JSON.parse(lastRow().detail)).toMatchObject({ file: name });
    t.must('cases:list', {}); // not recorded, and gone with the restore anyway
    t.must('backup:restore', { name });
    expect(lastRow()).toMatchObject({ action: 'pulihkan', channel: 'backup:restore', entity: 'store', actor_id: ani.id });
    expect(JSON.parse(lastRow().detail)).toMatchObject({ name, safetyCopy: expect.stringMatching(/^\S+$/) });
    expect(t.must('audit:verify', {})).toMatchObject({ ok: true, count: count() });
  });

  it('bad input is not recorded: nothing was opened or changed', () => {
    const before = count();
    expect(t.call('cases:get', { id: 'not-an-id' }).ok).toBe(false);
    expect(count()).toBe(before);
  });
});

describe('audit:list', () => {
  it('filters by action, worker, case and outcome, newest first, and pages by seq', () => {
    const { client, kase } = clientWithCase();
    for (let i = 0; i < 5; i++) t.must('cases:get', { id: kase.id });
    t.must('clients:get', { id: client.id });
    const opened = t.must('audit:list', { action: 'buka_catatan' });
    expect(opened.entries).toHaveLength(6);
    expect(opened.entries[0].channel).toBe('clients:get');
    expect(opened.entries.map((e) => e.seq)).toEqual([...opened.entries.map((e) => e.seq)].sort((a, b) => b - a));

    const first = t.must('audit:list', { caseId: kase.id, limit: 3 });
    expect(first.entries).toHaveLength(3);
    const second = t.must('audit:list', { caseId: kase.id, limit: 3, before: first.next! });
    expect(second.entries.every((e) => e.seq < first.entries[2].seq)).toBe(true);
    expect([...first.entries, ...second.entries].every((e) => e.caseId === kase.id)).toBe(true);

    expect(t.must('audit:list', { workerId: ani.id }).entries.length).toBeGreaterThan(6);
    expect(t.must('audit:list', { outcome: 'galat' }).entries).toEqual([]);
    expect(t.must('audit:list', { from: '2026-11-28', to: '2026-11-28' }).entries.length).toBe(count());
    expect(t.must('audit:list', { from: '2026-11-29' }).entries).toEqual([]);
  });
});

describe('audit verify', () => {
  /** A few rows of every kind, then the raw driver, as someone editing the file would use it. */
  function someHistory() {
    const { client, kase } = clientWithCase();
    t.must('clients:get', { id: client.id });
    t.must('cases:get', { id: kase.id });
    t.must('timeline:list', { caseId: kase.id });
    return count();
  }
  const verify = () => t.must('audit:verify', {});

  it('a chain written by the app is whole', () => {
    const n = someHistory();
    expect(verify()).toMatchObject({ ok: true, count: n, problems: [], problemCount: 0, head: { seq: n } });
  });

  it('the triggers refuse UPDATE and DELETE through SQL', () => {
    someHistory();
    expect(() => t.db.prepare(`UPDATE audit_log SET actor_id = NULL WHERE seq = 2`).run()).toThrow(/tidak dapat diubah/);
    expect(() => t.db.prepare(`DELETE FROM audit_log WHERE seq = 2`).run()).toThrow(/tidak dapat dihapus/);
  });

  it('an edited field names its row as altered', () => {
    someHistory();
    t.db.exec(`DROP TRIGGER audit_log_no_update`);
    t.db.prepare(`UPDATE audit_log SET actor_id = ? WHERE seq = 3`).run('01ARZ3NDEKTSV4RRFFQ69G5FAV');
    const r = verify();
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual([expect.objectContaining({ seq: 3, kind: 'diubah' })]);
  });

  it('an edited row with a plain SHA-256 recomputed in place of the seal is still named', () => {
    someHistory();
    t.db.exec(`DROP TRIGGER audit_log_no_update`);
    const row = t.db.prepare(`SELECT * FROM audit_log WHERE seq = 2`).get() as Row;
    const forged = createHash('sha256').update(row.prev_hash + 'x').digest('hex');
    t.db.prepare(`UPDATE audit_log SET outcome = 'galat', hash = ? WHERE seq = 2`).run(forged);
    expect(verify().problems).toEqual([expect.objectContaining({ seq: 2, kind: 'diubah' })]);
  });

  it('a deleted middle row is named', () => {
    someHistory();
    t.db.exec(`DROP TRIGGER audit_log_no_delete`);
    t.db.prepare(`DELETE FROM audit_log WHERE seq = 3`).run();
    expect(verify().problems).toEqual([expect.objectContaining({ seq: 3, kind: 'dihapus' })]);
  });

  it('deleting the newest rows is detected against the sealed head', () => {
    const n = someHistory();
    t.db.exec(`DROP TRIGGER audit_log_no_delete`);
    t.db.prepare(`DELETE FROM audit_log WHERE seq >= ?`).run(n - 1);
    const r = verify();
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual([expect.objectContaining({ seq: n - 1, toSeq: n, kind: 'dihapus' })]);
  });

  it('moving the head back to hide deleted rows breaks its seal', () => {
    const n = someHistory();
    t.db.exec(`DROP TRIGGER audit_log_no_delete; DROP TRIGGER audit_head_forward_only`);
    t.db.prepare(`DELETE FROM audit_log WHERE seq = ?`).run(n);
    const prev = t.db.prepare(`SELECT hash FROM audit_log WHERE seq = ?`).get(n - 1) as { hash: string };
    t.db.prepare(`UPDATE audit_head SET seq = ?, hash = ?`).run(n - 1, prev.hash);
    expect(verify().problems).toEqual([expect.objectContaining({ seq: n - 1, kind: 'diubah' })]);
  });

  it('a forged row appended with SQL is named as inserted, even sealed with the raw store key', () => {
    const n = someHistory();
    const last = lastRow();
    const forged = { ...last, seq: n + 1, id: '01ARZ3NDEKTSV4RRFFQ69G5FAV', action: 'ubah', prev_hash: last.hash };
    forged.hash = createHmac('sha256', TEST_KEY).update(`${forged.prev_hash}\n${forged.seq}`).digest('hex');
    t.db
      .prepare(
        `INSERT INTO audit_log (seq, id, at, actor_id, role, action, channel, entity, entity_ids, client_id, case_id, outcome, detail, prev_hash, hash)
         VALUES (@seq, @id, @at, @actor_id, @role, @action, @channel, @entity, @entity_ids, @client_id, @case_id, @outcome, @detail, @prev_hash, @hash)`,
      )
      .run(forged);
    expect(verify().problems).toEqual([expect.objectContaining({ seq: n + 1, kind: 'disisipkan' })]);
  });

  it('the app keeps recording after a broken row, and only the broken row is named', () => {
    someHistory();
    t.db.exec(`DROP TRIGGER audit_log_no_update`);
    t.db.prepare(`UPDATE audit_log SET channel = 'x' WHERE seq = 2`).run();
    t.must('clients:get', { id: (t.db.prepare(`SELECT id FROM clients`).get() as { id: string }).id });
    const r = verify();
    expect(r.count).toBe(count());
    expect(r.problems.map((p) => [p.seq, p.kind])).toEqual([[2, 'diubah']]);
  });
});

describe('the command line', () => {
  /** `pendamping …` in this process, unlocked with an account as a person would; what it printed. */
  const run = async (login: string, ...args: string[]) => {
    const out: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((s: string) => void out.push(s));
    const err = vi.spyOn(console, 'error').mockImplementation((s: string) => void out.push(s));
    Object.assign(process.env, { PENDAMPING_USER: login, PENDAMPING_PASSPHRASE: TEST_PASSPHRASE });
    try {
      const code = await cli([...args, '--data-dir', t.dir]);
      return { code, text: out.join('\n') };
    } finally {
      log.mockRestore();
      err.mockRestore();
      delete process.env.PENDAMPING_USER;
      delete process.env.PENDAMPING_PASSPHRASE;
    }
  };
  beforeEach(() => addTestAccount(t));

  it('`audit verify` exits 0 with the row count when whole, and 1 naming the altered row after a direct edit', async () => {
    clientWithCase();
    const whole = await run(TEST_LOGIN, 'audit', 'verify');
    expect(whole.code).toBe(0);
    expect(whole.text).toMatch(/^Jejak audit utuh: \d+ baris\.$/);
    expect(Number(/(\d+) baris/.exec(whole.text)![1])).toBeGreaterThanOrEqual(5);

    t.db.exec(`DROP TRIGGER audit_log_no_update`);
    t.db.prepare(`UPDATE audit_log SET outcome = 'ditolak' WHERE seq = 2`).run();
    const broken = await run(TEST_LOGIN, 'audit', 'verify');
    expect(broken.code).toBe(1);
    expect(broken.text).toContain('Jejak audit TIDAK utuh: 1 masalah');
    expect(broken.text).toContain('Baris 2: diubah');
  });

  it('`pendamping backup` and the automatic backups, which pass no channel, are recorded too', async () => {
    clientWithCase();
    expect((await run(TEST_LOGIN, 'backup', '--out', join(t.dir, 'cadangan saya.db'))).code).toBe(0);
    expect((await run(TEST_LOGIN, 'backup')).code).toBe(0);
    const cli = t.db.prepare(`SELECT * FROM audit_log WHERE channel = 'cli:backup' ORDER BY seq`).all() as Row[];
    expect(cli.map((r) => [r.action, r.entity, r.outcome, r.role])).toEqual([
      ['cadangan', 'store', 'ok', 'admin'],
      ['cadangan', 'store', 'ok', 'admin'],
    ]);
    expect(JSON.parse(cli[0].detail)).toEqual({ file: 'cadangan_saya.db' });
    expect(JSON.parse(cli[1].detail).file).toMatch(/^pendamping-/);

    t.clock.set('2026-12-01T03:00:00.000Z');
    expect(backupIfDue(t.ctx)).toBe(true);
    expect(lastRow()).toMatchObject({ action: 'cadangan', channel: 'otomatis', actor_id: null, role: 'sistem' });
    expect(t.must('audit:verify', {}).ok).toBe(true);
  });

  it('`audit list` shows the newest rows, filtered by action', async () => {
    const { kase } = clientWithCase();
    t.must('cases:get', { id: kase.id });
    const listed = await run(TEST_LOGIN, 'audit', 'list', '--action', 'buka_catatan');
    expect(listed.code).toBe(0);
    expect(listed.text).toContain('cases:get');
    expect(listed.text).toContain(kase.number);
    expect(listed.text).not.toContain('clients:create');
  });

  it('each command unlocks and locks on the record; a wrong passphrase is recorded at the next unlock', async () => {
    const admin = (t.db.prepare(`SELECT id FROM workers WHERE role = 'admin'`).get() as { id: string }).id;
    const wrong = await (async () => {
      process.env.PENDAMPING_USER = TEST_LOGIN;
      process.env.PENDAMPING_PASSPHRASE = 'bukan frasa sandi yang benar';
      const err = vi.spyOn(console, 'error').mockImplementation(() => {});
      try {
        return await cli(['audit', 'verify', '--data-dir', t.dir]);
      } finally {
        err.mockRestore();
        delete process.env.PENDAMPING_USER;
        delete process.env.PENDAMPING_PASSPHRASE;
      }
    })();
    expect(wrong).not.toBe(0);
    expect(rows().filter((r) => r.action === 'gagal_buka_kunci')).toEqual([]); // the data was closed: kept in the keyring

    expect((await run(TEST_LOGIN, 'audit', 'verify')).code).toBe(0);
    const session = rows().filter((r) => r.entity === 'session' && r.channel !== 'session:set-worker');
    expect(session.map((r) => [r.action, r.outcome, r.actor_id])).toEqual([
      ['gagal_buka_kunci', 'ditolak', null],
      ['buka_kunci', 'ok', admin],
      ['kunci', 'ok', admin],
    ]);
    expect(JSON.parse(session[0].detail)).toMatchObject({ kind: 'unlock-failed', attemptedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) });
    expect(t.must('audit:verify', {}).ok).toBe(true);
  });

  it("a pekerja sosial cannot read another worker's case through `pendamping call` (FORBIDDEN), and the attempt is in the trail", async () => {
    const { kase } = clientWithCase(); // Ani's case
    const budi = t.must('workers:create', { name: 'Budi Santoso', role: 'pekerja_sosial' });
    const keyring = readKeyring(t.dir)!;
    keyring.accounts.push(await makeAccount(keyring, TEST_KEY, { workerId: budi.id, login: 'budi', passphrase: TEST_PASSPHRASE }, t.clock.now()));
    writeKeyring(t.dir, keyring);

    const r = await run('budi', 'call', 'cases:get', JSON.stringify({ id: kase.id }));
    expect(r.code).toBe(1);
    expect(JSON.parse(r.text.slice(r.text.indexOf('{')))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const attempt = t.db.prepare(`SELECT * FROM audit_log WHERE channel = 'cases:get' AND outcome = 'ditolak'`).all() as Row[];
    expect(attempt).toEqual([expect.objectContaining({ action: 'buka_catatan', actor_id: budi.id, role: 'pekerja_sosial', case_id: kase.id })]);
    expect(t.must('audit:verify', {}).ok).toBe(true);
  });
});
