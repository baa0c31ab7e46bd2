import { HIGHLIGHT_END, HIGHLIGHT_START, type Visit, type VisitSearchHit } from '../../../shared/contract';
import { dateInZone } from '../../../shared/dates';
import type { FieldError } from '../../../shared/result';
import { setCaseRisk } from '../cases/risk';
import { recordChange } from '../changes/record';
import { nowIso } from '../context';
import { fieldError, fieldErrors, notFound } from '../errors';
import { ownCase, ownCasesOf } from '../access/scope';
import type { HandlerGroup } from '../handlers';
import { refuseErased } from '../erasure/guard';
import { noteQuery, rememberNoteTerms } from '../search/note-terms';
import { readSettings } from '../settings/store';
import { createTask } from '../tasks/store';
import { currentWorkerId } from '../workers/session';
import { suggestNextVisit } from './next-visit';
import { findVisit } from './rows';

export const visitHandlers: HandlerGroup = {
  'visits:create': (ctx, input) => {
    const kase = ctx.db
      .prepare(
        'SELECT c.id, c.client_id, c.assigned_worker_id, c.opened_at, cl.birth_date, cl.erased_at FROM cases c JOIN clients cl ON cl.id = c.client_id WHERE c.id = ?',
      )
      .get(input.caseId) as
      | { id: string; client_id: string; assigned_worker_id: string | null; opened_at: string; birth_date: string | null; erased_at: string | null }
      | undefined;
    if (!kase) throw fieldError('caseId', 'Kasus tidak ditemukan.');
    refuseErased(kase.erased_at);
    const settings = readSettings(ctx);
    const visitedAt = new Date(input.visitedAt).toISOString();
    const visitDate = dateInZone(visitedAt, settings.timeZone);
    const today = dateInZone(ctx.clock.now(), settings.timeZone);

    const errors: FieldError[] = [];
    if (visitedAt > nowIso(ctx)) errors.push({ path: 'visitedAt', message: 'Waktu kunjungan tidak boleh di masa depan.' });
    if (kase.birth_date && visitDate < kase.birth_date) errors.push({ path: 'visitedAt', message: 'Waktu kunjungan sebelum tanggal lahir klien.' });
    const relapseDate = input.pasung?.relapseDate;
    if (relapseDate && relapseDate > today) errors.push({ path: 'pasung.relapseDate', message: 'Tanggal kambuh tidak boleh di masa depan.' });
    if (relapseDate && kase.birth_date && relapseDate < kase.birth_date) errors.push({ path: 'pasung.relapseDate', message: 'Tanggal kambuh sebelum tanggal lahir klien.' });
    if (input.pasung?.dtsenDecile && !input.pasung.dtsenRegistered) errors.push({ path: 'pasung.dtsenDecile', message: 'Desil hanya diisi bila terdaftar di DTSEN.' });
    // A relapse makes the risk high whatever was ticked: the suggestion follows the higher risk.
    const risk = input.pasung ? (input.pasung.relapse ? 'tinggi' : input.pasung.risk) : null;
    const next = input.nextVisitDate === undefined ? suggestNextVisit(settings, visitDate, risk).date : input.nextVisitDate;
    if (next && next < visitDate) errors.push({ path: 'nextVisitDate', message: 'Kunjungan berikutnya tidak boleh sebelum kunjungan ini.' });
    if (errors.length) throw fieldErrors(errors);

    const id = ctx.newId();
    const now = nowIso(ctx);
    // A visit fulfils the visits that were planned up to its next one.
    const fulfilled = ctx.db
      .prepare(`SELECT id FROM tasks WHERE case_id = ? AND kind = 'kunjungan' AND status = 'terbuka' AND due_date <= ?`)
      .all(kase.id, next ?? '9999-12-31') as { id: string }[];
    for (const t of fulfilled) {
      ctx.db.prepare(`UPDATE tasks SET status = 'selesai', closed_at = ?, note = ?, version = version + 1, updated_at = ? WHERE id = ?`)
        .run(now, `Dipenuhi oleh kunjungan ${visitDate}.`, now, t.id);
      recordChange(ctx, { entity: 'task', entityId: t.id, action: 'update', before: { status: 'terbuka' }, after: { status: 'selesai' }, reason: 'Dipenuhi oleh kunjungan' });
    }
    const nextTask = next
      ? createTask(ctx, { caseId: kase.id, kind: 'kunjungan', title: 'Kunjungan berikutnya', dueDate: next, assignedWorkerId: kase.assigned_worker_id })
      : null;
    // The visit is returned as built, not read back: the table is STRICT and all TEXT, so the
    // row holds exactly these values (tests/unit/visits.test.ts compares it with visits:get).
    const pasung = input.pasung ? JSON.stringify(input.pasung) : null;
    const visit: Visit = {
      id, caseId: kase.id, type: input.type, visitedAt, place: input.place, peopleMet: input.peopleMet, note: input.note,
      wellbeing: input.wellbeing, pasung: pasung ? JSON.parse(pasung) : null, disabilityProgress: input.disabilityProgress,
      nextVisitDate: next, nextTaskId: nextTask?.id ?? null, authorId: currentWorkerId(ctx), version: 1, createdAt: now, updatedAt: now,
    };
    ctx.db
      .prepare(
        `INSERT INTO visits (id, case_id, type, visited_at, place, people_met, note, wellbeing, pasung, disability_progress,
           risk, relapse_date, next_visit_date, next_task_id, author_id, version, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
      )
      .run(
        id, kase.id, input.type, visitedAt, input.place, input.peopleMet, input.note, input.wellbeing,
        pasung, input.disabilityProgress, risk, relapseDate ?? null, next, visit.nextTaskId, visit.authorId, now, now,
      );
    rememberNoteTerms(ctx.db, input.note, input.place, input.peopleMet);
    recordChange(ctx, { entity: 'visit', entityId: id, action: 'create', before: null, after: { ...visit, note: `(${visit.note.length} karakter)` } });
    if (risk) setCaseRisk(ctx, kase.id, risk, input.pasung?.relapse ? `Kambuh pada ${relapseDate}` : `Kunjungan ${visitDate}`);
    return visit;
  },

  'visits:get': (ctx, { id }) => {
    const v = findVisit(ctx, id);
    if (!v) throw notFound('Kunjungan');
    return v;
  },

  'visits:suggest-next': (ctx, { visitedAt, risk }) => {
    const settings = readSettings(ctx);
    return suggestNextVisit(settings, dateInZone(visitedAt, settings.timeZone), risk);
  },

  'visits:search': (ctx, { query, caseId, limit }) => {
    const fts = noteQuery(ctx.db, query);
    if (!fts) return [];
    // A pekerja sosial finds words in her own cases' notes only.
    const own = ownCasesOf(ctx);
    return ctx.db
      .prepare(
        `SELECT v.id AS visitId, v.case_id AS caseId, c.number AS caseNumber, cl.name AS clientName, v.visited_at AS visitedAt,
                snippet(visits_fts, -1, @start, @end, '…', 24) AS snippet
         FROM visits_fts
         JOIN visits v ON v.rowid = visits_fts.rowid
         JOIN cases c ON c.id = v.case_id
         JOIN clients cl ON cl.id = c.client_id
         WHERE visits_fts MATCH @fts ${caseId ? 'AND v.case_id = @caseId' : ''} ${own ? `AND ${ownCase('c')}` : ''}
         -- Newest entries first, in FTS5's own order: it stops after a page instead of
         -- sorting every note that matches (a common word is in 300,000 of a district's).
         ORDER BY visits_fts.rowid DESC
         LIMIT @limit`,
      )
      .all({ start: HIGHLIGHT_START, end: HIGHLIGHT_END, fts, limit, ...(caseId ? { caseId } : {}), ...(own ? { own } : {}) }) as VisitSearchHit[];
  },
};
