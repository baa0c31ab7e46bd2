import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import type { Letter, LetterSettings } from '../../../shared/contract';
import { PAPER_SIZE_MM } from '../../../shared/enums';
import { AppError } from '../../../shared/result';
import { fillTemplate, nextCounter } from '../cases/numbering';
import { recordChange } from '../changes/record';
import { nowIso, type CoreContext } from '../context';
import { fieldError, notFound } from '../errors';
import type { AsyncHandler, HandlerGroup } from '../handlers';
import { officeToday } from '../settings/store';
import { currentWorkerId } from '../workers/session';
import { letterData } from './data';
import { letterHtml } from './html';
import { readLetterSettings, writeLetterSettings } from './settings';

interface LetterRow {
  id: string;
  referral_id: string;
  number: string;
  paper: Letter['paper'];
  with_summary: number;
  state: string;
  sha256: string | null;
  issued_at: string;
  issued_by: string | null;
  cancelled_at: string | null;
  cancel_reason: string | null;
}

const META = 'id, referral_id, number, paper, with_summary, state, sha256, issued_at, issued_by, cancelled_at, cancel_reason';
const toLetter = (r: LetterRow): Letter => ({
  id: r.id,
  referralId: r.referral_id,
  number: r.number,
  paper: r.paper,
  issuedAt: r.issued_at,
  issuedBy: r.issued_by,
  withSummary: r.with_summary === 1,
  sha256: r.sha256 ?? '',
  cancelledAt: r.cancelled_at,
  cancelReason: r.cancel_reason,
});
const findLetter = (ctx: CoreContext, id: string) => {
  const r = ctx.db.prepare(`SELECT ${META} FROM letters WHERE id = ?`).get(id) as LetterRow | undefined;
  return r ? toLetter(r) : null;
};

/** The number the next letter of this year gets, and the values that build it. */
function numberFor(ctx: CoreContext, s: LetterSettings, today: string, take: boolean) {
  const year = Number(today.slice(0, 4));
  const nomor = take
    ? nextCounter(ctx, 'letter', year)
    : ((ctx.db.prepare(`SELECT value FROM counters WHERE name = 'letter' AND year = ?`).get(year) as { value: number } | undefined)?.value ?? 0) + 1;
  return { year, nomor, number: fillTemplate(s.numberTemplate, { nomor, tahun: year, bulan: Number(today.slice(5, 7)), unit: s.unitCode, kode: s.classificationCode }) };
}

function checkReferral(ctx: CoreContext, referralId: string) {
  const r = ctx.db.prepare('SELECT status FROM referrals WHERE id = ?').get(referralId) as { status: string } | undefined;
  if (!r) throw fieldError('referralId', 'Rujukan tidak ditemukan.');
  if (!['draft', 'dikirim', 'diterima'].includes(r.status)) throw fieldError('referralId', `Rujukan berstatus ${r.status}: surat tidak dapat diterbitkan.`);
}

/** Letters left "printing" by a process that died: cancel them so their numbers stay accounted for. */
function cancelAbandoned(ctx: CoreContext) {
  const cutoff = new Date(ctx.clock.now().getTime() - 10 * 60_000).toISOString();
  ctx.db
    .prepare(`UPDATE letters SET state = 'cancelled', cancelled_at = ?, cancel_reason = 'Pencetakan terputus (aplikasi tertutup saat mencetak).' WHERE state = 'printing' AND issued_at < ?`)
    .run(nowIso(ctx), cutoff);
}

type Issued = { id: string; pdf: Buffer };

/**
 * Issuing takes the number and records the letter first (one transaction), then prints,
 * then stores the PDF (a second transaction). If printing fails, the letter is recorded as
 * cancelled: a number is never reused and never silently skipped.
 */
