import Database from 'better-sqlite3-multiple-ciphers';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseTooNewError, loadMigrations, migrate } from '../../electron/db/migrate';
import { openEncrypted } from '../../electron/db/open';
import { defaultMigrationsDir } from '../../electron/db/store';
import { TEST_KEY } from '../helpers/temp-core';

const migrations = loadMigrations(defaultMigrationsDir());
const freshDb = () => openEncrypted(join(mkdtempSync(join(tmpdir(), 'pendamping-mig-')), 'm.db'), TEST_KEY);
const tables = (db: Database.Database) =>
  (db.prepare(`SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name`).all() as { name: string }[]).map((r) => r.name);

describe('migrations', () => {
  it('are numbered 1, 2, 3 … without gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('0001-init creates the schema on an empty file and records version 1', () => {
    const db = freshDb();
    expect(migrate(db, migrations, 1)).toBe(1);
    expect(tables(db)).toEqual(expect.arrayContaining(['cases', 'change_log', 'clients', 'counters', 'meta', 'regions', 'settings', 'workers']));
    // The FTS index follows inserts through its trigger.
    db.prepare(`INSERT INTO clients (id, name, sex, created_at, updated_at) VALUES ('a', 'Budi Santoso', 'L', 'x', 'x')`).run();
    expect(db.prepare(`SELECT rowid FROM clients_fts WHERE clients_fts MATCH '"san"*'`).all()).toHaveLength(1);
    db.close();
  });

  it('0002-visits-timeline adds visits, pasung, devices, services, tasks, attachments and a risk on existing cases', () => {
    const db = freshDb();
    migrate(db, migrations, 1);
    // A case in the shape of schema 1.
    db.prepare(`INSERT INTO clients (id, name, sex, created_at, updated_at) VALUES ('k1', 'Siti', 'P', 't', 't')`).run();
    db.prepare(
      `INSERT INTO cases (id, number, client_id, cluster, ppks_type, stage, stage_order, status, opened_at, created_at, updated_at)
       VALUES ('c1', '1/2026', 'k1', 'anak', 'anak_terlantar', 'asesmen', 1, 'aktif', '2026-01-01', 't', 't')`,
    ).run();
    expect(migrate(db, migrations, 2)).toBe(2);
    expect(tables(db)).toEqual(expect.arrayContaining(['visits', 'pasung_episodes', 'pasung_status_events', 'devices', 'services', 'tasks', 'attachments', 'attachment_data']));
    expect(db.prepare(`SELECT number, stage, risk FROM cases`).get()).toEqual({ number: '1/2026', stage: 'asesmen', risk: null });
    db.prepare(`INSERT INTO visits (id, case_id, type, visited_at, note, created_at, updated_at) VALUES ('v1', 'c1', 'kunjungan_rumah', 't', 'minum obat teratur', 't', 't')`).run();
    expect(db.prepare(`SELECT rowid FROM visits_fts WHERE visits_fts MATCH '"oba"*'`).all()).toHaveLength(1);
    db.close();
  });

  it('0004-case-search indexes existing cases by client name, NIK and number, and follows renames', () => {
    const db = freshDb();
    migrate(db, migrations, 3);
    db.prepare(`INSERT INTO clients (id, name, nik, sex, created_at, updated_at) VALUES ('k1', 'Siti Rahayu', '3374105203850001', 'P', 't', 't')`).run();
    db.prepare(
      `INSERT INTO cases (id, number, client_id, cluster, ppks_type, stage, stage_order, status, opened_at, created_at, updated_at)
       VALUES ('c1', '0007/RS/2026', 'k1', 'anak', 'anak_terlantar', 'asesmen', 1, 'aktif', '2026-01-01', 't', 't')`,
    ).run();
    migrate(db, migrations, 4);
    const find = (q: string) => db.prepare(`SELECT c.id FROM cases_fts f JOIN cases c ON c.rowid = f.rowid WHERE cases_fts MATCH ?`).all(q);
    expect(find('"rah"*')).toEqual([{ id: 'c1' }]);
    expect(find('"337410"*')).toEqual([{ id: 'c1' }]);
    expect(find('"0007"*')).toEqual([{ id: 'c1' }]);
    db.prepare(`UPDATE clients SET name = 'Siti Aminah' WHERE id = 'k1'`).run();
    expect(find('"rah"*')).toEqual([]);
    expect(find('"amin"*')).toEqual([{ id: 'c1' }]);
    db.close();
  });

  it('accounts changes no table: accounts live in keyring.json beside the store', () => {
    const accounts = migrations.find((m) => m.name === 'accounts')!.version;
    const db = freshDb();
    migrate(db, migrations, accounts - 1);
    const schema = () => db.prepare(`SELECT type, name, sql FROM sqlite_master ORDER BY name`).all();
    const before = schema();
    expect(migrate(db, migrations, accounts)).toBe(accounts);
    expect(schema()).toEqual(before);
    db.close();
  });

  it('case-owner records who opened each existing case, from the change log, and adds the closure request', () => {
    const db = freshDb();
    const own = migrations.find((m) => m.name === 'case-owner')!.version;
    migrate(db, migrations, own - 1);
    db.prepare(`INSERT INTO workers (id, name, role, active, created_at) VALUES ('w1', 'Ani', 'pekerja_sosial', 1, 't')`).run();
    db.prepare(`INSERT INTO clients (id, name, sex, created_at, updated_at) VALUES ('k1', 'Siti', 'P', 't', 't')`).run();
    const kase = db.prepare(
      `INSERT INTO cases (id, number, client_id, cluster, ppks_type, stage, stage_order, status, opened_at, created_at, updated_at)
       VALUES (?, ?, 'k1', 'anak', 'anak_terlantar', 'asesmen', 1, 'aktif', '2026-01-01', 't', 't')`,
    );
    const log = db.prepare(`INSERT INTO change_log (id, entity, entity_id, action, changes, actor_id, device_id, at) VALUES (?, 'case', ?, ?, '{}', ?, 'd', ?)`);
    kase.run('c1', '1/2026');
    log.run('l1', 'c1', 'create', 'w1', '2026-01-01T01:00:00Z');
    log.run('l2', 'c1', 'update', 'w9', '2026-01-02T01:00:00Z');
    // Typed in before any worker profile existed, and one by a worker from another office.
    kase.run('c2', '2/2026');
    log.run('l3', 'c2', 'create', null, '2026-01-01T01:00:00Z');
    kase.run('c3', '3/2026');
    log.run('l4', 'c3', 'create', 'w-elsewhere', '2026-01-01T01:00:00Z');
    migrate(db, migrations, own);
    expect(db.prepare(`SELECT id, opened_by, closure_request FROM cases ORDER BY id`).all()).toEqual([
      { id: 'c1', opened_by: 'w1', closure_request: null },
      { id: 'c2', opened_by: null, closure_request: null },
      { id: 'c3', opened_by: null, closure_request: null },
    ]);
    expect(() => db.prepare(`UPDATE cases SET closure_request = 'not json' WHERE id = 'c1'`).run()).toThrow(/CHECK/);
    db.close();
  });

  it('audit adds the append-only audit trail: rows cannot be updated or deleted, the head only moves one row forward', () => {
    const audit = migrations.find((m) => m.name === 'audit')!.version;
    const db = freshDb();
    migrate(db, migrations, audit - 1);
    expect(migrate(db, migrations, audit)).toBe(audit);
    expect(tables(db)).toEqual(expect.arrayContaining(['audit_log', 'audit_head']));
    expect(db.prepare(`SELECT seq, mac FROM audit_head`).get()).toEqual({ seq: 0, mac: '' });
    db.prepare(
      `INSERT INTO audit_log (seq, id, at, role, action, channel, outcome, prev_hash, hash) VALUES (1, 'a1', 't', 'sistem', 'ubah', 'clients:create', 'ok', 'p', 'h')`,
    ).run();
    expect(() => db.prepare(`UPDATE audit_log SET role = 'admin'`).run()).toThrow(/tidak dapat diubah/);
    expect(() => db.prepare(`DELETE FROM audit_log`).run()).toThrow(/tidak dapat dihapus/);
    expect(() => db.prepare(`UPDATE audit_head SET seq = 2`).run()).toThrow(/hanya maju satu baris/);
    db.prepare(`UPDATE audit_head SET seq = 1, hash = 'h', mac = 'm'`).run();
    expect(() => db.prepare(`DELETE FROM audit_head`).run()).toThrow(/tidak dapat dihapus/);
    expect(() => db.prepare(`INSERT INTO audit_log (seq, id, at, role, action, channel, outcome, prev_hash, hash) VALUES (2, 'a2', 't', 'x', 'x', 'x', 'mungkin', 'p', 'h')`).run()).toThrow(/CHECK/);
    db.close();
  });

  it('consent adds consent records and erasure requests, and an erased mark on existing clients', () => {
    const consent = migrations.find((m) => m.name === 'consent')!.version;
    const db = freshDb();
    migrate(db, migrations, consent - 1);
    db.prepare(`INSERT INTO clients (id, name, sex, created_at, updated_at) VALUES ('k1', 'Siti', 'P', 't', 't')`).run();
    expect(migrate(db, migrations, consent)).toBe(consent);
    expect(db.prepare(`SELECT name, erased_at FROM clients`).get()).toEqual({ name: 'Siti', erased_at: null });
    // A guardian's consent names the guardian; a withdrawal has a date and a reason together.
    const consentRow = (givenBy: string, guardian: string | null, withdrawn: string | null, reason: string | null) => () =>
      db.prepare(`INSERT INTO consents (id, client_id, purpose, given_by, guardian_name, given_on, withdrawn_on, withdrawal_reason, created_at, updated_at)
                  VALUES (?, 'k1', 'rujukan', ?, ?, '2026-01-01', ?, ?, 't', 't')`).run(`c${Math.random()}`, givenBy, guardian, withdrawn, reason);
    expect(consentRow('klien', null, null, null)).not.toThrow();
    expect(consentRow('wali', null, null, null)).toThrow(/CHECK/);
    expect(consentRow('klien', null, '2026-02-01', null)).toThrow(/CHECK/);
    // One waiting erasure request per client.
    const request = (id: string, status: string) => () =>
      db.prepare(`INSERT INTO erasure_requests (id, client_id, reason, status, requested_at) VALUES (?, 'k1', 'permintaan_klien', ?, 't')`).run(id, status);
    expect(request('r1', 'menunggu')).not.toThrow();
    expect(request('r2', 'menunggu')).toThrow(/UNIQUE/);
    expect(request('r3', 'ditolak')).not.toThrow();
    db.close();
  });

  it('case-list-indexes places existing cases by their client\'s village and keeps the places true', () => {
    const version = migrations.find((m) => m.name === 'case-list-indexes')!.version;
    const db = freshDb();
    migrate(db, migrations, version - 1);
    db.prepare(`INSERT INTO clients (id, name, sex, village_code, created_at, updated_at) VALUES ('k1', 'Siti', 'P', '33.74.10.1001', 't', 't')`).run();
    db.prepare(
      `INSERT INTO cases (id, number, client_id, cluster, ppks_type, stage, stage_order, status, opened_at, created_at, updated_at)
       VALUES ('c1', '1/2026', 'k1', 'anak', 'anak_terlantar', 'asesmen', 1, 'aktif', '2026-01-01', 't', 't')`,
    ).run();
    migrate(db, migrations, version);
    const places = () => db.prepare(`SELECT village_code, opened_at, case_id FROM case_places ORDER BY case_id`).all();
    expect(places()).toEqual([{ village_code: '33.74.10.1001', opened_at: '2026-01-01', case_id: 'c1' }]);
    db.prepare(
      `INSERT INTO cases (id, number, client_id, cluster, ppks_type, stage, stage_order, status, opened_at, created_at, updated_at)
       VALUES ('c2', '2/2026', 'k1', 'anak', 'anak_terlantar', 'asesmen', 1, 'aktif', '2026-02-01', 't', 't')`,
    ).run();
    db.prepare(`UPDATE clients SET village_code = '31.71.01.1001' WHERE id = 'k1'`).run();
    expect(places()).toEqual([
      { village_code: '31.71.01.1001', opened_at: '2026-01-01', case_id: 'c1' },
      { village_code: '31.71.01.1001', opened_at: '2026-02-01', case_id: 'c2' },
    ]);
    // Counting a filtered list reads the covering index, not the table.
    const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT count(*) FROM cases c WHERE c.status = 'aktif' AND c.cluster = 'anak'`).all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/COVERING INDEX cases_by_filters/);
    db.close();
  });

  it('follow-up-index lets a worker\'s open follow-ups be read by worker and due date', () => {
    const version = migrations.find((m) => m.name === 'follow-up-index')!.version;
    const db = freshDb();
    migrate(db, migrations, version);
    const plan = db
      .prepare(`EXPLAIN QUERY PLAN SELECT id FROM tasks WHERE status = 'terbuka' AND assigned_worker_id = 'w1' AND due_date <= '2026-12-01'`)
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/tasks_open_by_worker/);
    db.close();
  });

  it('relapse-index lets Beranda find recent relapses without reading every visit', () => {
    const version = migrations.find((m) => m.name === 'relapse-index')!.version;
    const db = freshDb();
    migrate(db, migrations, version);
    const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT case_id FROM visits WHERE relapse_date >= '2026-10-29'`).all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/visits_relapses/);
    db.close();
  });

  it("due-list-indexes sorts a worker's follow-ups and finds her waiting referrals from index entries alone", () => {
    const version = migrations.find((m) => m.name === 'due-list-indexes')!.version;
    const db = freshDb();
    migrate(db, migrations, version);
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((p) => p.detail).join(' ');
    expect(plan(`SELECT case_id, id FROM tasks WHERE status = 'terbuka' AND assigned_worker_id = 'w1' AND due_date < '2026-12-01'`)).toMatch(/COVERING INDEX tasks_open_by_worker/);
    expect(
      plan(`SELECT r.id FROM cases c CROSS JOIN referrals r ON r.case_id = c.id WHERE c.assigned_worker_id = 'w1' AND r.status = 'dikirim' AND r.expected_response_date < '2026-12-01'`),
    ).toMatch(/COVERING INDEX cases_by_worker.*COVERING INDEX referrals_sent_by_case/);
    db.close();
  });

  it("last-visit gives each case its last visit (existing visits too), kept true as visits come, move and go, and Beranda's high-risk list an index in its order", () => {
    const version = migrations.find((m) => m.name === 'last-visit')!.version;
    const db = freshDb();
    migrate(db, migrations, version - 1);
    db.exec(`INSERT INTO clients (id, name, sex, created_at, updated_at) VALUES ('k1', 'Siti', 'P', 'x', 'x');
      INSERT INTO cases (id, number, client_id, cluster, ppks_type, stage, stage_order, status, opened_at, created_at, updated_at, risk)
        VALUES ('c1', '1/2026', 'k1', 'anak', 'anak_terlantar', 'asesmen', 1, 'aktif', '2026-01-01', 't', 't', 'tinggi'),
               ('c2', '2/2026', 'k1', 'anak', 'anak_terlantar', 'asesmen', 1, 'aktif', '2026-01-01', 't', 't', 'tinggi');
      INSERT INTO visits (id, case_id, type, visited_at, created_at, updated_at) VALUES ('v1', 'c1', 'kunjungan_rumah', '2026-03-01T02:00:00Z', 'x', 'x');`);
    migrate(db, migrations, version);
    const last = (id: string) => (db.prepare('SELECT last_visit_at AS at FROM cases WHERE id = ?').get(id) as { at: string | null }).at;
    expect([last('c1'), last('c2')]).toEqual(['2026-03-01T02:00:00Z', null]);
    db.exec(`INSERT INTO visits (id, case_id, type, visited_at, created_at, updated_at) VALUES ('v2', 'c1', 'kunjungan_rumah', '2026-02-01T02:00:00Z', 'x', 'x')`);
    expect(last('c1')).toBe('2026-03-01T02:00:00Z'); // an older visit written later changes nothing
    db.exec(`UPDATE visits SET case_id = 'c2' WHERE id = 'v1'`);
    expect([last('c1'), last('c2')]).toEqual(['2026-02-01T02:00:00Z', '2026-03-01T02:00:00Z']);
    db.exec(`DELETE FROM visits WHERE id = 'v2'`);
    expect(last('c1')).toBeNull();
    const plan = (db.prepare(`EXPLAIN QUERY PLAN SELECT id FROM cases c WHERE c.status IN ('aktif', 'ditunda', 'dirujuk') AND c.risk = 'tinggi' ORDER BY c.last_visit_at IS NOT NULL, c.last_visit_at LIMIT 50`).all() as { detail: string }[]).map((p) => p.detail).join(' ');
    expect(plan).toMatch(/cases_open_by_risk_and_last_visit/);
    expect(plan).not.toMatch(/TEMP B-TREE/);
    db.close();
  });

  it('is idempotent: migrating again changes nothing', () => {
    const db = freshDb();
    migrate(db, migrations);
    const before = tables(db);
    expect(migrate(db, migrations)).toBe(migrations.length);
    expect(tables(db)).toEqual(before);
    db.close();
  });

  it('refuses a database from a newer version with a clear message and does not touch it', () => {
    const db = freshDb();
    migrate(db, migrations);
    db.pragma(`user_version = ${migrations.length + 5}`);
    expect(() => migrate(db, migrations)).toThrow(DatabaseTooNewError);
    expect(() => migrate(db, migrations)).toThrow(/versi Pendamping yang lebih baru/);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length + 5);
    db.close();
  });

  it('rolls back a migration that fails halfway, leaving the previous version', () => {
    const db = freshDb();
    const broken = [...migrations, { version: migrations.length + 1, name: 'broken', sql: 'CREATE TABLE half (x); SELECT * FROM no_such_table;' }];
    expect(() => migrate(db, broken)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(tables(db)).not.toContain('half');
    db.close();
  });
});
