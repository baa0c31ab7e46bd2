import type { ChannelName } from '../../../shared/contract';
import type { CoreContext } from '../context';
import { fileToken, type AuditAction, type AuditDetail, type AuditEvent } from './record';

/**
 * Which channel leaves which row in the audit trail. Every channel that changes data records
 * (`ubah` unless listed here); of the reads, those that open one client's or case's record
 * record `buka_catatan`. Lists and searches over many cases (cases:list, dashboard:summary,
 * tasks:due, visits:search, referrals:list without a case, clients:check) do not: they open
 * no one's record, and a search text would be personal data. A refused call (FORBIDDEN) is
 * recorded for every channel, with this action or else `ditolak`.
 */
interface Plan {
  action: AuditAction;
  /** What the row is about; by default from the channel's domain (channels.ts ENTITY). */
  entity?: string;
  /** Ids and detail the generic reading of input and result cannot find. */
  describe?: (ctx: CoreContext, input: Record<string, unknown>, result: unknown) => Partial<AuditEvent> | null;
}

const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;
/** Only id-shaped strings are ever taken from an input or result. */
export const idOf = (v: unknown): string | null => (typeof v === 'string' && ULID.test(v) ? v : null);
const ids = (v: unknown): string[] => (Array.isArray(v) ? v.map(idOf).filter((x): x is string => x !== null) : []);

// An export of every case would list thousands of ids: the first ones and the count are kept.
const MAX_IDS = 200;

/** Numbers and flags of a result (import counts): never its strings, which may be names. */
function countsOf(result: unknown): AuditDetail {
  const out: AuditDetail = {};
  for (const [k, v] of Object.entries((result ?? {}) as Record<string, unknown>)) {
    if (typeof v === 'number' || typeof v === 'boolean') out[k] = v;
  }
  return out;
}

function exportDetail(input: Record<string, unknown>, extra: AuditDetail = {}): Partial<AuditEvent> {
  const caseIds = ids(input.caseIds);
  const all = input.caseIds === undefined;
  return {
    entity: 'case',
    entityIds: caseIds.slice(0, MAX_IDS),
    caseId: caseIds.length === 1 ? caseIds[0] : null,
    detail: {
      scope: all ? 'semua' : 'pilihan',
      ...(all ? {} : { caseCount: caseIds.length }),
      ...(caseIds.length > MAX_IDS ? { idsTruncated: true } : {}),
      deidentified: input.deidentify === true,
      sealed: typeof input.password === 'string',
      ...extra,
    },
  };
}

/** A letter names its referral; the case and client come from there. */
function letterIds(ctx: CoreContext, referralId: string | null): Partial<AuditEvent> {
  if (!referralId) return {};
  const row = ctx.db.prepare(`SELECT r.case_id AS caseId, c.client_id AS clientId FROM referrals r JOIN cases c ON c.id = r.case_id WHERE r.id = ?`).get(referralId) as
    | { caseId: string; clientId: string }
    | undefined;
  return { caseId: row?.caseId ?? null, clientId: row?.clientId ?? null, detail: { referralId } };
}

const letter = (action: AuditAction): Plan => ({
  action,
  entity: 'letter',
  describe: (ctx, i, r) => {
    const res = (r ?? {}) as Record<string, unknown>;
    return { ...letterIds(ctx, idOf(res.referralId) ?? idOf(i.referralId)), ...(idOf(res.id) ? { entityIds: [idOf(res.id)!] } : {}) };
  },
});

const open: Plan = { action: 'buka_catatan' };

