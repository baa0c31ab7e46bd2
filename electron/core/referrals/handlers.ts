import type { Referral, ReferralInput } from '../../../shared/contract';
import { addDays } from '../../../shared/dates';
import { REFERRAL_TRANSITIONS } from '../../../shared/enums';
import { AppError, type FieldError } from '../../../shared/result';
import { recordChange } from '../changes/record';
import { nowIso, type CoreContext } from '../context';
import { fieldError, fieldErrors, notFound, staleVersion } from '../errors';
import { ownCase, ownCasesOf } from '../access/scope';
import type { HandlerGroup } from '../handlers';
import { officeToday } from '../settings/store';
import { currentWorkerId } from '../workers/session';
import { editable, findReferral } from './store';

/** Days until an answer is expected once a referral is sent, by urgency. */
const ANSWER_DAYS = { darurat: 1, segera: 3, biasa: 7 } as const;

function checkInput(ctx: CoreContext, input: ReferralInput, path = '') {
  const errors: FieldError[] = [];
  const inst = ctx.db.prepare('SELECT active FROM institutions WHERE id = ?').get(input.institutionId) as { active: number } | undefined;
  if (!inst) errors.push({ path: `${path}institutionId`, message: 'Lembaga tujuan tidak ada di direktori.' });
  else if (!inst.active) errors.push({ path: `${path}institutionId`, message: 'Lembaga tujuan sudah tidak aktif.' });
  for (const [i, d] of input.documents.entries()) {
    if (!d.attachmentId) continue;
    const a = ctx.db
      .prepare('SELECT a.client_id FROM attachments a JOIN cases c ON c.client_id = a.client_id WHERE a.id = ? AND c.id = ?')
      .get(d.attachmentId, input.caseId);
    if (!a) errors.push({ path: `${path}documents.${i}.attachmentId`, message: `Berkas untuk ${d.name} bukan lampiran klien ini.` });
  }
  if (input.consent && input.consent.date > officeToday(ctx)) errors.push({ path: `${path}consent.date`, message: 'Tanggal persetujuan tidak boleh di masa depan.' });
  if (errors.length) throw fieldErrors(errors);
}

function addEvent(ctx: CoreContext, referralId: string, status: Referral['status'], date: string, note: string | null) {
  ctx.db
    .prepare('INSERT INTO referral_events (id, referral_id, status, date, note, actor_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(ctx.newId(), referralId, status, date, note, currentWorkerId(ctx), nowIso(ctx));
}

export const referralHandlers: HandlerGroup = {
  'referrals:create': (ctx, input) => {
    if (!ctx.db.prepare('SELECT 1 FROM cases WHERE id = ?').get(input.caseId)) throw fieldError('caseId', 'Kasus tidak ditemukan.');
    checkInput(ctx, input);
    const id = ctx.newId();
    const now = nowIso(ctx);
    const cols = editable(input);
    ctx.db
      .prepare(
        `INSERT INTO referrals (id, case_id, ${Object.keys(cols).join(', ')}, status, version, created_at, updated_at)
         VALUES (?, ?, ${Object.keys(cols).map(() => '?').join(', ')}, 'draft', 1, ?, ?)`,
      )
      .run(id, input.caseId, ...Object.values(cols), now, now);
    addEvent(ctx, id, 'draft', officeToday(ctx), null);
    recordChange(ctx, { entity: 'referral', entityId: id, action: 'create', before: null, after: { ...input } });
    return findReferral(ctx, id)!;
  },

  'referrals:update': (ctx, { id, version, referral: input }) => {
    const before = findReferral(ctx, id);
    if (!before) throw notFound('Rujukan');
    if (before.version !== version) throw staleVersion('Rujukan');
    if (before.status !== 'draft') throw new AppError('CONFLICT', 'Rujukan yang sudah dikirim tidak dapat diubah; catat perkembangannya lewat statusnya.');
    if (input.caseId !== before.caseId) throw fieldError('referral.caseId', 'Rujukan tidak dapat dipindah ke kasus lain.');
    checkInput(ctx, input, 'referral.');
    const cols = editable(input);
    ctx.db
      .prepare(`UPDATE referrals SET ${Object.keys(cols).map((c) => `${c} = ?`).join(', ')}, version = version + 1, updated_at = ? WHERE id = ?`)
      .run(...Object.values(cols), nowIso(ctx), id);
    recordChange(ctx, { entity: 'referral', entityId: id, action: 'update', before: { ...before, history: null, letters: null }, after: { ...before, ...input, history: null, letters: null } });
    return findReferral(ctx, id)!;
  },

  'referrals:transition': (ctx, { id, version, to, date, note }) => {
    const before = findReferral(ctx, id);
    if (!before) throw notFound('Rujukan');
    if (before.version !== version) throw staleVersion('Rujukan');
    const allowed = REFERRAL_TRANSITIONS[before.status];
    if (!allowed.includes(to)) {
      throw fieldError('to', allowed.length
        ? `Rujukan berstatus ${before.status} hanya bisa menjadi ${allowed.join(' atau ')}.`
        : `Rujukan berstatus ${before.status} sudah selesai prosesnya dan tidak dapat diubah.`);
    }
    if ((to === 'ditolak' || to === 'selesai' || to === 'dibatalkan') && !note) {
      throw fieldError('note', to === 'selesai' ? 'Catat hasil rujukan.' : to === 'ditolak' ? 'Catat alasan penolakan.' : 'Catat alasan pembatalan.');
    }
    if (date > officeToday(ctx)) throw fieldError('date', 'Tanggal tidak boleh di masa depan.');
    // Drafting is paperwork done at the desk; a referral handed over by hand may be recorded later.
    const last = before.history.find((h) => h.status !== 'draft')?.date;
    if (last && date < last) throw fieldError('date', `Tanggal sebelum langkah sebelumnya (${last}).`);
    const expected = to === 'dikirim' ? (before.expectedResponseDate ?? addDays(date, ANSWER_DAYS[before.urgency])) : before.expectedResponseDate;
    ctx.db
      .prepare('UPDATE referrals SET status = ?, expected_response_date = ?, outcome = ?, version = version + 1, updated_at = ? WHERE id = ?')
      .run(to, expected, to === 'selesai' ? note : before.outcome, nowIso(ctx), id);
    // A referral recorded after it was handed over: it was drafted no later than it was sent.
    ctx.db.prepare(`UPDATE referral_events SET date = ? WHERE referral_id = ? AND status = 'draft' AND date > ?`).run(date, id, date);
    addEvent(ctx, id, to, date, note);
    recordChange(ctx, { entity: 'referral', entityId: id, action: 'update', before: { status: before.status }, after: { status: to, date }, reason: note });
    return findReferral(ctx, id)!;
  },

  'referrals:get': (ctx, { id }) => {
    const r = findReferral(ctx, id);
    if (!r) throw notFound('Rujukan');
    return r;
  },

  'referrals:list': (ctx, { caseId, status, limit }) =>
    (
      ctx.db
        .prepare(
          `SELECT r.id FROM referrals r WHERE (@caseId IS NULL OR r.case_id = @caseId) AND (@status IS NULL OR r.status = @status)
             AND (@own IS NULL OR r.case_id IN (SELECT c.id FROM cases c WHERE ${ownCase('c')}))
           ORDER BY r.created_at DESC, r.id DESC LIMIT @limit`,
        )
        // A pekerja sosial's office-wide list holds her own cases' referrals only.
        .all({ caseId: caseId ?? null, status: status ?? null, limit, own: ownCasesOf(ctx) }) as { id: string }[]
    ).map((r) => findReferral(ctx, r.id)!),
};
