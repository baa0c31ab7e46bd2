import { createHmac, randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Row } from './case-bundle';
import type { ExportTable } from './tables';

/** The identifying facts of one client, to be removed wherever they appear. */
interface Identity {
  pseudonym: string;
  names: string[];
  numbers: string[];
}

/**
 * A per-installation secret: pseudonyms are stable across this office's exports (the same
 * client is always "Klien-3F9A2C"), yet cannot be reversed or matched by anyone else.
 */
function secret(db: Database): Buffer {
  const row = db.prepare(`SELECT value FROM meta WHERE key = 'pseudonym_secret'`).get() as { value: string } | undefined;
  if (row) return Buffer.from(row.value, 'hex');
  const s = randomBytes(32);
  db.prepare(`INSERT INTO meta (key, value) VALUES ('pseudonym_secret', ?)`).run(s.toString('hex'));
  return s;
}

export function pseudonym(db: Database, clientId: string): string {
  return `Klien-${createHmac('sha256', secret(db)).update(clientId).digest('hex').slice(0, 6).toUpperCase()}`;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Digits may be written with spaces, dots or dashes between them: "0812-3456 7890". */
const digitsPattern = (n: string) => n.replace(/\D/g, '').split('').map(escapeRe).join('[\\s.\\-]?');

export function identityOf(db: Database, client: Row): Identity {
  const words = (s: unknown) => (typeof s === 'string' ? s.split(/\s+/).filter((w) => w.replace(/\W/g, '').length >= 3) : []);
  const full = [client.name, client.guardian_name].filter((s): s is string => typeof s === 'string' && s.length > 0);
  return {
    pseudonym: pseudonym(db, client.id as string),
    names: [...full, ...full.flatMap(words)].sort((a, b) => b.length - a.length),
    numbers: [client.nik, client.kk, client.phone, client.guardian_phone].filter((s): s is string => typeof s === 'string' && s.replace(/\D/g, '').length >= 6),
  };
}

/** Replaces a client's names and numbers in free text with neutral markers. */
export function scrub(text: string, ids: Identity[]): string {
  let out = text;
  for (const id of ids) {
    for (const n of id.numbers) out = out.replace(new RegExp(digitsPattern(n), 'g'), '[NOMOR]');
    for (const name of id.names) out = out.replace(new RegExp(`(?<![\\p{L}])${escapeRe(name)}(?![\\p{L}])`, 'giu'), '[NAMA]');
  }
  return out;
}

/** Columns that identify a client directly, and what they become. */
const MASK: Partial<Record<ExportTable, Record<string, (row: Row, id: Identity) => unknown>>> = {
  clients: {
    name: (_r, id) => id.pseudonym,
    nik: (r) => (r.nik ? '****************' : null),
    kk: (r) => (r.kk ? '****************' : null),
    phone: (r) => (r.phone ? '[TELEPON]' : null),
    birth_place: () => null,
    birth_date: (r) => (typeof r.birth_date === 'string' ? `${r.birth_date.slice(0, 4)}-01-01` : null), // keeps the age, not the day
    street: () => null,
    rt: () => null,
    rw: () => null,
    village_code: (r) => (typeof r.village_code === 'string' ? r.village_code.slice(0, 5) : null), // regency only
    guardian_name: (r) => (r.guardian_name ? '[WALI]' : null),
    guardian_phone: (r) => (r.guardian_phone ? '[TELEPON]' : null),
    dtsen_register_id: () => null,
  },
  // Photos, scans and letters show faces, names and numbers: their contents stay home.
  attachments: { thumbnail: () => null, file_name: () => '[berkas]' },
  letters: { pdf: () => null },
};
const DROP: ExportTable[] = ['attachment_data'];

/**
 * De-identifies an export in place: names become stable pseudonyms, NIK, KK, phone and
 * address are masked, photos and letter PDFs are left out, and every other text column is
 * scrubbed of the clients' known names and numbers.
 */
export function deidentifyTables(db: Database, tables: Record<ExportTable, Row[]>): Record<ExportTable, Row[]> {
  const ids = tables.clients.map((c) => identityOf(db, c));
  const byClient = new Map(tables.clients.map((c, i) => [c.id as string, ids[i]]));
  const out = {} as Record<ExportTable, Row[]>;
  for (const [table, rows] of Object.entries(tables) as [ExportTable, Row[]][]) {
    if (DROP.includes(table)) {
      out[table] = [];
      continue;
    }
    out[table] = rows.map((row) => {
      const copy: Row = {};
      const own = table === 'clients' ? byClient.get(row.id as string)! : null;
      for (const [k, v] of Object.entries(row)) {
        const mask = MASK[table]?.[k];
        copy[k] = mask && own ? mask(row, own) : mask ? mask(row, ids[0]) : typeof v === 'string' && k !== 'id' && !k.endsWith('_id') ? scrub(v, ids) : v;
      }
      return copy;
    });
  }
  return out;
}

/** Flat spreadsheet rows: the same rules, keyed by column name, with each row's own client. */
export function deidentifyRows(db: Database, _table: string, rows: Row[]): Row[] {
  const cache = new Map<string, Identity>();
  const identity = (clientId: string) => {
    if (!cache.has(clientId)) cache.set(clientId, identityOf(db, db.prepare('SELECT * FROM clients WHERE id = ?').get(clientId) as Row));
    return cache.get(clientId)!;
  };
  const masks = MASK.clients!;
  return rows.map((row) => {
    const id = identity(row._client_id as string);
    const copy: Row = {};
    for (const [k, v] of Object.entries(row)) {
      const column = k === 'client_name' ? 'name' : k;
      copy[k] = masks[column] ? masks[column]({ ...row, [column]: v }, id) : typeof v === 'string' && k !== 'id' && k !== '_client_id' ? scrub(v, [id]) : v;
    }
    return copy;
  });
}
