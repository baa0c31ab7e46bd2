import type { Database } from 'better-sqlite3-multiple-ciphers';
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

/** Every record that belongs to the cases (and their clients), each once. */
export function collectCases(db: Database, caseIds: string[]): Record<ExportTable, Row[]> {
  const out = Object.fromEntries(EXPORT_TABLES.map((t) => [t, new Map<string, Row>()])) as Record<ExportTable, Map<string, Row>>;
  const add = (table: ExportTable, rows: Row[]) => {
    for (const r of rows) out[table].set(String(r[keyOf(table)]), r);
  };
  const all = (sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as Row[];
  for (const caseId of caseIds) {
    const [kase] = all('SELECT * FROM cases WHERE id = ?', caseId);
    if (!kase) continue;
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
  }
  // The history of every exported record, and the workers any record names.
  for (const [table, entity] of Object.entries(ENTITY_OF) as [ExportTable, string][]) {
    const ids = [...out[table].keys()];
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      add('change_log', all(`SELECT * FROM change_log WHERE entity = ? AND entity_id IN (${chunk.map(() => '?').join(',')})`, entity, ...chunk));
    }
  }
  const workerIds = new Set<string>();
  for (const t of EXPORT_TABLES) {
    for (const r of out[t].values()) {
      for (const col of ['assigned_worker_id', 'author_id', 'actor_id', 'issued_by']) if (typeof r[col] === 'string') workerIds.add(r[col] as string);
    }
  }
  for (const w of workerIds) add('workers', all('SELECT * FROM workers WHERE id = ?', w));
  return Object.fromEntries(EXPORT_TABLES.map((t) => [t, [...out[t].values()]])) as Record<ExportTable, Row[]>;
}

/** BLOBs (attachments, thumbnails, letter PDFs) travel as base64 text in JSON. */
export function toJsonRows(db: Database, table: ExportTable, rows: Row[]): Row[] {
  const blobs = columnsOf(db, table).filter((c) => c.type === 'BLOB').map((c) => c.name);
  if (!blobs.length) return rows;
  return rows.map((r) => {
    const copy = { ...r };
    for (const b of blobs) if (Buffer.isBuffer(copy[b])) copy[b] = (copy[b] as Buffer).toString('base64');
    return copy;
  });
}

export function buildCaseExport(db: Database, caseIds: string[], exportedAt: string, deidentify = false): CaseExport {
  const collected = collectCases(db, caseIds);
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
