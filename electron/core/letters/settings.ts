import { LetterSettingsInput, type LetterSettings } from '../../../shared/contract';
import { DEFAULT_REFERRAL_DOCUMENTS } from '../../../shared/enums';
import type { CoreContext } from '../context';

export const DEFAULT_LETTER_SETTINGS: LetterSettings = {
  agencyLines: ['PEMERINTAH KABUPATEN/KOTA', 'DINAS SOSIAL'],
  address: 'Jalan ... Nomor ...',
  phone: null,
  email: null,
  website: null,
  logo: null,
  place: 'Semarang',
  numberTemplate: '{kode}/{nomor}/{unit}/{tahun}',
  classificationCode: '460',
  unitCode: 'Dinsos',
  signer: { position: 'Kepala Dinas Sosial', name: 'Nama Kepala Dinas', rank: null, nip: null },
  bodyTemplate:
    'Dengan hormat,\n\n' +
    'Bersama ini kami merujuk klien dampingan kami:\n' +
    'Nama: {klien.nama}\nNIK: {klien.nik}\nTempat/Tanggal Lahir: {klien.ttl}\nJenis Kelamin: {klien.jenis_kelamin}\nAlamat: {klien.alamat}\n\n' +
    'untuk memperoleh layanan {rujukan.layanan} di {lembaga.nama}, dengan pertimbangan: {rujukan.alasan}',
  closing: 'Demikian surat rujukan ini kami sampaikan. Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih.',
  tembusan: [],
  paper: 'f4',
  margins: { top: 20, right: 20, bottom: 20, left: 25 },
  referralDocuments: DEFAULT_REFERRAL_DOCUMENTS,
};

export function readLetterSettings(ctx: CoreContext): LetterSettings {
  const row = ctx.db.prepare(`SELECT value FROM settings WHERE key = 'letter'`).get() as { value: string } | undefined;
  if (!row) return DEFAULT_LETTER_SETTINGS;
  const parsed = LetterSettingsInput.safeParse({ ...DEFAULT_LETTER_SETTINGS, ...JSON.parse(row.value) });
  return parsed.success ? parsed.data : DEFAULT_LETTER_SETTINGS;
}

export function writeLetterSettings(ctx: CoreContext, s: LetterSettings): void {
  ctx.db.prepare(`INSERT INTO settings (key, value) VALUES ('letter', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(JSON.stringify(s));
}
