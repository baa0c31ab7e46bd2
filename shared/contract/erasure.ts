import { z } from 'zod';
import { ERASURE_REASON, ERASURE_STATUS } from '../enums/consent';
import type { RegionRef } from './clients';
import { channel, empty, id, optionalText, requiredText, version } from './common';

export { ERASED_CLIENT_NAME } from './constants';

export type ErasureStatus = (typeof ERASURE_STATUS.values)[number];

export interface ErasureRequest {
  id: string;
  clientId: string;
  /** The client's name now (ERASED_CLIENT_NAME once erased). */
  clientName: string;
  caseNumbers: string[];
  /** Cases of the client that are not closed yet: they block an approval. */
  openCases: string[];
  reason: (typeof ERASURE_REASON.values)[number];
  note: string | null;
  status: ErasureStatus;
  requestedByName: string | null;
  requestedAt: string;
  decidedByName: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
  version: number;
}

/** What is left of an erased client: nothing that identifies the person. */
export interface Tombstone {
  clientId: string;
  erasedAt: string;
  requestedAt: string | null;
  approvedByName: string | null;
  /** Province and regency (kabupaten/kota) of the last address, no finer. */
  region: RegionRef[];
  cases: { id: string; number: string; ppksType: string; status: string; openedAt: string; closedAt: string | null }[];
  /** "Data pribadi dihapus atas permintaan pada 2026-11-28, disetujui oleh …" */
  statement: string;
}

export interface ClientErasure {
  waiting: ErasureRequest | null;
  tombstone: Tombstone | null;
  history: ErasureRequest[];
}

export interface ErasureDone {
  tombstone: Tombstone;
  /** Rows removed or emptied, by table: what the koordinator is told was done. */
  removed: Record<string, number>;
}

export const RetentionSettingsInput = z.strictObject({
  /** "Masa simpan kasus tertutup (tahun)": after this, a closed case is listed for erasure. */
  closedCaseYears: z.int({ error: 'Isi jumlah tahun (bilangan bulat).' }).min(1, { error: 'Masa simpan 1–100 tahun.' }).max(100, { error: 'Masa simpan 1–100 tahun.' }),
});
export type RetentionSettings = z.output<typeof RetentionSettingsInput>;

export interface RetentionDueRow {
  caseId: string;
  caseNumber: string;
  clientId: string;
  clientName: string;
  ppksType: string;
  closedAt: string;
  /** The day the retention period ended (closed + N years). */
  dueOn: string;
  /** Other cases of the same client that are still open or still within retention. */
  blockingCases: string[];
  /** A request already waiting for this client. */
  waitingRequestId: string | null;
}

export interface RetentionDue {
  years: number;
  /** Cases closed on or before this day are past the retention period. */
  cutoff: string;
  rows: RetentionDueRow[];
}

export const erasureChannels = {
  'erasure:request': channel<ErasureRequest>()(
    z.strictObject({
      clientId: id,
      reason: z.enum(ERASURE_REASON.values, { error: 'Pilih alasan penghapusan.' }),
      note: optionalText(1000),
    }),
    true,
    "Ask for a client's personal data to be erased (any worker on her case's client); a koordinator decides. One waiting request per client.",
  ),
  'erasure:approve': channel<ErasureDone>()(
    z.strictObject({ id, version }),
    true,
    "KOORDINATOR: approve an erasure request. In one transaction the client's personal data (identity, contacts, address, visits, notes, attachments, consents, letter PDFs, search index entries, change-log values) is removed for good, leaving a tombstone. All cases must be closed. Backups made before still hold the data.",
  ),
  'erasure:reject': channel<ErasureRequest>()(
    z.strictObject({ id, version, reason: requiredText(1000, 'Alasan penolakan') }),
    true,
    'KOORDINATOR: reject an erasure request with a reason; nothing else changes.',
  ),
  'erasure:list': channel<ErasureRequest[]>()(
    z
      .strictObject({ status: z.enum(ERASURE_STATUS.values, { error: 'Status permintaan tidak dikenal.' }).default('menunggu') })
      .optional()
      .transform((v) => v ?? { status: 'menunggu' as const }),
    false,
    'Erasure requests by status (waiting ones by default), oldest first: the koordinator\'s approval list.',
  ),
  'erasure:status': channel<ClientErasure>()(
    z.strictObject({ clientId: id }),
    false,
    "A client's waiting erasure request, past ones, and the tombstone once erased.",
  ),
  'retention:due': channel<RetentionDue>()(
    empty,
    false,
    'Closed cases whose retention period ("masa simpan kasus tertutup") has passed, with whether their client can be erased now.',
  ),
  'settings:retention-get': channel<RetentionSettings>()(empty, false, 'How many years closed cases are kept (default 5).'),
  'settings:retention-update': channel<RetentionSettings>()(RetentionSettingsInput, true, 'Change how many years closed cases are kept.'),
};
