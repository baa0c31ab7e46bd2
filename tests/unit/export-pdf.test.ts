import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referralFixture, referralInput } from '../helpers/referral-fixture';
import { tempCore } from '../helpers/temp-core';

let t: ReturnType<typeof tempCore>;
let f: ReturnType<typeof referralFixture>;
beforeAll(() => {
  t = tempCore();
  f = referralFixture(t);
  t.must('cases:change-stage', { id: f.kase.id, version: 1, stage: 'asesmen', reason: 'Identifikasi selesai' });
  t.must('visits:create', {
    caseId: f.kase.id, type: 'kunjungan_rumah', visitedAt: '2026-11-20T09:00:00+07:00', place: 'Rumah klien',
    note: 'Siti tenang; Sumarni (ibu) mendampingi minum obat.',
    pasung: { medication: 'teratur', relapse: false, risk: 'rendah', familySupport: ['emosional'] },
  });
  const r = t.must('referrals:create', referralInput(f.kase.id, f.rsj.id));
  t.must('referrals:transition', { id: r.id, version: r.version, to: 'dikirim', date: '2026-11-27' });
});
afterAll(() => t.cleanup());

async function pdfText(input: { deidentify?: boolean; paper?: 'a4' | 'f4' }) {
  const r = await t.invokeAsync('exports:case-pdf', { caseIds: [f.kase.id], ...input });
  if (!r.ok) throw new Error(r.error.message);
  const file = join(mkdtempSync(join(tmpdir(), 'pendamping-pdf-')), 'riwayat.pdf');
  writeFileSync(file, Buffer.from(r.value.dataBase64, 'base64'));
  return { text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }), info: execFileSync('pdfinfo', [file], { encoding: 'utf8' }) };
}

describe('the printed case history', () => {
  it('has the identity page, the whole timeline in order, page numbers and the office header, on F4', async () => {
    const { text, info } = await pdfText({ paper: 'f4' });
    expect(text).toContain('Riwayat Kasus 0001/RS/Dinsos/2026');
    expect(text).toContain('3374105203850001');
    expect(text).toMatch(/Halaman 1 dari \d+/);
    expect(text).toContain('DINAS SOSIAL');
    // Opened 1 October, visited 20 November, referred 27 November, stage changed on the 28th.
    const order = ['Kasus 0001/RS/Dinsos/2026 dibuka', 'Kunjungan Rumah — Rumah klien', 'Rujukan ke RSJ Prof. Dr. Soerojo Magelang: Dikirim', 'Tahap: Pendekatan Awal → Asesmen'];
    const positions = order.map((s) => text.indexOf(s));
    expect(positions.every((p) => p >= 0), JSON.stringify(positions)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain('Minum obat: Teratur');
    const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!;
    expect([Math.round((+w * 25.4) / 72), Math.round((+h * 25.4) / 72)]).toEqual([215, 330]);
  });

  it('de-identified, it names no one and says so on every page', async () => {
    const { text } = await pdfText({ deidentify: true });
    for (const s of ['Siti', 'Rahayu', 'Sumarni', '3374105203850001']) expect(text.includes(s), s).toBe(false);
    expect(text).toMatch(/Klien-[0-9A-F]{6}/);
    expect(text).toContain('DIANONIMKAN');
  });
});
