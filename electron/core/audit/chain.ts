import { createHmac, hkdfSync } from 'node:crypto';
import type { CoreContext } from '../context';

/** The previous hash of row 1. */
export const GENESIS = '0'.repeat(64);

/** The columns a row's hash covers, in this order (the stored text of each, nothing recomputed). */
export interface ChainRow {
  seq: number;
  id: string;
  at: string;
  actor_id: string | null;
  role: string;
  action: string;
  channel: string;
  entity: string | null;
  entity_ids: string | null;
  client_id: string | null;
  case_id: string | null;
  outcome: string;
  detail: string;
  prev_hash: string;
}

// Without a store key (a bare context, never one opened from a data folder) a fixed key is
// used: such a chain only proves order, not authorship.
const NO_STORE_KEY = Buffer.alloc(32);
const keys = new WeakMap<Buffer, Buffer>();

/**
 * The chain's HMAC key: HKDF of the store's key, so the trail's seal changes with nothing a
 * reader of the rows can see. Whoever holds the store key can derive it too (see README.md).
 */
export function auditKey(ctx: Pick<CoreContext, 'storage'>): Buffer {
  const storeKey = ctx.storage?.key ?? NO_STORE_KEY;
  let key = keys.get(storeKey);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', storeKey, 'pendamping', 'jejak-audit-v1', 32));
    keys.set(storeKey, key);
  }
  return key;
}

/** A fixed, unambiguous text of a row: a JSON array of its columns in a fixed order. */
export function canonical(row: ChainRow): string {
  return JSON.stringify([
    row.seq, row.id, row.at, row.actor_id, row.role, row.action, row.channel,
    row.entity, row.entity_ids, row.client_id, row.case_id, row.outcome, row.detail,
  ]);
}

export const rowHash = (key: Buffer, row: ChainRow): string =>
  createHmac('sha256', key).update(row.prev_hash).update('\n').update(canonical(row)).digest('hex');

/** The head's seal: the last seq and hash, so the head cannot be moved back without the key. */
export const headMac = (key: Buffer, seq: number, hash: string): string =>
  createHmac('sha256', key).update(`kepala\n${seq}\n${hash}`).digest('hex');
