import type { LetterSettings } from '../../../shared/contract';
import { PAPER_SIZE_MM } from '../../../shared/enums';
import { fillBody, type LetterData } from './data';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Blank lines separate paragraphs; single line breaks stay line breaks. */
const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => `<p>${esc(p.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('\n');

const rows = (pairs: [string, string][]) => pairs.map(([k, v]) => `<tr><td class="k">${esc(k)}</td><td>:</td><td>${esc(v)}</td></tr>`).join('');

/**
 * The referral letter in the tata naskah dinas layout: letterhead, place and date on the
 * line of the number, Nomor/Sifat/Lampiran/Hal, "Yth." recipient, body, closing, signature
 * block with room for signature and stamp, Tembusan; optionally a one-page case summary.
 * Self-contained (fonts from the system, logo as a data: URL) so print and preview agree.
 */
export function letterHtml(s: LetterSettings, d: LetterData, opts: { number: string; paper: 'a4' | 'f4'; withSummary: boolean; today: string }): string {
  const size = PAPER_SIZE_MM[opts.paper];
  const m = s.margins;
  const contact = [s.phone && `Telepon ${s.phone}`, s.email && `Pos-el ${s.email}`, s.website && `Laman ${s.website}`].filter(Boolean).join(' · ');
  const signer = s.signer;
  const summary = opts.withSummary
    ? `<section class="summary">
  <h2>RINGKASAN KASUS</h2>
  <p class="center">Lampiran surat Nomor ${esc(opts.number)}</p>
  <h3>Identitas Klien</h3><table>${rows(d.summary.identity)}</table>
  <h3>Kasus</h3><table>${rows(d.summary.kase)}</table>
  <h3>Alasan Rujukan</h3>${paragraphs(d.summary.reason)}
  <h3>Kondisi Terkini</h3>${paragraphs(d.summary.condition)}
  <h3>Pengobatan</h3>${paragraphs(d.summary.medication)}
  <h3>Kontak</h3><ul>${d.summary.contacts.map((c) => `<li>${esc(c)}</li>`).join('') || '<li>-</li>'}</ul>
</section>`
    : '';
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>${esc(opts.number)}</title>
<style>
  @page { size: ${size.width}mm ${size.height}mm; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }
  body { font-family: 'Liberation Serif', 'Times New Roman', 'DejaVu Serif', serif; font-size: 12pt; line-height: 1.45; color: #000; margin: 0; }
  .kop { display: flex; align-items: center; gap: 6mm; border-bottom: 3px double #000; padding-bottom: 2mm; margin-bottom: 5mm; }
  .kop img { height: 24mm; width: auto; }
  .kop .lines { flex: 1; text-align: center; }
  .kop .l0 { font-size: 14pt; } .kop .l1 { font-size: 16pt; font-weight: bold; } .kop .l2, .kop .l3 { font-size: 13pt; font-weight: bold; }
  .kop .addr { font-size: 10pt; }
  .head { display: flex; justify-content: space-between; }
  .head table td { vertical-align: top; padding: 0 2mm 0 0; }
  .to { margin: 5mm 0; }
  .body p { text-align: justify; margin: 0 0 3mm; }
  .sign { margin-left: 55%; margin-top: 6mm; }
  .sign .space { height: 24mm; }
  .sign .name { font-weight: bold; text-decoration: underline; }
  .copies { margin-top: 8mm; font-size: 11pt; }
  .summary { break-before: page; }
  .summary h2 { text-align: center; margin: 0; font-size: 14pt; } .summary h3 { font-size: 12pt; margin: 4mm 0 1mm; }
  .summary td.k { width: 45mm; } .center { text-align: center; }
</style></head>
<body>
<header class="kop">
  ${s.logo ? `<img src="${s.logo}" alt="Lambang">` : ''}
  <div class="lines">
    ${s.agencyLines.map((l, i) => `<div class="l${Math.min(i, 3)}">${esc(l)}</div>`).join('\n    ')}
    <div class="addr">${esc(s.address)}${contact ? `<br>${esc(contact)}` : ''}</div>
  </div>
</header>
<div class="head">
  <table>
    <tr><td>Nomor</td><td>:</td><td class="number">${esc(opts.number)}</td></tr>
    <tr><td>Sifat</td><td>:</td><td>${esc(d.nature)}</td></tr>
    <tr><td>Lampiran</td><td>:</td><td>${esc(d.attachmentsCount(opts.withSummary))}</td></tr>
    <tr><td>Hal</td><td>:</td><td>${esc(d.subject)}</td></tr>
  </table>
  <div class="date">${esc(d.dateLine(s.place))}</div>
</div>
<div class="to">
  Yth. ${esc(d.recipient)}<br>
  ${d.recipientAddress ? `${esc(d.recipientAddress)}<br>` : ''}di<br>
  &nbsp;&nbsp;&nbsp;&nbsp;${esc(d.recipientCity ?? 'Tempat')}
</div>
<div class="body">
${paragraphs(fillBody(s.bodyTemplate, d.values))}
${d.providedDocuments.length ? `<p>Bersama ini kami lampirkan: ${esc(d.providedDocuments.join(', '))}${opts.withSummary ? ', dan ringkasan kasus' : ''}.</p>` : ''}
${paragraphs(s.closing)}
</div>
<div class="sign">
  ${esc(signer.position)}<br>
  <div class="space"></div>
  <div class="name">${esc(signer.name)}</div>
  ${signer.rank ? `${esc(signer.rank)}<br>` : ''}${signer.nip ? `NIP. ${esc(signer.nip)}` : ''}
</div>
${s.tembusan.length ? `<div class="copies">Tembusan:<ol>${s.tembusan.map((t) => `<li>${esc(t)}</li>`).join('')}</ol></div>` : ''}
${summary}
</body></html>`;
}
