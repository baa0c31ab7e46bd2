import type { LetterSettings, TimelineEvent } from '../../../shared/contract';
import { PAPER_SIZE_MM } from '../../../shared/enums';
import { describeEvent } from './describe-event';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const when = (at: string, timeZone: string) =>
  at.length === 10
    ? new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${at}T00:00:00Z`))
    : new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(at));

export interface HistoryCase {
  title: string;
  identity: [string, string][];
  events: TimelineEvent[];
}

/**
 * A printed case history: per case an identity page, then the whole timeline, oldest first
 * as a file is read; office header and "Halaman x dari y" on every page (CSS page margin
 * boxes, printed the same by Chromium and Electron).
 */
export function historyHtml(s: LetterSettings, cases: HistoryCase[], opts: { paper: 'a4' | 'f4'; timeZone: string; printedAt: string; deidentified: boolean }) {
  const size = PAPER_SIZE_MM[opts.paper];
  const header = esc(s.agencyLines.join(' · '));
  const body = cases
    .map(
      (c) => `<section class="case">
  <h1>${esc(c.title)}</h1>
  <table class="id">${c.identity.map(([k, v]) => `<tr><th>${esc(k)}</th><td>${esc(v)}</td></tr>`).join('')}</table>
  <h2>Riwayat (${c.events.length} peristiwa)</h2>
  <ol class="events">
  ${[...c.events]
    .reverse()
    .map((e) => {
      const { title, detail } = describeEvent(e);
      return `<li><div class="when">${esc(when(e.at, opts.timeZone))}${e.actorName ? ` · ${esc(e.actorName)}` : ''}</div><div class="what">${esc(title)}</div>${detail
        .map((l) => `<div class="detail">${esc(l)}</div>`)
        .join('')}</li>`;
    })
    .join('\n  ')}
  </ol>
</section>`,
    )
    .join('\n');
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Riwayat Kasus</title><style>
  @page { size: ${size.width}mm ${size.height}mm; margin: 22mm 18mm 18mm 22mm;
    @top-center { content: "${header.replace(/"/g, '\\"')}"; font: 9pt 'Liberation Sans', 'DejaVu Sans', sans-serif; color: #444; }
    @bottom-right { content: "Halaman " counter(page) " dari " counter(pages); font: 9pt 'Liberation Sans', 'DejaVu Sans', sans-serif; }
    @bottom-left { content: "${opts.deidentified ? 'DIANONIMKAN · ' : 'RAHASIA · '}Dicetak ${esc(opts.printedAt)}"; font: 9pt 'Liberation Sans', 'DejaVu Sans', sans-serif; color: #444; } }
  body { font: 10.5pt/1.4 'Liberation Sans', 'DejaVu Sans', sans-serif; color: #000; }
  .case { break-before: page; } .case:first-child { break-before: auto; }
  h1 { font-size: 15pt; margin: 0 0 4mm; } h2 { font-size: 12pt; margin: 6mm 0 2mm; break-before: page; }
  table.id th { text-align: left; font-weight: normal; color: #333; width: 48mm; vertical-align: top; padding: 1mm 2mm 1mm 0; }
  table.id td { padding: 1mm 0; }
  ol.events { list-style: none; padding: 0; margin: 0; }
  ol.events li { break-inside: avoid; border-left: 2px solid #999; padding: 0 0 3mm 4mm; margin-left: 1mm; }
  .when { font-size: 9pt; color: #444; } .what { font-weight: bold; } .detail { white-space: pre-wrap; }
</style></head><body>${body}</body></html>`;
}
