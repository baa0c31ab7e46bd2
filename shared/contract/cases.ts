import { z } from 'zod';
import { CASE_STATUS, CLOSED_STATUSES, CLOSURE_REASON, CLUSTER, PPKS, STAGE } from '../enums';
import { channel, id, isoDate, optionalText, paging, requiredText, version } from './common';
import { CASE_SORTS } from './constants';

const reason = requiredText(1000, 'Alasan');

export const CaseCreateInput = z.strictObject({
  clientId: id,
  cluster: z.enum(CLUSTER.values, { error: 'Pilih klaster ATENSI.' }),
  ppksType: z.enum(PPKS.values, { error: 'Pilih jenis PPKS.' }),
  stage: z.enum(STAGE.values).default('pendekatan_awal'),
  assignedWorkerId: id.nullable().optional().transform((v) => v ?? null),
  /** Defaults to today in the office's time zone. */
  openedAt: isoDate.optional(),
  summary: optionalText(4000),
});
export type CaseCreateInput = z.output<typeof CaseCreateInput>;
export type CaseFormValues = z.input<typeof CaseCreateInput>;

export interface Case {
  id: string;
  number: string;
  clientId: string;
  cluster: (typeof CLUSTER.values)[number];
  ppksType: (typeof PPKS.values)[number];
  stage: (typeof STAGE.values)[number];
  status: (typeof CASE_STATUS.values)[number];
  assignedWorkerId: string | null;
  openedAt: string;
  closedAt: string | null;
  closureReason: (typeof CLOSURE_REASON.values)[number] | null;
  summary: string | null;
  /** Re-shackling risk from the latest visit, raised by a relapse or a re-shackling. */
  risk: 'rendah' | 'sedang' | 'tinggi' | null;
  /** The worker who opened the case: with the assigned worker, a pekerja sosial's own cases. */
  openedBy: string | null;
  /** A pekerja sosial's closure waiting for a koordinator (cases:decide-closure). */
  closureRequest: ClosureRequest | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** A closing status a pekerja sosial asked for; the case keeps its status until a koordinator decides. */
export interface ClosureRequest {
  status: (typeof CLOSED_STATUSES)[number];
  closureReason: (typeof CLOSURE_REASON.values)[number];
  reason: string;
  requestedBy: string | null;
  requestedAt: string;
}

/** One stage or status change, from the change log: who, when, why. */
export interface CaseChange {
  at: string;
  actorId: string | null;
  actorName: string | null;
  /** closure: a closure asked for (after: the requested status) or sent back (after: null). */
  field: 'stage' | 'status' | 'created' | 'closure' | 'other';
  before: string | null;
  after: string | null;
  reason: string | null;
}

export interface CaseDetail extends Case {
  client: { id: string; name: string; nik: string | null; sex: 'L' | 'P'; birthDate: string | null };
  assignedWorker: { id: string; name: string } | null;
  /** The name of the worker who asked for the pending closure. */
  closureRequestedByName: string | null;
  history: CaseChange[];
}

export interface CaseRow {
  id: string;
  number: string;
  clientId: string;
  clientName: string;
  nik: string | null;
  sex: 'L' | 'P';
  cluster: Case['cluster'];
  ppksType: Case['ppksType'];
  stage: Case['stage'];
  status: Case['status'];
  villageCode: string | null;
  regencyName: string | null;
  workerId: string | null;
  workerName: string | null;
  openedAt: string;
}

export { CASE_SORTS } from './constants';

export const CaseListInput = z.strictObject({
  /** Part of the client's name (word prefixes), a NIK prefix, or a case number prefix. */
  search: z.string().trim().max(100, { error: 'Kata pencarian paling banyak 100 karakter.' }).default(''),
  stage: z.enum(STAGE.values).optional(),
  status: z.enum(CASE_STATUS.values).optional(),
  cluster: z.enum(CLUSTER.values).optional(),
  ppksType: z.enum(PPKS.values).optional(),
  /** Any region level: the client's address village must lie inside it. */
  regionCode: z.string().regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/, { error: 'Kode wilayah tidak sah.' }).optional(),
  workerId: id.optional(),
  /** Only cases whose closure waits for a koordinator's decision. */
  closureRequested: z.boolean().optional(),
  sort: z.enum(CASE_SORTS).default('opened_desc'),
  /**
   * Count the matches only up to this many: beyond it `total` is this number and
   * `totalCapped` is true ("more than N"). For type-ahead, where counting every hit of "s"
   * would cost more than the page; without it the count is exact.
   */
  countLimit: z.int({ error: 'Batas hitungan harus bilangan bulat.' }).min(1, { error: 'Batas hitungan paling sedikit 1.' }).max(1_000_000, { error: 'Batas hitungan paling banyak 1.000.000.' }).optional(),
  ...paging,
});
export type CaseListInput = z.output<typeof CaseListInput>;
export type CaseListQuery = z.input<typeof CaseListInput>;

