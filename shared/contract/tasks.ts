import { z } from 'zod';
import { RISK, TASK_KIND, TASK_STATUS } from '../enums';
import { channel, id, isoDate, optionalText, requiredText, version } from './common';

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
  'tasks:due': channel<{ today: string; overdue: DueTask[]; thisWeek: DueTask[]; awaitingResponse: AwaitingReferral[] }>()(
    z.strictObject({ workerId: id.optional(), all: z.boolean().default(false) }).optional().transform((v) => v ?? { all: false }),
    false,
    'Tindak Lanjut: open follow-ups overdue and due in the next 7 days, highest risk first, and sent referrals past their expected answer (the current worker\'s unless all or workerId).',
  ),
};
