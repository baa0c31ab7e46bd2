import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referralFixture } from '../helpers/referral-fixture';
import { snapshot, tempCore } from '../helpers/temp-core';

/** 7-Zip from Debian (package 7zip): the common tool a receiving office would use. */
const SEVEN = ['/usr/bin/7zz', '/usr/bin/7z'].find(existsSync);

let t: ReturnType<typeof tempCore>;
let f: ReturnType<typeof referralFixture>;
let photo: Buffer;
beforeAll(async () => {
  t = tempCore();
  f = referralFixture(t);
  const v = t.must('visits:create', { caseId: f.kase.id, type: 'kunjungan_rumah', visitedAt: '2026-11-20T09:00:00+07:00', note: 'Kunjungan rumah bersama Sumarni.' });
  photo = await sharp({ create: { width: 64, height: 64, channels: 3, background: { r: 250, g: 10, b: 10 } } }).png().toBuffer();
  const a = await t.invokeAsync('attachments:add', { visitId: v.id, fileName: 'foto rumah.png', dataBase64: photo.toString('base64') });
  if (!a.ok) throw new Error(a.error.message);
});
afterAll(() => t.cleanup());

const save = (b64: string, name: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'pendamping-zip-'));
  writeFileSync(join(dir, name), Buffer.from(b64, 'base64'));
  return dir;
};

describe('zipped and sealed exports', () => {
  it('a bundle carries export.json and the attachments as files, and imports into a fresh folder', async () => {
    const r = await t.invokeAsync('exports:case-json', { caseIds: [f.kase.id], bundle: true });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.fileName).toMatch(/\.zip$/);
    const fresh = tempCore();
    try {
      const imported = await fresh.invokeAsync('imports:case-bundle', { dataBase64: r.value.dataBase64 });
      if (!imported.ok) throw new Error(imported.error.message);
      const [att] = fresh.must('attachments:list', { caseId: f.kase.id });
      expect(Buffer.from(fresh.must('attachments:get', { id: att.id }).dataBase64, 'base64').equals(photo)).toBe(true);
    } finally {
      await fresh.cleanup();
    }
  });

  it.skipIf(!SEVEN)('a password-sealed export is AES-256 and opens in 7-Zip with the password, not without', async () => {
    const r = await t.invokeAsync('exports:table', { table: 'cases', format: 'csv', password: 'rahasia-dinsos-2026' });
    if (!r.ok) throw new Error(r.error.message);
    const dir = save(r.value.dataBase64, 'kasus.zip');
    const listing = execFileSync(SEVEN!, ['l', '-slt', '-prahasia-dinsos-2026', join(dir, 'kasus.zip')], { encoding: 'utf8' });
    expect(listing).toMatch(/Method = AES-256/);
    const wrong = spawnSync(SEVEN!, ['x', '-psalah', `-o${join(dir, 'salah')}`, join(dir, 'kasus.zip')], { encoding: 'utf8' });
    expect(wrong.status).not.toBe(0);
    execFileSync(SEVEN!, ['x', '-prahasia-dinsos-2026', `-o${join(dir, 'ok')}`, join(dir, 'kasus.zip')]);
    const [csv] = readdirSync(join(dir, 'ok'));
    expect(readFileSync(join(dir, 'ok', csv), 'utf8')).toContain('Siti Rahayu');
    // Nothing of the content is readable in the sealed file.
    expect(readFileSync(join(dir, 'kasus.zip')).includes(Buffer.from('Siti Rahayu'))).toBe(false);
  });

  it('importing a sealed bundle with a wrong password is refused plainly and changes nothing', async () => {
    const r = await t.invokeAsync('exports:case-json', { caseIds: [f.kase.id], bundle: true, password: 'kata-sandi-benar' });
    if (!r.ok) throw new Error(r.error.message);
    const fresh = tempCore();
    const before = snapshot(fresh.db);
    const wrong = await fresh.invokeAsync('imports:case-bundle', { dataBase64: r.value.dataBase64, password: 'kata-sandi-salah' });
    expect(wrong.ok || wrong.error.message).toBe('Kata sandi salah.');
    const none = await fresh.invokeAsync('imports:case-bundle', { dataBase64: r.value.dataBase64 });
    expect(none.ok || none.error.message).toMatch(/dikunci kata sandi/);
    const truncated = await fresh.invokeAsync('imports:case-bundle', { dataBase64: r.value.dataBase64.slice(0, 400), password: 'kata-sandi-benar' });
    expect(truncated.ok || truncated.error.message).toMatch(/rusak atau terpotong/);
    expect(snapshot(fresh.db)).toBe(before);
    const ok = await fresh.invokeAsync('imports:case-bundle', { dataBase64: r.value.dataBase64, password: 'kata-sandi-benar' });
    expect(ok.ok).toBe(true);
    await fresh.cleanup();
  });

  it('refuses a password shorter than 8 characters', async () => {
    const r = await t.invokeAsync('exports:table', { table: 'cases', format: 'csv', password: 'pendek' });
    expect(r.ok || r.error.fields?.[0].path).toBe('password');
  });

  it('a de-identified spreadsheet holds no names or numbers of the client', async () => {
    const r = await t.invokeAsync('exports:table', { table: 'visits', format: 'csv', deidentify: true });
    if (!r.ok) throw new Error(r.error.message);
    const text = Buffer.from(r.value.dataBase64, 'base64').toString('utf8');
    expect(r.value.fileName).toMatch(/anonim/);
    for (const s of ['Siti', 'Rahayu', 'Sumarni', '3374105203850001']) expect(text.includes(s), s).toBe(false);
    expect(text).toMatch(/Klien-[0-9A-F]{6}/);
    expect(text).toContain('Kunjungan rumah bersama [NAMA].');
  });
});
