import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referralFixture, referralInput } from '../helpers/referral-fixture';
import { snapshot, tempCore } from '../helpers/temp-core';
import { accountEnv, addTestAccount } from '../helpers/accounts';

/** Real PDFs, read back with Debian's poppler-utils as a person's PDF reader would. */
const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
const pdfPageSize = (file: string) => {
  const m = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))!;
  return [Math.round((Number(m[1]) * 25.4) / 72), Math.round((Number(m[2]) * 25.4) / 72)];
};

let t: ReturnType<typeof tempCore>;
let f: ReturnType<typeof referralFixture>;
let referralId: string;

beforeAll(async () => {
  t = tempCore();
  f = referralFixture(t);
  const logo = await sharp({ create: { width: 120, height: 140, channels: 3, background: { r: 20, g: 90, b: 160 } } }).png().toBuffer();
  const settings = t.must('letters:settings-get', {});
  const r = await t.invokeAsync('letters:settings-update', {
    ...settings,
    agencyLines: ['PEMERINTAH KOTA SEMARANG', 'DINAS SOSIAL'],
    address: 'Jalan Pemuda Nomor 148, Semarang 50132',
    phone: '(024) 3547781',
    logo: `data:image/png;base64,${logo.toString('base64')}`,
    place: 'Semarang',
    numberTemplate: '{kode}/{nomor}/{unit}/{bulan_romawi}/{tahun}',
    signer: { position: 'Kepala Dinas Sosial Kota Semarang', name: 'Dra. Endang Sarwiningsih Setyawulan, M.M.', rank: 'Pembina Utama Muda', nip: '196809111994032006' },
    tembusan: ['Wali Kota Semarang', 'Arsip'],
  });
  if (!r.ok) throw new Error(r.error.message);
  referralId = t.must('referrals:create', referralInput(f.kase.id, f.rsj.id)).id;
});
afterAll(() => t.cleanup());

