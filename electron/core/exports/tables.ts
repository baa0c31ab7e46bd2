import type { Database } from 'better-sqlite3-multiple-ciphers';

/**
 * The tables a case export carries, in an order that satisfies foreign keys on import.
 * Rows travel exactly as stored (column names and values), so an import reproduces them.
 */
export const EXPORT_TABLES = [
  'workers',
  'institutions',
  'clients',
  'cases',
  'visits',
  'pasung_episodes',
  'pasung_status_events',
  'devices',
  'services',
  'tasks',
  'attachments',
  'attachment_data',
  'referrals',
  'referral_events',
  'letters',
  'change_log',
] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

export interface Column {
  name: string;
  type: 'TEXT' | 'INTEGER' | 'REAL' | 'BLOB';
  notNull: boolean;
  primaryKey: boolean;
}

/** The live schema of an exported table (PRAGMA table_info): one source for export, import and the published JSON Schema. */
export function columnsOf(db: Database, table: ExportTable): Column[] {
  return (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string; type: string; notnull: number; pk: number }[]).map((c) => ({
    name: c.name,
    type: (c.type.toUpperCase() || 'BLOB') as Column['type'],
    notNull: c.notnull === 1,
    primaryKey: c.pk > 0,
  }));
}

export const keyOf = (table: ExportTable) => (table === 'attachment_data' ? 'attachment_id' : 'id');