const issue: AsyncHandler<'letters:issue', Issued> = {
  prepare: async (ctx, { referralId, paper, withSummary }) => {
    if (!ctx.printer) throw new AppError('INTERNAL', 'Pencetak PDF tidak tersedia di sini.');
    const reserved = ctx.db.transaction(() => {
      checkReferral(ctx, referralId);
      cancelAbandoned(ctx);
      const s = readLetterSettings(ctx);
      const today = officeToday(ctx);
      const p = paper ?? s.paper;
      const { year, nomor, number } = numberFor(ctx, s, today, true);
      const id = ctx.newId();
      ctx.db
        .prepare(
          `INSERT INTO letters (id, referral_id, number, counter_year, counter_value, paper, with_summary, state, issued_at, issued_by)
           VALUES (?, ?, ?, ?, ?, ?, ?, 'printing', ?, ?)`,
        )
        .run(id, referralId, number, year, nomor, p, withSummary ? 1 : 0, nowIso(ctx), currentWorkerId(ctx));
      recordChange(ctx, { entity: 'letter', entityId: id, action: 'create', before: null, after: { number, referralId, paper: p } });
      return { id, paper: p, html: letterHtml(s, letterData(ctx, referralId, today), { number, paper: p, withSummary, today }) };
    }).immediate();
    try {
      const size = PAPER_SIZE_MM[reserved.paper];
      return { id: reserved.id, pdf: await ctx.printer.pdf(reserved.html, { widthMm: size.width, heightMm: size.height }) };
    } catch (e) {
      const reason = `Gagal mencetak: ${(e as Error).message}`.slice(0, 500);
      ctx.db.transaction(() => {
        ctx.db.prepare(`UPDATE letters SET state = 'cancelled', cancelled_at = ?, cancel_reason = ? WHERE id = ?`).run(nowIso(ctx), reason, reserved.id);
        recordChange(ctx, { entity: 'letter', entityId: reserved.id, action: 'update', before: { state: 'printing' }, after: { state: 'cancelled' }, reason });
      }).immediate();
      throw new AppError('INTERNAL', `${reason} Nomor surat dicatat sebagai batal; terbitkan ulang setelah masalahnya diatasi.`);
    }
  },
  run: (ctx, { id, pdf }) => {
    ctx.db.prepare(`UPDATE letters SET state = 'issued', pdf = ?, sha256 = ? WHERE id = ?`).run(pdf, createHash('sha256').update(pdf).digest('hex'), id);
    recordChange(ctx, { entity: 'letter', entityId: id, action: 'update', before: { state: 'printing' }, after: { state: 'issued' } });
    return findLetter(ctx, id)!;
  },
};

/** The logo must really be a PNG or JPEG, whatever its data: URL claims. */
const updateSettings: AsyncHandler<'letters:settings-update', LetterSettings> = {
  prepare: async (_ctx, input) => {
    if (input.logo) {
      const type = await fileTypeFromBuffer(Buffer.from(input.logo.slice(input.logo.indexOf(',') + 1), 'base64'));
      if (!type || !['image/png', 'image/jpeg'].includes(type.mime)) throw fieldError('logo', 'Logo bukan gambar PNG atau JPEG.');
    }
    return input;
  },
  run: (ctx, input) => {
    const before = readLetterSettings(ctx);
    writeLetterSettings(ctx, input);
    recordChange(ctx, { entity: 'settings', entityId: 'letter', action: 'update', before: { ...before, logo: before.logo ? '(gambar)' : null }, after: { ...input, logo: input.logo ? '(gambar)' : null } });
    return readLetterSettings(ctx);
  },
};

export const letterHandlers: HandlerGroup = {
  'letters:settings-get': (ctx) => readLetterSettings(ctx),
  'letters:settings-update': updateSettings,

  'letters:preview': (ctx, { referralId, paper, withSummary }) => {
    checkReferral(ctx, referralId);
    const s = readLetterSettings(ctx);
    const today = officeToday(ctx);
    const { number } = numberFor(ctx, s, today, false);
    return { number, html: letterHtml(s, letterData(ctx, referralId, today), { number, paper: paper ?? s.paper, withSummary, today }) };
  },

  'letters:issue': issue,

  'letters:get': (ctx, { id }) => {
    const row = ctx.db.prepare(`SELECT ${META}, pdf FROM letters WHERE id = ?`).get(id) as (LetterRow & { pdf: Buffer | null }) | undefined;
    if (!row) throw notFound('Surat');
    if (!row.pdf) throw new AppError('NOT_FOUND', `Surat ${row.number} tidak memiliki PDF (${row.cancel_reason ?? 'belum selesai dicetak'}).`);
    return { ...toLetter(row), pdfBase64: row.pdf.toString('base64') };
  },

  'letters:cancel': (ctx, { id, reason }) => {
    const before = findLetter(ctx, id);
    if (!before) throw notFound('Surat');
    if (before.cancelledAt) throw new AppError('CONFLICT', `Surat ${before.number} sudah dibatalkan.`);
    ctx.db.prepare(`UPDATE letters SET state = 'cancelled', cancelled_at = ?, cancel_reason = ? WHERE id = ?`).run(nowIso(ctx), reason, id);
    recordChange(ctx, { entity: 'letter', entityId: id, action: 'update', before: { state: 'issued' }, after: { state: 'cancelled' }, reason });
    return findLetter(ctx, id)!;
  },
};
