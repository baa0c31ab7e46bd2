import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SITI, snapshot, tempCore } from '../helpers/temp-core';

let t: ReturnType<typeof tempCore>;
let clientId: string;
let caseId: string;
beforeEach(() => {
  t = tempCore();
  t.must('session:set-worker', { workerId: t.must('workers:create', { name: 'Ani Pratiwi', role: 'pekerja_sosial' }).id });
  clientId = t.must('clients:create', SITI).client.id;
  caseId = t.must('cases:create', { clientId, cluster: 'penyandang_disabilitas', ppksType: 'penyandang_disabilitas', openedAt: '2026-10-01' }).id;
});
afterEach(() => t.cleanup());

/** A one-page PDF as a scanner would save it: the signed consent form. */
const SIGNED_FORM = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
).toString('base64');

describe('consent records', () => {
  it('records consent by the client and by a guardian with a signed form, then a withdrawal that stays in the history', async () => {
    const own = await t.mustAsync('consents:create', { clientId, purpose: 'pendampingan_asesmen', givenBy: 'klien', givenOn: '2026-10-01', note: 'Dijelaskan dengan bahasa isyarat.' });
    expect(own).toMatchObject({ clientName: 'Siti Rahayu', givenBy: 'klien', guardianName: null, evidence: null, withdrawnOn: null, actorName: 'Ani Pratiwi' });

    const byGuardian = await t.mustAsync('consents:create', {
      clientId,
      purpose: 'rujukan',
      givenBy: 'wali',
      guardianName: 'Sumarni',
      guardianRelation: 'Ibu kandung',
      givenOn: '2026-11-20',
      evidence: { fileName: 'persetujuan-rujukan.pdf', dataBase64: SIGNED_FORM },
    });
    expect(byGuardian.evidence).toMatchObject({ fileName: 'persetujuan-rujukan.pdf', mimeType: 'application/pdf', clientId });
    // The form is an attachment of the client: the viewer opens exactly what was scanned.
    expect(t.must('attachments:get', { id: byGuardian.evidence!.id }).dataBase64).toBe(SIGNED_FORM);

    const withdrawn = t.must('consents:withdraw', { id: byGuardian.id, version: byGuardian.version, withdrawnOn: '2026-11-27', reason: 'Keluarga memilih merawat di rumah.' });
    expect(withdrawn).toMatchObject({ withdrawnOn: '2026-11-27', withdrawalReason: 'Keluarga memilih merawat di rumah.', version: 2 });

    // Newest first, the withdrawn one still there; the case's client gives the same list.
    const list = t.must('consents:list', { clientId });
    expect(list.map((c) => [c.purpose, c.withdrawnOn])).toEqual([['rujukan', '2026-11-27'], ['pendampingan_asesmen', null]]);
    expect(t.must('consents:list', { caseId })).toEqual(list);
    const history = t.db.prepare(`SELECT action, changes FROM change_log WHERE entity = 'consent' AND entity_id = ? ORDER BY at, id`).all(byGuardian.id) as { action: string; changes: string }[];
    expect(history.map((h) => h.action)).toEqual(['create', 'update']);
    expect(JSON.parse(history[1].changes)).toMatchObject({ withdrawnOn: [null, '2026-11-27'] });

    const again = t.invoke('consents:withdraw', { id: withdrawn.id, version: withdrawn.version, withdrawnOn: '2026-11-28', reason: 'lagi' });
    expect(again.ok || again.error).toMatchObject({ code: 'CONFLICT', message: 'Persetujuan ini sudah ditarik pada 2026-11-27.' });
  });

  it("refuses a guardian's consent without the guardian's name and relation, beside those fields", async () => {
    const r = await t.invokeAsync('consents:create', { clientId, purpose: 'dokumentasi_foto', givenBy: 'wali', givenOn: '2026-11-01' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.fields?.map((f) => f.path).sort()).toEqual(['guardianName', 'guardianRelation']);
  });

  it('asks for a parent or guardian when the client was a child on the day (UU 27/2022 Pasal 25), storing nothing', async () => {
    const child = t.must('clients:create', { name: 'Bagus Prasetyo', sex: 'L', birthDate: '2012-05-04' }).client;
    const before = snapshot(t.db);
    const r = await t.invokeAsync('consents:create', { clientId: child.id, purpose: 'pendampingan_asesmen', givenBy: 'klien', givenOn: '2026-11-01' });
    expect(r.ok || r.error.fields).toEqual([{ path: 'givenBy', message: expect.stringContaining('Pasal 25') }]);
    expect(snapshot(t.db)).toBe(before);
    // The same day with his mother consenting is fine; on his 18th birthday he consents himself.
    expect((await t.invokeAsync('consents:create', { clientId: child.id, purpose: 'pendampingan_asesmen', givenBy: 'wali', guardianName: 'Wartini', guardianRelation: 'Ibu', givenOn: '2026-11-01' })).ok).toBe(true);
    t.clock.set('2030-05-04T03:00:00.000Z');
    expect((await t.invokeAsync('consents:create', { clientId: child.id, purpose: 'rujukan', givenBy: 'klien', givenOn: '2030-05-04' })).ok).toBe(true);
  });

  it('refuses an evidence file that is not what its name says, a future date and a withdrawal before the consent, changing nothing', async () => {
    const png = (await sharp({ create: { width: 40, height: 40, channels: 3, background: '#888' } }).png().toBuffer()).toString('base64');
    const before = snapshot(t.db);
    const wrongFile = await t.invokeAsync('consents:create', {
      clientId, purpose: 'rujukan', givenBy: 'klien', givenOn: '2026-11-01', evidence: { fileName: 'formulir.pdf', dataBase64: png },
    });
    expect(wrongFile.ok || wrongFile.error.fields?.[0]).toMatchObject({ path: 'evidence.fileName', message: expect.stringContaining('isinya PNG') });
    const future = await t.invokeAsync('consents:create', { clientId, purpose: 'rujukan', givenBy: 'klien', givenOn: '2026-12-01' });
    expect(future.ok || future.error.fields?.[0]).toMatchObject({ path: 'givenOn', message: 'Tanggal persetujuan tidak boleh di masa depan.' });
    expect(snapshot(t.db)).toBe(before);

    const c = await t.mustAsync('consents:create', { clientId, purpose: 'rujukan', givenBy: 'klien', givenOn: '2026-11-10' });
    const early = t.invoke('consents:withdraw', { id: c.id, version: c.version, withdrawnOn: '2026-11-09', reason: 'Berubah pikiran' });
    expect(early.ok || early.error.fields?.[0].path).toBe('withdrawnOn');
    expect(t.must('consents:list', { clientId })[0].withdrawnOn).toBeNull();
  });
});
