import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SITI, snapshot, tempCore } from '../helpers/temp-core';

let t: ReturnType<typeof tempCore>;
let clientId: string;
let visitId: string;
beforeEach(() => {
  t = tempCore();
  clientId = t.must('clients:create', SITI).client.id;
  const caseId = t.must('cases:create', { clientId, cluster: 'anak', ppksType: 'anak_terlantar', openedAt: '2026-10-01' }).id;
  visitId = t.must('visits:create', { caseId, type: 'kunjungan_rumah', visitedAt: '2026-11-20T09:00:00+07:00' }).id;
});
afterEach(() => t.cleanup());

const photo = async (format: 'jpeg' | 'png') =>
  (await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 200, g: 120, b: 40 } } })[format]().toBuffer()).toString('base64');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n').toString('base64');

describe('attachments', () => {
  it('stores a photo inside the database with a small thumbnail, and gives back the exact bytes', async () => {
    const data = await photo('jpeg');
    const r = await t.invokeAsync('attachments:add', { visitId, fileName: 'rumah-klien.JPG', dataBase64: data });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value).toMatchObject({ mimeType: 'image/jpeg', clientId, visitId });
    const thumb = Buffer.from(r.value.thumbnail!.split(',')[1], 'base64');
    const meta = await sharp(thumb).metadata();
    expect(Math.max(meta.width!, meta.height!)).toBe(240);
    expect(t.must('attachments:get', { id: r.value.id }).dataBase64).toBe(data);
    const events = t.must('timeline:list', { caseId: r.value.caseId!, kinds: ['lampiran'] }).events;
    expect(events[0].data).toMatchObject({ fileName: 'rumah-klien.JPG', thumbnail: r.value.thumbnail });
  });

  it('accepts a PNG on a client and a PDF scan', async () => {
    expect((await t.invokeAsync('attachments:add', { clientId, fileName: 'ktp.png', dataBase64: await photo('png') })).ok).toBe(true);
    const pdf = await t.invokeAsync('attachments:add', { clientId, fileName: 'surat-keterangan.pdf', dataBase64: PDF });
    expect(pdf.ok && pdf.value.thumbnail).toBeNull();
    expect(t.must('attachments:list', { clientId })).toHaveLength(2);
  });

  it('refuses a file that is not what its name claims, other types, broken images and truncated PDFs, writing nothing', async () => {
    const before = snapshot(t.db);
    const png = await photo('png');
    const refusals: [string, string, string][] = [
      ['foto.jpg', png, 'fileName'],
      ['catatan.jpg', Buffer.from('ini bukan gambar sama sekali').toString('base64'), 'dataBase64'],
      ['arsip.zip', Buffer.from('PK\u0003\u0004rest-of-zip-file').toString('base64'), 'dataBase64'],
      ['rusak.png', Buffer.from(png, 'base64').subarray(0, 200).toString('base64'), 'dataBase64'],
      ['terpotong.pdf', Buffer.from(PDF, 'base64').subarray(0, 40).toString('base64'), 'dataBase64'],
    ];
    for (const [fileName, dataBase64, path] of refusals) {
      const r = await t.invokeAsync('attachments:add', { clientId, fileName, dataBase64 });
      expect(r.ok, fileName).toBe(false);
      if (!r.ok) expect(r.error.fields?.[0].path, `${fileName}: ${r.error.message}`).toBe(path);
    }
    expect(snapshot(t.db)).toBe(before);
  });

  it('refuses more than 20 MB before decoding it', async () => {
    const r = await t.invokeAsync('attachments:add', { clientId, fileName: 'besar.pdf', dataBase64: 'A'.repeat(28_000_000) });
    expect(r.ok || r.error.fields?.[0].message).toBe('Berkas lebih dari 20 MB.');
  });
});
