import type { Referral, ReferralInput } from '../../../shared/contract';
import type { CoreContext } from '../context';

interface Row {
  id: string;
  case_id: string;
  institution_id: string;
  reason: string;
  services_requested: string | null;
  urgency: Referral['urgency'];
  expected_response_date: string | null;
  documents: string;
  consent: string | null;
  consent_override: string | null;
  status: Referral['status'];
  outcome: string | null;
  version: number;
  created_at: string;
  institution_name: string;
  institution_type: string;
  case_number: string;
  client_id: string;
  client_name: string;
}

export function findReferral(ctx: CoreContext, id: string): Referral | null {
  const r = ctx.db
    .prepare(
      `SELECT r.*, i.name AS institution_name, i.type AS institution_type, c.number AS case_number, c.client_id, cl.name AS client_name
       FROM referrals r JOIN institutions i ON i.id = r.institution_id JOIN cases c ON c.id = r.case_id JOIN clients cl ON cl.id = c.client_id
       WHERE r.id = ?`,
    )
    .get(id) as Row | undefined;
  if (!r) return null;
  const history = ctx.db
    .prepare(
      `SELECT e.id, e.status, e.date, e.note, w.name AS actorName FROM referral_events e LEFT JOIN workers w ON w.id = e.actor_id
       WHERE e.referral_id = ? ORDER BY e.created_at DESC, e.id DESC`,
    )
    .all(id) as Referral['history'];
  const letters = ctx.db
    .prepare(`SELECT id, number, issued_at AS issuedAt, paper, cancelled_at AS cancelledAt FROM letters WHERE referral_id = ? ORDER BY issued_at DESC, id DESC`)
    .all(id) as Referral['letters'];
  return {
    id: r.id,
    caseId: r.case_id,
    institutionId: r.institution_id,
    reason: r.reason,
    servicesRequested: r.services_requested,
    urgency: r.urgency,
    expectedResponseDate: r.expected_response_date,
    documents: JSON.parse(r.documents),
    consent: r.consent ? JSON.parse(r.consent) : null,
    consentOverride: r.consent_override,
    status: r.status,
    outcome: r.outcome,
    institution: { id: r.institution_id, name: r.institution_name, type: r.institution_type },
    caseNumber: r.case_number,
    clientId: r.client_id,
    clientName: r.client_name,
    history,
    letters,
    version: r.version,
    createdAt: r.created_at,
  };
}

/** The stored columns of a referral's editable fields, in update order. */
export const editable = (i: ReferralInput) => ({
  institution_id: i.institutionId,
  reason: i.reason,
  services_requested: i.servicesRequested,
  urgency: i.urgency,
  expected_response_date: i.expectedResponseDate,
  documents: JSON.stringify(i.documents),
  consent: i.consent ? JSON.stringify(i.consent) : null,
  consent_override: i.consent ? null : i.consentOverride,
});