export const AUDITED: Partial<Record<ChannelName, Plan>> = {
  // Opening one client's or case's record.
  'clients:get': open,
  'cases:get': open,
  'timeline:list': { action: 'buka_catatan', entity: 'case', describe: (_c, i) => ({ detail: i.after ? { page: 'berikutnya' } : ({} as AuditDetail) }) },
  'visits:get': open,
  'pasung:list': open,
  'devices:list': open,
  'services:list': open,
  'tasks:list': open,
  'attachments:list': open,
  'attachments:get': open,
  'referrals:get': open,
  // The office's referral list is a list; one case's referrals are part of its record.
  'referrals:list': { action: 'buka_catatan', describe: (_c, i) => (idOf(i.caseId) ? {} : null) },
  'letters:preview': { action: 'buka_catatan', entity: 'referral', describe: (ctx, i) => ({ ...letterIds(ctx, idOf(i.referralId)), entityIds: ids([i.referralId]) }) },
  // Letters, prints and exports.
  'letters:issue': letter('surat'),
  'letters:cancel': letter('surat'),
  'letters:get': letter('cetak'),
  'exports:case-pdf': { action: 'cetak', describe: (_c, i) => exportDetail(i, { format: 'pdf', paper: typeof i.paper === 'string' ? i.paper : 'bawaan' }) },
  'exports:case-json': { action: 'ekspor', describe: (_c, i) => exportDetail(i, { format: i.bundle ? 'bundle' : 'json' }) },
  'exports:table': {
    action: 'ekspor',
    describe: (_c, i) => exportDetail(i, { format: String(i.format), table: String(i.table), ...(Array.isArray(i.columns) ? { columnCount: i.columns.length } : {}) }),
  },
  // Imports: counts only (an import report's rows hold names).
  'imports:case-json': { action: 'impor', entity: 'case', describe: (_c, _i, r) => ({ detail: countsOf((r as { imported?: unknown })?.imported) }) },
  'imports:case-bundle': { action: 'impor', entity: 'case', describe: (_c, i, r) => ({ detail: { ...countsOf((r as { imported?: unknown })?.imported), sealed: typeof i.password === 'string' } }) },
  'imports:clients': { action: 'impor', entity: 'client', describe: (_c, _i, r) => ({ detail: countsOf(r) }) },
  'institutions:import-csv': { action: 'impor', entity: 'institution', describe: (_c, _i, r) => ({ detail: countsOf(r) }) },
  // The whole store leaves (a backup, a bundle for a new laptop) or is replaced.
  'backup:create': { action: 'cadangan', entity: 'store', describe: (_c, _i, r) => ({ detail: backupFile(r) }) },
  'backup:restore': { action: 'pulihkan', entity: 'store', describe: (_c, i, r) => ({ detail: { name: fileToken(String(i.name)), ...backupFile({ file: (r as { safetyCopy?: unknown })?.safetyCopy }, 'safetyCopy') } }) },
  'backup:move-out': { action: 'pindah', entity: 'store' },
};

/** A backup's file name (never its folder, which may name a person's home). */
function backupFile(r: unknown, key = 'file'): AuditDetail {
  const file = (r as { file?: unknown } | null)?.file;
  return typeof file === 'string' ? { [key]: fileToken(file) } : {};
}

/** The channel's domain, as the trail names the entity. */
const ENTITY: Record<string, string> = {
  clients: 'client', cases: 'case', visits: 'visit', pasung: 'pasung', devices: 'device', services: 'service', tasks: 'task',
  timeline: 'case', attachments: 'attachment', institutions: 'institution', referrals: 'referral', letters: 'letter',
  workers: 'worker', settings: 'settings', session: 'session', accounts: 'account', backup: 'settings', imports: 'import', exports: 'case',
};

/**
 * The event for a call, or null when the channel is not recorded on success. Ids come from
 * the input first, then the result; only id-shaped values are taken.
 */
export function eventFor(
  ctx: CoreContext,
  name: ChannelName,
  mutates: boolean,
  rawInput: unknown,
  result: unknown,
  /** For a refusal: record even a channel that is not recorded on success. */
  fallback?: AuditAction,
): AuditEvent | null {
  const plan = AUDITED[name] ?? (mutates ? ({ action: 'ubah' } as Plan) : fallback ? ({ action: fallback } as Plan) : null);
  if (!plan) return null;
  const input = (rawInput && typeof rawInput === 'object' ? rawInput : {}) as Record<string, unknown>;
  const res = (result && typeof result === 'object' && !Array.isArray(result) ? result : {}) as Record<string, unknown>;
  const client = (res.client && typeof res.client === 'object' ? res.client : {}) as Record<string, unknown>;
  const entity = plan.entity ?? ENTITY[name.split(':')[0]] ?? null;
  const entityId = idOf(input.id) ?? idOf(res.id) ?? idOf(client.id);
  const extra = plan.describe ? plan.describe(ctx, input, result) : {};
  if (extra === null) return null;
  return {
    action: plan.action,
    channel: name,
    entity,
    entityIds: entityId ? [entityId] : [],
    caseId: idOf(input.caseId) ?? idOf(res.caseId) ?? (entity === 'case' ? entityId : null),
    clientId: idOf(input.clientId) ?? idOf(res.clientId) ?? idOf(client.id) ?? (entity === 'client' ? entityId : null),
    ...extra,
  };
}

/** The action a refused or failed call is recorded under. */
export const actionFor = (name: string, mutates: boolean): AuditAction =>
  AUDITED[name as ChannelName]?.action ?? (mutates ? 'ubah' : 'ditolak');
