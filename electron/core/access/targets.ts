import type { CoreContext } from '../context';
import { ownsCase, ownsClient } from './scope';

/** A record named by a channel's input, to be checked against the worker's own cases. */
export type Target = [kind: 'case' | 'client' | 'visit' | 'task' | 'referral' | 'letter' | 'attachment' | 'device' | 'pasung' | 'consent', id: string];

/** How each kind of record reaches its case (case-level records) or its client (client-level ones). */
const OWNER: Record<Exclude<Target[0], 'case' | 'client'>, string> = {
  visit: 'SELECT case_id AS caseId, NULL AS clientId FROM visits WHERE id = ?',
  task: 'SELECT case_id AS caseId, NULL AS clientId FROM tasks WHERE id = ?',
  referral: 'SELECT case_id AS caseId, NULL AS clientId FROM referrals WHERE id = ?',
  letter: 'SELECT r.case_id AS caseId, NULL AS clientId FROM letters l JOIN referrals r ON r.id = l.referral_id WHERE l.id = ?',
  // A photo of a visit belongs to its case; one attached to the client alone, to the client.
  attachment: 'SELECT case_id AS caseId, client_id AS clientId FROM attachments WHERE id = ?',
  // Devices and pasung episodes are facts about the client, whichever case recorded them.
  device: 'SELECT NULL AS caseId, client_id AS clientId FROM devices WHERE id = ?',
  pasung: 'SELECT NULL AS caseId, client_id AS clientId FROM pasung_episodes WHERE id = ?',
  consent: 'SELECT NULL AS caseId, client_id AS clientId FROM consents WHERE id = ?',
};

/**
 * 'case' or 'client': which of the worker's rights the target lacks; null when it is hers
 * or does not exist (the handler then answers NOT_FOUND, as for anyone).
 */
export function lacking(ctx: CoreContext, workerId: string, [kind, id]: Target): 'case' | 'client' | null {
  if (kind === 'case') return ownsCase(ctx, workerId, id) === false ? 'case' : null;
  if (kind === 'client') return ownsClient(ctx, workerId, id) === false ? 'client' : null;
  const row = ctx.db.prepare(OWNER[kind]).get(id) as { caseId: string | null; clientId: string | null } | undefined;
  if (!row) return null;
  if (row.caseId) return ownsCase(ctx, workerId, row.caseId) === false ? 'case' : null;
  return row.clientId && ownsClient(ctx, workerId, row.clientId) === false ? 'client' : null;
}