describe('the referral letter', () => {
  it('is a real F4 PDF with number, Hal, recipient, client, signer NIP and Indonesian text', async () => {
    const r = await t.invokeAsync('letters:issue', { referralId, paper: 'f4', withSummary: true });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.number).toBe('460/1/Dinsos/XI/2026');
    const file = join(t.dir, 'surat.pdf');
    writeFileSync(file, Buffer.from(t.must('letters:get', { id: r.value.id }).pdfBase64, 'base64'));
    const text = pdfText(file);
    for (const expected of [
      '460/1/Dinsos/XI/2026',
      'Rujukan Klien a.n. Siti Rahayu',
      'Yth. Direktur RSJ Prof. Dr. Soerojo Magelang',
      'Siti Rahayu',
      'NIP. 196809111994032006',
      'Semarang, 28 November 2026',
      'Sifat',
      'Segera',
      '3 (tiga) berkas',
      'RINGKASAN KASUS',
      'Sumarni (Ibu), 081234567890',
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(pdfPageSize(file)).toEqual([215, 330]);
  });

  it('prints A4 at 210 × 297 mm', async () => {
    const other = t.must('referrals:create', referralInput(f.kase.id, f.rsj.id));
    const r = await t.invokeAsync('letters:issue', { referralId: other.id, paper: 'a4' });
    if (!r.ok) throw new Error(r.error.message);
    const file = join(t.dir, 'a4.pdf');
    writeFileSync(file, Buffer.from(t.must('letters:get', { id: r.value.id }).pdfBase64, 'base64'));
    expect(pdfPageSize(file)).toEqual([210, 297]);
  });

  it('gives back the archived PDF byte for byte, and the timeline links to it', async () => {
    const [letter] = t.must('referrals:get', { id: referralId }).letters;
    const first = t.must('letters:get', { id: letter.id });
    expect(t.must('letters:get', { id: letter.id }).pdfBase64).toBe(first.pdfBase64);
    const events = t.must('timeline:list', { caseId: f.kase.id, kinds: ['surat'] }).events;
    expect(events.map((e) => e.data.letterId)).toContain(letter.id);
  });

  it('never gives two letters issued at the same time the same number, and skips none', async () => {
    const ids = Array.from({ length: 4 }, () => t.must('referrals:create', referralInput(f.kase.id, f.rsj.id)).id);
    const results = await Promise.all(ids.map((id) => t.invokeAsync('letters:issue', { referralId: id })));
    const numbers = results.map((r) => (r.ok ? r.value.number : r.error.message));
    expect(new Set(numbers).size).toBe(4);
    const used = (t.db.prepare(`SELECT counter_value AS n FROM letters ORDER BY n`).all() as { n: number }[]).map((r) => r.n);
    expect(used).toEqual(used.map((_, i) => i + 1));
  });

  it('lets one process at a time issue from a folder: a second is refused, takes no number, and issues the next one later', async () => {
    const ids = [0, 1].map(() => t.must('referrals:create', referralInput(f.kase.id, f.rsj.id)).id);
    await addTestAccount(t);
    const run = (id: string) =>
      new Promise<string>((resolve) => {
        const p = spawn('node', ['bin/pendamping.mjs', 'letter', id, '--out', join(t.dir, `${id}.pdf`), '--data-dir', t.dir], {
          env: accountEnv(),
        });
        let out = '';
        p.stdout.on('data', (d) => (out += d));
        p.stderr.on('data', (d) => (out += d));
        p.on('close', () => resolve(out));
      });
    // Started together: both succeed when they happen not to overlap; when they do, the
    // folder lock refuses the later one before it reserves anything.
    const outputs = await Promise.all(ids.map(run));
    for (const [i, o] of outputs.entries()) {
      if (!/surat (\S+)/.test(o)) {
        expect(o).toMatch(/sedang dipakai oleh Pendamping lain/);
        outputs[i] = await run(ids[i]);
      }
    }
    const numbers = outputs.map((o) => /surat (\S+)/.exec(o)?.[1]);
    expect(numbers.every(Boolean), outputs.join('\n')).toBe(true);
    expect(new Set(numbers).size).toBe(2);
    const used = (t.db.prepare(`SELECT counter_value AS n FROM letters ORDER BY n`).all() as { n: number }[]).map((r) => r.n);
    expect(used).toEqual(used.map((_, i) => i + 1));
    for (const id of ids) expect(pdfText(join(t.dir, `${id}.pdf`))).toContain('Siti Rahayu');
  }, 180_000); // processes each starting Node and Chromium: slow on a busy 2-core machine

  it('records a cancellation and never gives the number again', () => {
    const [letter] = t.must('referrals:get', { id: referralId }).letters;
    t.must('letters:cancel', { id: letter.id, reason: 'Salah alamat tujuan' });
    const preview = t.must('letters:preview', { referralId });
    expect(preview.number).not.toBe(letter.number);
    expect(preview.html).toContain('Yth. Direktur RSJ');
  });

  it('refuses a body with an unknown placeholder and a logo that is not an image, changing nothing', async () => {
    const before = snapshot(t.db);
    const s = t.must('letters:settings-get', {});
    const placeholder = await t.invokeAsync('letters:settings-update', { ...s, bodyTemplate: 'Kepada {klien.hobi}' });
    expect(placeholder.ok || placeholder.error.fields?.[0].message).toMatch(/\{klien.hobi\} tidak dikenal/);
    const fakeLogo = await t.invokeAsync('letters:settings-update', { ...s, logo: `data:image/png;base64,${Buffer.from('bukan gambar').toString('base64')}` });
    expect(fakeLogo.ok || fakeLogo.error.fields?.[0]).toEqual({ path: 'logo', message: 'Logo bukan gambar PNG atau JPEG.' });
    const number = await t.invokeAsync('letters:settings-update', { ...s, numberTemplate: '{kode}/{nomor}/{kota}' });
    expect(number.ok || number.error.fields?.[0].path).toBe('numberTemplate');
    expect(snapshot(t.db)).toBe(before);
  });
});
