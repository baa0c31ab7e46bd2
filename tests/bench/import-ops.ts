import type { Database } from 'better-sqlite3-multiple-ciphers';
import { createHmac, hkdfSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monotonicFactory } from 'ulid';
import { pooledRandom } from '../../electron/core/context';
import { openCore } from '../../electron/core/open-core';
import { time, timeInTurns, wanted, type Measured } from './measure';

/**
 * Importing clients from a CSV, into a fresh data folder each run (the big dataset stays as
 * it is). Two rows: the core against the baseline that leaves the same rows (clients,
 * change_log, audit), and the same core figures against the first, clients-only baseline.
 */
export async function importOps(runs: number, rows: number): Promise<Measured[]> {
  const name = `impor ${rows.toLocaleString('id-ID')} klien (CSV)`;
  const oldName = `${name}, pembanding lama: SQL hanya baris klien`;
  if (!wanted(name) && !wanted(oldName)) return [];
  const { lines, dataBase64, mapping } = importFile(rows);
  const key = Buffer.alloc(32, 5);
  const inFreshFolder = (work: (core: ReturnType<typeof openCore>) => unknown) => async () => {
    const target = openCore(mkdtempSync(join(tmpdir(), 'pendamping-bench-import-')), { key, log: { error() {}, info() {} } });
    const dir = target.ctx.storage!.dataDir;
    try {
      await work(target);
    } finally {
      await target.close();
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const [core, raw] = await timeInTurns(
    runs,
    inFreshFolder(async (target) => {
      const r = await target.invokeAsync('imports:clients', { fileName: 'klien.csv', dataBase64, mapping, dryRun: false, skipInvalid: true });
      if (!r.ok) throw new Error(r.error.message);
      if (r.value.imported !== rows) throw new Error('import lost rows');
    }),
    inFreshFolder((target) => rawImport(target.db, lines, key)),
  );
  const bare = await time(runs, inFreshFolder((target) => rawClientsOnly(target.db, lines)));
  const against = (b: { p50: number; p95: number }) => ({ baseline: { p50: b.p50, p95: b.p95 }, ratio: core.p95 / Math.max(b.p95, 0.001) });
  const ms = (v: number) => v.toFixed(0);
  return [
    { name, ...core, ...against(raw), target: { ratio: 1.5 }, note: `ke folder data baru tiap putaran; SQL = klien + change_log + audit (SQL lama, hanya klien: p50 ${ms(bare.p50)} · p95 ${ms(bare.p95)})` },
    { name: oldName, ...core, ...against(bare), note: 'angka inti sama dengan baris di atas; SQL tanpa change_log dan audit' },
  ];
}

/** The bench's register: `rows` people with NIKs that agree with their birth dates and sex, one village. */
export function importFile(rows: number) {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  const lines = ['Nama,NIK,Jenis Kelamin,Tanggal Lahir,Kode Desa'];
  for (let i = 0; i < rows; i++) {
    const d = new Date(Date.UTC(1940 + (i % 70), i % 12, 1 + (i % 28)));
    const women = i % 2 === 1;
    lines.push(`Warga ${i},337410${pad(d.getUTCDate() + (women ? 40 : 0), 2)}${pad(d.getUTCMonth() + 1, 2)}${pad(d.getUTCFullYear() % 100, 2)}${pad(1 + Math.floor(i / 420), 4)},${women ? 'P' : 'L'},${d.toISOString().slice(0, 10)},33.74.10.1001`);
  }
  const mapping = { name: 'Nama', nik: 'NIK', sex: 'Jenis Kelamin', birthDate: 'Tanggal Lahir', villageCode: 'Kode Desa' };
  return { lines, dataBase64: Buffer.from(lines.join('\n')).toString('base64'), mapping };
}

/** The first baseline: bare client rows, nothing else (kept to show beside the full one). */
export function rawClientsOnly(db: Database, lines: string[]): void {
  const insert = db.prepare(`INSERT INTO clients (id, name, nik, sex, birth_date, village_code, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, 'x', 'x')`);
  db.transaction(() =>
    lines.slice(1).forEach((l, i) => {
      const [name, nik, sex, birth, village] = l.split(',');
      insert.run(`R${i}`, name, nik, sex, birth, village);
    }),
  )();
}

/**
 * The same rows the core's import leaves, written directly: each client row (ULID id, every
 * column, timestamps), its change_log row ({"field": [null, value]} for each filled field),
 * and one chained audit row with the counts — in one transaction. No checks: that is the
 * work the core adds.
 */
export function rawImport(db: Database, lines: string[], storeKey: Buffer): void {
  const id = monotonicFactory(pooledRandom());
  const meta = db.prepare(`SELECT value FROM meta WHERE key = ?`).pluck();
  const deviceId = meta.get('device_id') as string;
  const actorId = (meta.get('current_worker_id') as string | undefined) ?? null;
  const client = db.prepare(`INSERT INTO clients (id, name, nik, kk, sex, birth_place, birth_date, street, rt, rw, village_code, phone,
      guardian_name, guardian_relationship, guardian_phone, dtsen_registered, dtsen_decile, dtsen_register_id, programmes, disabilities,
      version, created_at, updated_at) VALUES (?, ?, ?, NULL, ?, NULL, ?, NULL, NULL, NULL, ?, NULL, NULL, NULL, NULL, 0, NULL, NULL, '[]', '[]', 1, ?, ?)`);
  const change = db.prepare(`INSERT INTO change_log (id, entity, entity_id, action, changes, reason, actor_id, device_id, at) VALUES (?, 'client', ?, 'create', ?, NULL, ?, ?, ?)`);
  db.transaction(() => {
    for (let i = 1; i < lines.length; i++) {
      const [name, nik, sex, birthDate, villageCode] = lines[i].split(',');
      const now = new Date();
      const at = now.toISOString();
      const clientId = id(now.getTime());
      client.run(clientId, name, nik, sex, birthDate, villageCode, at, at);
      const changes = { name: [null, name], nik: [null, nik], sex: [null, sex], birthDate: [null, birthDate], programmes: [null, []], disabilities: [null, []], 'address.villageCode': [null, villageCode], 'dtsen.registered': [null, false] };
      change.run(id(now.getTime()), clientId, JSON.stringify(changes), actorId, deviceId, at);
    }
    const n = lines.length - 1;
    const head = db.prepare(`SELECT seq, hash FROM audit_head WHERE id = 1`).get() as { seq: number; hash: string };
    const key = Buffer.from(hkdfSync('sha256', storeKey, 'pendamping', 'jejak-audit-v1', 32));
    const row = [head.seq + 1, id(), new Date().toISOString(), actorId, 'sistem', 'impor', 'imports:clients', 'client', null, null, null, 'ok', JSON.stringify({ total: n, valid: n, invalid: 0, imported: n, dryRun: false })] as const;
    const hash = createHmac('sha256', key).update(`${head.hash}\n${JSON.stringify(row)}`).digest('hex');
    db.prepare(`INSERT INTO audit_log (seq, id, at, actor_id, role, action, channel, entity, entity_ids, client_id, case_id, outcome, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(...row, head.hash, hash);
    db.prepare(`UPDATE audit_head SET seq = ?, hash = ?, mac = ? WHERE id = 1`).run(row[0], hash, createHmac('sha256', key).update(`kepala\n${row[0]}\n${hash}`).digest('hex'));
  }).immediate();
}
