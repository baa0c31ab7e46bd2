import type { RISK } from '../../../shared/enums';
import { recordChange } from '../changes/record';
import { nowIso, type CoreContext } from '../context';

type Risk = (typeof RISK.values)[number];

/** Sets a case's re-shackling risk, logging the change with its reason. */
export function setCaseRisk(ctx: CoreContext, caseId: string, risk: Risk, reason: string): void {
  const row = ctx.db.prepare('SELECT risk FROM cases WHERE id = ?').get(caseId) as { risk: Risk | null } | undefined;
  if (!row || row.risk === risk) return;
  ctx.db.prepare('UPDATE cases SET risk = ?, version = version + 1, updated_at = ? WHERE id = ?').run(risk, nowIso(ctx), caseId);
  recordChange(ctx, { entity: 'case', entityId: caseId, action: 'update', before: { risk: row.risk }, after: { risk }, reason });
}

/** A re-shackling raises every open case of the client to tinggi. */
export function raiseClientRisk(ctx: CoreContext, clientId: string, reason: string): void {
  const open = ctx.db
    .prepare(`SELECT id FROM cases WHERE client_id = ? AND status IN ('aktif', 'ditunda', 'dirujuk')`)
    .all(clientId) as { id: string }[];
  for (const c of open) setCaseRisk(ctx, c.id, 'tinggi', reason);
}
