import type { Consent } from '../../../shared/contract/consent';
import type { CoreContext } from '../context';
import { findAttachment } from '../attachments/handlers';

interface ConsentRow {
  id: string;
  client_id: string;
  purpose: Consent['purpose'];
  given_by: Consent['givenBy'];
  guardian_name: string | null;
  guardian_relation: string | null;
  given_on: string;
  attachment_id: string | null;
  note: string | null;
  withdrawn_on: string | null;
  withdrawal_reason: string | null;
  actor_name: string | null;
  client_name: string;
  version: number;
  created_at: string;
}

const SELECT = `SELECT c.*, w.name AS actor_name, cl.name AS client_name FROM consents c JOIN clients cl ON cl.id = c.client_id LEFT JOIN workers w ON w.id = c.actor_id`;

const toConsent = (ctx: CoreContext, r: ConsentRow): Consent => ({
  id: r.id,
  clientId: r.client_id,
  clientName: r.client_name,
  purpose: r.purpose,
  givenBy: r.given_by,
  guardianName: r.guardian_name,
  guardianRelation: r.guardian_relation,
  givenOn: r.given_on,
  note: r.note,
  evidence: r.attachment_id ? findAttachment(ctx, r.attachment_id) : null,
  withdrawnOn: r.withdrawn_on,
  withdrawalReason: r.withdrawal_reason,
  actorName: r.actor_name,
  version: r.version,
  createdAt: r.created_at,
});

export function findConsent(ctx: CoreContext, id: string): Consent | null {
  const r = ctx.db.prepare(`${SELECT} WHERE c.id = ?`).get(id) as ConsentRow | undefined;
  return r ? toConsent(ctx, r) : null;
}

/** Newest consent first; a withdrawn one stays where it was given. */
export function listConsents(ctx: CoreContext, clientId: string): Consent[] {
  return (ctx.db.prepare(`${SELECT} WHERE c.client_id = ? ORDER BY c.given_on DESC, c.id DESC`).all(clientId) as ConsentRow[]).map((r) =>
    toConsent(ctx, r),
  );
}

/** The change-log view of a consent: what a person would name, never the file's contents. */
export const consentFacts = (c: Consent) => ({
  purpose: c.purpose,
  givenBy: c.givenBy,
  guardianName: c.guardianName,
  guardianRelation: c.guardianRelation,
  givenOn: c.givenOn,
  note: c.note,
  evidenceId: c.evidence?.id ?? null,
  withdrawnOn: c.withdrawnOn,
  withdrawalReason: c.withdrawalReason,
});
