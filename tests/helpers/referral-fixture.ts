import type { tempCore } from './temp-core';
import { SITI } from './temp-core';

/** A case with an RSJ in the directory and letter settings of a real-looking office. */
export function referralFixture(t: ReturnType<typeof tempCore>) {
  const worker = t.must('workers:create', { name: 'Ani Pratiwi', role: 'pekerja_sosial' });
  const client = t.must('clients:create', { ...SITI, guardian: { name: 'Sumarni', relationship: 'Ibu', phone: '081234567890' } }).client;
  const kase = t.must('cases:create', { clientId: client.id, cluster: 'penyandang_disabilitas', ppksType: 'penyandang_disabilitas', openedAt: '2026-10-01', assignedWorkerId: worker.id });
  const rsj = t.must('institutions:create', {
    name: 'RSJ Prof. Dr. Soerojo Magelang',
    type: 'rsj',
    street: 'Jalan Ahmad Yani Nomor 169',
    villageCode: '33.71.01.1003',
    recipientTitle: 'Direktur RSJ Prof. Dr. Soerojo Magelang',
  });
  return { worker, client, kase, rsj };
}

export const referralInput = (caseId: string, institutionId: string) => ({
  caseId,
  institutionId,
  reason: 'Gejala psikotik kambuh setelah putus obat; keluarga tidak sanggup merawat di rumah.',
  servicesRequested: 'rawat inap dan stabilisasi psikiatri',
  urgency: 'segera' as const,
  documents: [
    { name: 'KTP', provided: true },
    { name: 'KIS/Kartu JKN', provided: true },
    { name: 'SKTM', provided: false },
  ],
  consent: { by: 'wali' as const, name: 'Sumarni', date: '2026-11-27' },
});
