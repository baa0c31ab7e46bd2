import type { ConsentInput } from '../../../shared/contract/consent';
import { AppError, type FieldError } from '../../../shared/result';
import { storeAttachment } from '../attachments/handlers';
import { inspectAttachment } from '../attachments/sniff';
import { recordChange } from '../changes/record';
import { nowIso, type CoreContext } from '../context';
import { fieldErrors, notFound, staleVersion } from '../errors';
import { assertNotErased } from '../erasure/guard';
import type { AsyncHandler, HandlerGroup } from '../handlers';
import { officeToday } from '../settings/store';
import { currentWorkerId } from '../workers/session';
import { consentFacts, findConsent, listConsents } from './store';

type Prepared = ConsentInput & { file: Awaited<ReturnType<typeof inspectAttachment>> | null };

/** A child (under 18 on the day) cannot consent alone: a parent or guardian does (UU 27/2022 Pasal 25). */
function isChildOn(birthDate: string | null, day: string): boolean {
  if (!birthDate) return false;
  return day < `${Number(birthDate.slice(0, 4)) + 18}${birthDate.slice(4)}`;
}

/** The file checks of every attachment, with their errors placed on the form's evidence field. */
async function inspectEvidence(e: { fileName: string; dataBase64: string }) {
  try {
    return await inspectAttachment(e.fileName, e.dataBase64);
  } catch (err) {
    if (!(err instanceof AppError) || !err.body.fields) throw err;
    throw fieldErrors(err.body.fields.map((f) => ({ ...f, path: `evidence.${f.path}` })));
  }
}

function checkConsent(ctx: CoreContext, input: ConsentInput): void {
  const client = ctx.db.prepare('SELECT birth_date FROM clients WHERE id = ?').get(input.clientId) as { birth_date: string | null } | undefined;
  if (!client) throw notFound('Klien');
  assertNotErased(ctx, input.clientId);
  const errors: FieldError[] = [];
  if (input.givenOn > officeToday(ctx)) errors.push({ path: 'givenOn', message: 'Tanggal persetujuan tidak boleh di masa depan.' });
  if (client.birth_date && input.givenOn < client.birth_date) errors.push({ path: 'givenOn', message: 'Tanggal persetujuan sebelum tanggal lahir klien.' });
  else if (input.givenBy === 'klien' && isChildOn(client.birth_date, input.givenOn))
    errors.push({
      path: 'givenBy',
      message: 'Klien belum berusia 18 tahun pada tanggal persetujuan: persetujuan diberikan oleh orang tua/wali (UU 27/2022 Pasal 25).',
    });
  if (errors.length) throw fieldErrors(errors);
}

const create: AsyncHandler<'consents:create', Prepared> = {
  // Reading the file (and making a thumbnail) is slow work: outside the transaction.
  prepare: async (_ctx, input) => ({ ...input, file: input.evidence ? await inspectEvidence(input.evidence) : null }),
  run: (ctx, p) => {
    checkConsent(ctx, p);
    const evidence = p.file ? storeAttachment(ctx, { client_id: p.clientId, case_id: null, visit_id: null }, p.evidence!.fileName, p.file) : null;
    const id = ctx.newId();
    const now = nowIso(ctx);
    // A guardian's name only when a guardian gave it: "klien sendiri" leaves the fields empty.
    const guardian = p.givenBy === 'wali' ? [p.guardianName, p.guardianRelation] : [null, null];
    ctx.db
      .prepare(
        `INSERT INTO consents (id, client_id, purpose, given_by, guardian_name, guardian_relation, given_on, attachment_id, note, actor_id, version, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
      )
      .run(id, p.clientId, p.purpose, p.givenBy, ...guardian, p.givenOn, evidence?.id ?? null, p.note, currentWorkerId(ctx), now, now);
    const consent = findConsent(ctx, id)!;
    recordChange(ctx, { entity: 'consent', entityId: id, action: 'create', before: null, after: consentFacts(consent) });
    return consent;
  },
};

export const consentHandlers: HandlerGroup = {
  'consents:list': (ctx, { clientId, caseId }) => {
    const id = clientId ?? (ctx.db.prepare('SELECT client_id AS c FROM cases WHERE id = ?').get(caseId) as { c: string } | undefined)?.c;
    if (!id || !ctx.db.prepare('SELECT 1 FROM clients WHERE id = ?').get(id)) throw notFound(clientId ? 'Klien' : 'Kasus');
    return listConsents(ctx, id);
  },

  'consents:create': create,

  'consents:withdraw': (ctx, { id, version, withdrawnOn, reason }) => {
    const before = findConsent(ctx, id);
    if (!before) throw notFound('Persetujuan');
    if (before.version !== version) throw staleVersion('Persetujuan');
    if (before.withdrawnOn) throw new AppError('CONFLICT', `Persetujuan ini sudah ditarik pada ${before.withdrawnOn}.`);
    const errors: FieldError[] = [];
    if (withdrawnOn > officeToday(ctx)) errors.push({ path: 'withdrawnOn', message: 'Tanggal penarikan tidak boleh di masa depan.' });
    if (withdrawnOn < before.givenOn) errors.push({ path: 'withdrawnOn', message: `Tanggal penarikan sebelum persetujuan diberikan (${before.givenOn}).` });
    if (errors.length) throw fieldErrors(errors);
    ctx.db
      .prepare('UPDATE consents SET withdrawn_on = ?, withdrawal_reason = ?, version = version + 1, updated_at = ? WHERE id = ?')
      .run(withdrawnOn, reason, nowIso(ctx), id);
    const after = findConsent(ctx, id)!;
    recordChange(ctx, { entity: 'consent', entityId: id, action: 'update', before: consentFacts(before), after: consentFacts(after) });
    return after;
  },
};
