import type { Database } from 'better-sqlite3-multiple-ciphers';
import { inChunks, step, type Job } from '../jobs/registry';
import { deidentifyTables } from './deidentify';
import { columnsOf, EXPORT_TABLES, keyOf, type ExportTable } from './tables';

export const EXPORT_FORMAT = 'pendamping.case-export';
export const EXPORT_VERSION = 1;

export type Row = Record<string, unknown>;
export interface CaseExport {
  format: typeof EXPORT_FORMAT;
  version: number;
  schemaVersion: number;
  exportedAt: string;
  deidentified: boolean;
  caseIds: string[];
  tables: Partial<Record<ExportTable, Row[]>>;
}

/** Which change-log entity each exported table's rows are recorded under. */
const ENTITY_OF: Partial<Record<ExportTable, string>> = {
  clients: 'client', cases: 'case', visits: 'visit', pasung_episodes: 'pasung', devices: 'device', services: 'service',
  tasks: 'task', attachments: 'attachment', institutions: 'institution', referrals: 'referral', letters: 'letter',
};

/**
 * Gathers every record that belongs to the cases (and their clients), each once: one case at
 * a time with its records' history (`addCase`, synchronous, so a case and its history are
 * read at one instant even when other calls run between cases), then the workers any record
 * names (`finish`).
 */
export function caseCollector(db: Database) {
  const out = Object.fromEntries(EXPORT_TABLES.map((t) => [t, new Map<string, Row>()])) as Record<ExportTable, Map<string, Row>>;
  let fresh = new Map<ExportTable, string[]>();
  const add = (table: ExportTable, rows: Row[]) => {
    for (const r of rows) {
      const key = String(r[keyOf(table)]);
      if (!out[table].has(key)) {
        if (!fresh.has(table)) fresh.set(table, []);
        fresh.get(table)!.push(key);
      }
      out[table].set(key, r);
    }
  };
  const all = (sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as Row[];
  const history = () => {
    const added = fresh;
    fresh = new Map();
    for (const [table, entity] of Object.entries(ENTITY_OF) as [ExportTable, string][]) {
      const ids = added.get(table) ?? [];
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500);
        add('change_log', all(`SELECT * FROM change_log WHERE entity = ? AND entity_id IN (${chunk.map(() => '?').join(',')})`, entity, ...chunk));
      }
    }
  };
  const addCase = (caseId: string) => {
    const [kase] = all('SELECT * FROM cases WHERE id = ?', caseId);
    if (!kase) return;
    const clientId = kase.client_id as string;
    add('cases', [kase]);
    add('clients', all('SELECT * FROM clients WHERE id = ?', clientId));
    add('visits', all('SELECT * FROM visits WHERE case_id = ?', caseId));
    add('pasung_episodes', all('SELECT * FROM pasung_episodes WHERE client_id = ?', clientId));
    add('pasung_status_events', all('SELECT e.* FROM pasung_status_events e JOIN pasung_episodes p ON p.id = e.episode_id WHERE p.client_id = ?', clientId));
    add('devices', all('SELECT * FROM devices WHERE client_id = ? AND (case_id = ? OR case_id IS NULL)', clientId, caseId));
    add('services', all('SELECT * FROM services WHERE case_id = ?', caseId));
    add('tasks', all('SELECT * FROM tasks WHERE case_id = ?', caseId));
    const attachments = all(
      `SELECT * FROM attachments WHERE client_id = ? AND (case_id = ? OR case_id IS NULL)
         AND (visit_id IS NULL OR visit_id IN (SELECT id FROM visits WHERE case_id = ?))`,
      clientId, caseId, caseId,
    );
    add('attachments', attachments);
    for (const a of attachments) add('attachment_data', all('SELECT * FROM attachment_data WHERE attachment_id = ?', a.id));
    const referrals = all('SELECT * FROM referrals WHERE case_id = ?', caseId);
    add('referrals', referrals);
    add('referral_events', all('SELECT e.* FROM referral_events e JOIN referrals r ON r.id = e.referral_id WHERE r.case_id = ?', caseId));
    add('letters', all('SELECT l.* FROM letters l JOIN referrals r ON r.id = l.referral_id WHERE r.case_id = ?', caseId));
    for (const r of referrals) add('institutions', all('SELECT * FROM institutions WHERE id = ?', r.institution_id));
    history();
  };
  const finish = (): Record<ExportTable, Row[]> => {
    const workerIds = new Set<string>();
    for (const t of EXPORT_TABLES) {
      for (const r of out[t].values()) {
        for (const col of ['assigned_worker_id', 'author_id', 'actor_id', 'issued_by']) if (typeof r[col] === 'string') workerIds.add(r[col] as string);
      }
    }
    for (const w of workerIds) add('workers', all('SELECT * FROM workers WHERE id = ?', w));
    history();
    return Object.fromEntries(EXPORT_TABLES.map((t) => [t, [...out[t].values()]])) as Record<ExportTable, Row[]>;
  };
  return { addCase, finish };
}

/** Every record that belongs to the cases (and their clients), each once. */
export function collectCases(db: Database, caseIds: string[]): Record<ExportTable, Row[]> {
  const c = caseCollector(db);
  for (const id of caseIds) c.addCase(id);
  return c.finish();
}

/** BLOBs (attachments, thumbnails, letter PDFs) travel as base64 text in JSON. */
export function toJsonRows(db: Database, table: ExportTable, rows: Row[]): Row[] {
  if (!rows.length) return rows; // most tables of one case are empty: no schema lookup for them
  const blobs = columnsOf(db, table).filter((c) => c.type === 'BLOB').map((c) => c.name);
  if (!blobs.length) return rows;
  return rows.map((r) => {
    const copy = { ...r };
    for (const b of blobs) if (Buffer.isBuffer(copy[b])) copy[b] = (copy[b] as Buffer).toString('base64');
    return copy;
  });
}

/** The export document, gathered a few cases at a time so progress and a cancel get through. */
export async function buildCaseExport(db: Database, caseIds: string[], exportedAt: string, deidentify: boolean, job: Job): Promise<CaseExport> {
  const collector = caseCollector(db);
  step(job, 'mengumpulkan', caseIds.length);
  await inChunks(job, caseIds, 10, (id) => collector.addCase(id));
  const collected = collector.finish();
  if (deidentify) step(job, 'menganonimkan');
  const tables = deidentify ? deidentifyTables(db, collected) : collected;
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    exportedAt,
    deidentified: deidentify,
    caseIds: caseIds.filter((id) => tables.cases.some((c) => c.id === id)),
    tables: Object.fromEntries(EXPORT_TABLES.map((t) => [t, toJsonRows(db, t, tables[t])])),
  };
}
