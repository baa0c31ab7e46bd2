import { z } from 'zod';
import { AUDIT_ACTION, AUDIT_OUTCOME, AUDIT_PROBLEM, type EnumValue } from '../enums';
import { channel, id, isoDate } from './common';

/** One row of the audit trail, as the viewer shows it. */
export interface AuditEntry {
  seq: number;
  id: string;
  at: string;
  actorId: string | null;
  /** The worker's name today (joined when read; never stored in the trail). */
  actorName: string | null;
  role: string;
  action: EnumValue<typeof AUDIT_ACTION>;
  channel: string;
  entity: string | null;
  entityIds: string[];
  clientId: string | null;
  caseId: string | null;
  caseNumber: string | null;
  outcome: EnumValue<typeof AUDIT_OUTCOME>;
  /** Ids, counts and formats only. */
  detail: Record<string, unknown>;
}

export interface AuditProblem {
  /** The first row concerned; `toSeq` ends a run of missing rows. */
  seq: number;
  toSeq?: number;
  kind: EnumValue<typeof AUDIT_PROBLEM>;
  message: string;
}

export interface AuditVerifyResult {
  ok: boolean;
  /** Rows in the trail. */
  count: number;
  /** The sealed head: note its hash down (a report, a letter) to anchor the chain outside this file. */
  head: { seq: number; hash: string };
  /** At most 100, first ones first; `problemCount` has them all. */
  problems: AuditProblem[];
  problemCount: number;
}

export const AuditListInput = z
  .strictObject({
    /** Calendar dates in the office's time zone, both inclusive. */
    from: isoDate.optional(),
    to: isoDate.optional(),
    workerId: id.optional(),
    action: z.enum(AUDIT_ACTION.values, { error: 'Jenis tindakan tidak dikenal.' }).optional(),
    caseId: id.optional(),
    clientId: id.optional(),
    outcome: z.enum(AUDIT_OUTCOME.values, { error: 'Hasil tidak dikenal.' }).optional(),
    /** Keyset paging: continue with rows older than this seq. */
    before: z.int().min(1).optional(),
    limit: z.int().min(1).max(500).default(100),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { path: ['to'], error: 'Tanggal akhir tidak boleh sebelum tanggal awal.' })
  .optional()
  .transform((v) => v ?? { limit: 100 });

export const auditChannels = {
  'audit:list': channel<{ entries: AuditEntry[]; next: number | null }>()(
    AuditListInput,
    false,
    'Audit trail (koordinator and admin): who opened, changed, exported, printed, imported, backed up or was refused what; newest first, filtered, paged by seq.',
  ),
  'audit:verify': channel<AuditVerifyResult>()(
    z.strictObject({}).optional().transform(() => ({})),
    false,
    'Audit trail (koordinator and admin): check the hash chain; names every altered, inserted or deleted row.',
  ),
};
