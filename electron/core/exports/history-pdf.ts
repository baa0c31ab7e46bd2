import { CLUSTER, DISABILITY, PAPER_SIZE_MM, PPKS, SEX, STAGE, CASE_STATUS } from '../../../shared/enums';
import { AppError } from '../../../shared/result';
import { clientDetail } from '../clients/handlers';
import { caseDetail } from '../cases/rows';
import type { CoreContext } from '../context';
import { readLetterSettings } from '../letters/settings';
import { readSettings } from '../settings/store';
import { inChunks, step, unlessCancelled, type Job } from '../jobs/registry';
import { caseTimeline } from '../timeline/handlers';
import { identityOf, scrub } from './deidentify';
import { historyHtml, type HistoryCase } from './history-html';

/**
 * The printed case history of one or more cases, as PDF bytes: the cases are gathered a few
 * at a time (counted), then printed in one document (not countable; a cancel drops the print).
 */
export async function caseHistoryPdf(ctx: CoreContext, caseIds: string[], opts: { paper?: 'a4' | 'f4'; deidentify: boolean }, job: Job) {
  if (!ctx.printer) throw new AppError('INTERNAL', 'Pencetak PDF tidak tersedia di sini.');
  const letter = readLetterSettings(ctx);
  const office = readSettings(ctx);
  const paper = opts.paper ?? letter.paper;
  const identities: ReturnType<typeof identityOf>[] = [];
  const cases: HistoryCase[] = [];
  step(job, 'mengumpulkan', caseIds.length);
  await inChunks(job, caseIds, 5, (id) => cases.push(historyCase(id)));
  function historyCase(id: string): HistoryCase {
    const c = caseDetail(ctx, id);
    const client = clientDetail(ctx, c.clientId);
    const who = identityOf(ctx.db, ctx.db.prepare('SELECT * FROM clients WHERE id = ?').get(client.id) as Record<string, unknown>);
    identities.push(who);
    const name = opts.deidentify ? who.pseudonym : client.name;
    return {
      title: `Riwayat Kasus ${c.number} — ${name}`,
      identity: [
        ['Nama', name],
        ['NIK', opts.deidentify ? (client.nik ? '****************' : '-') : (client.nik ?? '-')],
        ['Jenis kelamin', SEX.label(client.sex)],
        ['Tanggal lahir', opts.deidentify ? (client.birthDate?.slice(0, 4) ?? '-') : (client.birthDate ?? '-')],
        ['Alamat', opts.deidentify ? (client.addressRegions[1]?.name ?? '-') : [client.address.street, ...client.addressRegions.map((r) => r.name).reverse()].filter(Boolean).join(', ') || '-'],
        ['Disabilitas', client.disabilities.map((d) => DISABILITY.label(d)).join(', ') || '-'],
        ['Klaster / PPKS', `${CLUSTER.label(c.cluster)} / ${PPKS.label(c.ppksType)}`],
        ['Tahap / status', `${STAGE.label(c.stage)} / ${CASE_STATUS.label(c.status)}`],
        ['Dibuka / ditutup', `${c.openedAt} / ${c.closedAt ?? '-'}`],
        ['Pekerja sosial', c.assignedWorker?.name ?? '-'],
        ['Ringkasan', c.summary ?? '-'],
      ] as [string, string][],
      events: caseTimeline(ctx, { caseId: id, limit: 100_000 }).events,
    };
  }
  let html = historyHtml(letter, cases, { paper, timeZone: office.timeZone, printedAt: ctx.clock.now().toISOString().slice(0, 16).replace('T', ' '), deidentified: opts.deidentify });
  if (opts.deidentify) html = scrub(html, identities);
  const size = PAPER_SIZE_MM[paper];
  step(job, 'mencetak');
  return unlessCancelled(job, ctx.printer.pdf(html, { widthMm: size.width, heightMm: size.height, signal: job.controller.signal }));
}
