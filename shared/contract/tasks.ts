import { z } from 'zod';
import { RISK, TASK_KIND, TASK_STATUS } from '../enums';
import { channel, id, isoDate, optionalText, paging, requiredText, version } from './common';
import { DUE_PAGE, DUE_SECTIONS } from './constants';

export interface Task {
  id: string;
  caseId: string;
  kind: (typeof TASK_KIND.values)[number];
  title: string;
  dueDate: string;
  status: (typeof TASK_STATUS.values)[number];
  closedAt: string | null;
  note: string | null;
  assignedWorkerId: string | null;
  version: number;
}

export interface DueTask extends Task {
  caseNumber: string;
  clientId: string;
  clientName: string;
  risk: (typeof RISK.values)[number] | null;
  /** Positive when overdue, 0 due today, negative when ahead. */
  daysOverdue: number;
}

/** A sent referral whose expected answer date has passed: chase the destination. */
export interface AwaitingReferral {
  referralId: string;
  caseId: string;
  caseNumber: string;
  clientName: string;
  institutionName: string;
  expectedResponseDate: string;
  daysOverdue: number;
}

export { DUE_PAGE, DUE_SECTIONS, type DueSection } from './constants';

/** One page of a Tindak Lanjut list: `rows` from the asked offset, and how many the list holds in all. */
export interface DuePage<T> {
  rows: T[];
  total: number;
}

export interface DueList {
  today: string;
  /** Each list is null when the call asked for another one (`section`). */
  overdue: DuePage<DueTask> | null;
  thisWeek: DuePage<DueTask> | null;
  awaitingResponse: DuePage<AwaitingReferral> | null;
}

export const taskChannels = {
  'tasks:create': channel<Task>()(
    z.strictObject({
      caseId: id,
      kind: z.enum(TASK_KIND.values, { error: 'Pilih jenis tindak lanjut.' }),
      title: requiredText(200, 'Judul'),
      dueDate: isoDate,
      assignedWorkerId: id.nullable().optional(),
    }),
    true,
    'Plan a follow-up (visit, call, documents, check a referral) with a due date.',
  ),
  'tasks:close': channel<Task>()(
    z.strictObject({ id, version, outcome: z.enum(['selesai', 'terlewat'], { error: 'Pilih: selesai atau terlewat.' }), note: optionalText(1000) }),
    true,
    'Mark a follow-up done (selesai) or missed (terlewat), with a note.',
  ),
  'tasks:list': channel<Task[]>()(z.strictObject({ caseId: id }), false, 'A case\'s follow-ups, open first.'),
  'tasks:due': channel<DueList>()(
    z
      .strictObject({
        workerId: id.optional(),
        all: z.boolean().default(false),
        section: z.enum(DUE_SECTIONS, { error: 'Bagian harus overdue, thisWeek atau awaitingResponse.' }).optional(),
        offset: paging.offset,
        limit: z.int().min(1).max(500).default(DUE_PAGE),
      })
      .refine((v) => v.section !== undefined || v.offset === 0, { path: ['offset'], error: 'Offset hanya berlaku untuk satu bagian: sebutkan section.' })
      .prefault({}),
    false,
    "Tindak Lanjut: open follow-ups overdue and due in the next 7 days, highest risk first, and sent referrals past their expected answer (the current worker's unless all or workerId); each list a page (offset, limit) with its total, or only `section`'s.",
  ),
};