/** A page of the case list; `total` counts every match, or with `totalCapped` only the first countLimit of more. */
export interface CaseList {
  rows: CaseRow[];
  total: number;
  totalCapped: boolean;
}

const closed = new Set<string>(CLOSED_STATUSES);

export const caseChannels = {
  'cases:create': channel<CaseDetail>()(CaseCreateInput, true, 'Open a case for a client; its number comes from the case-number template.'),
  'cases:get': channel<CaseDetail>()(z.strictObject({ id }), false, 'One case with its client, worker and stage/status history.'),
  'cases:list': channel<CaseList>()(CaseListInput, false, 'A page of cases, filtered, searched and sorted.'),
  'cases:update': channel<CaseDetail>()(
    z.strictObject({
      id,
      version,
      cluster: z.enum(CLUSTER.values),
      ppksType: z.enum(PPKS.values),
      assignedWorkerId: id.nullable(),
      summary: optionalText(4000),
    }),
    true,
    'Change a case\'s cluster, PPKS type, assigned worker or summary.',
  ),
  'cases:change-stage': channel<CaseDetail>()(
    z.strictObject({ id, version, stage: z.enum(STAGE.values, { error: 'Pilih tahap.' }), reason }),
    true,
    'Move a case to another ATENSI stage; the reason is kept in the history.',
  ),
  'cases:change-status': channel<CaseDetail>()(
    z
      .strictObject({
        id,
        version,
        status: z.enum(CASE_STATUS.values, { error: 'Pilih status.' }),
        reason,
        closureReason: z.enum(CLOSURE_REASON.values).optional(),
      })
      .superRefine((v, ctx) => {
        if (closed.has(v.status) && !v.closureReason)
          ctx.addIssue({ code: 'custom', path: ['closureReason'], message: 'Alasan penutupan wajib diisi untuk status ini.' });
        if (!closed.has(v.status) && v.closureReason)
          ctx.addIssue({ code: 'custom', path: ['closureReason'], message: 'Alasan penutupan hanya untuk kasus yang ditutup.' });
      }),
    true,
    'Change a case\'s status; closing statuses need a closure reason and set the closed date. A pekerja sosial\'s closing status becomes a closure request for a koordinator.',
  ),
  'cases:decide-closure': channel<CaseDetail>()(
    z
      .strictObject({
        id,
        version,
        decision: z.enum(['setujui', 'kembalikan'], { error: 'Pilih: setujui atau kembalikan.' }),
        /** Why it goes back to the worker (required), or a note to the approval. */
        note: optionalText(1000),
      })
      .superRefine((v, ctx) => {
        if (v.decision === 'kembalikan' && !v.note) ctx.addIssue({ code: 'custom', path: ['note'], message: 'Tulis alasan pengembalian untuk pekerja sosial.' });
      }),
    true,
    'Koordinator: approve a pending closure (the case takes the requested status) or return it to the worker with a reason.',
  ),
};
