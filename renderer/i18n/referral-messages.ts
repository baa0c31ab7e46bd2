/**
 * English for the core's referral, institution and letter messages, in the same
 * [pattern, make] form as server-messages.ts, which includes them.
 */
import { translateServerMessage } from './server-messages';

type Rule = [RegExp, (m: RegExpExecArray) => string];

const STATUS: Record<string, string> = { draft: 'draft', dikirim: 'sent', diterima: 'accepted', ditolak: 'declined', selesai: 'completed', dibatalkan: 'cancelled' };
const status = (s: string) => STATUS[s] ?? s;
const statuses = (list: string) => list.split(' atau ').map(status).join(' or ');

const REQUIRED: Record<string, string> = {
  'Nama lembaga': 'The name of the institution',
  'Nama dokumen': 'The document name',
  'Alasan rujukan': 'The reason for referral',
  'Nama pemberi persetujuan': 'The name of the person consenting',
  'Baris kop': 'A letterhead line',
  'Alamat kantor': 'The office address',
  Tempat: 'The place',
  'Templat nomor surat': 'The letter number template',
  'Kode klasifikasi': 'The classification code',
  'Jabatan penanda tangan': "The signer's position",
  'Nama penanda tangan': "The signer's name",
  'Isi surat': 'The letter body',
  Penutup: 'The closing',
  Tembusan: 'A copy recipient',
  'Alasan pembatalan': 'The reason for cancelling',
};
const NOUN: Record<string, string> = { Rujukan: 'The referral', Lembaga: 'The institution', Surat: 'The letter', 'Data lembaga': 'The institution' };

export const REFERRAL_RULES: Rule[] = [
  [new RegExp(`^(${Object.keys(REQUIRED).join('|')}) wajib diisi\\.$`), (m) => `${REQUIRED[m[1]]} is required.`],
  [/^(Rujukan|Lembaga|Surat) tidak ditemukan\.$/, (m) => `${NOUN[m[1]]} was not found.`],
  [/^(Rujukan|Data lembaga) sudah diubah di tempat lain sejak dibuka\./, (m) => `${NOUN[m[1]]} was changed elsewhere since you opened it. Reload, then make your change again.`],
  [/^Alamat email tidak sah\.$/, () => 'Invalid email address.'],
  [/^Jenis lembaga tidak dikenal\.$/, () => 'Unknown type of institution.'],
  [/^Berkas CSV lebih dari 5 MB\.$/, () => 'The CSV file is larger than 5 MB.'],
  [/^Kolom wajib tidak ada: (.+?)\.( Kolom yang dikenal: (.+)\.)?$/, (m) => `Required columns are missing: ${m[1]}.${m[3] ? ` Known columns: ${m[3]}.` : ''}`],
  [/^kode_desa: (\S+) tidak dikenal\.$/, (m) => `kode_desa: ${m[1]} is unknown.`],
  [/^Pilih tingkat urgensi\.$/, () => 'Choose the urgency.'],
  [/^Pilih siapa yang memberi persetujuan\.$/, () => 'Choose who gave consent.'],
  [/^Catat persetujuan klien\/wali, atau beri alasan/, () => "Record the client's or guardian's consent, or give a reason if the referral goes ahead without it."],
  [/^Status rujukan tidak dikenal\.$/, () => 'Unknown referral status.'],
  [/^Lembaga tujuan tidak ada di direktori\.$/, () => 'The destination is not in the directory.'],
  [/^Lembaga tujuan sudah tidak aktif\.$/, () => 'The destination is no longer active.'],
  [/^Berkas untuk (.+) bukan lampiran klien ini\.$/, (m) => `The file for ${m[1]} is not an attachment of this client.`],
  [/^Tanggal persetujuan tidak boleh di masa depan\.$/, () => 'The date of consent cannot be in the future.'],
  [/^Rujukan yang sudah dikirim tidak dapat diubah/, () => 'A referral that was sent cannot be changed; record what happens through its status.'],
  [/^Rujukan tidak dapat dipindah ke kasus lain\.$/, () => 'A referral cannot be moved to another case.'],
  [/^Rujukan berstatus (\S+) hanya bisa menjadi (.+)\.$/, (m) => `A ${status(m[1])} referral can only become ${statuses(m[2])}.`],
  [/^Rujukan berstatus (\S+) sudah selesai prosesnya/, (m) => `A ${status(m[1])} referral is closed and cannot change.`],
  [/^Rujukan berstatus (\S+): surat tidak dapat diterbitkan\.$/, (m) => `A ${status(m[1])} referral cannot take a letter.`],
  [/^Catat hasil rujukan\.$/, () => 'Record the outcome of the referral.'],
  [/^Catat alasan penolakan\.$/, () => 'Record why it was declined.'],
  [/^Catat alasan pembatalan\.$/, () => 'Record why it is cancelled.'],
  [/^Margin 5–50 mm\.$/, () => 'Margins are 5–50 mm.'],
  [/^Isi minimal satu baris kop\.$/, () => 'Fill in at least one letterhead line.'],
  [/^Logo paling besar 1 MB\.$/, () => 'The logo is at most 1 MB.'],
  [/^Logo (harus gambar|bukan gambar) PNG atau JPEG\.$/, () => 'The logo must be a PNG or JPEG image.'],
  [/^Pencetak PDF tidak tersedia di sini\.$/, () => 'No PDF printer is available here.'],
  [/^Gagal mencetak: (.*?) Nomor surat dicatat sebagai batal/, (m) => `Printing failed: ${m[1]} The letter number is recorded as cancelled; issue again once the problem is solved.`],
  [/^Surat (\S+) tidak memiliki PDF/, (m) => `Letter ${m[1]} has no PDF (it was not printed).`],
  [/^Surat (\S+) sudah dibatalkan\.$/, (m) => `Letter ${m[1]} is already cancelled.`],
  // A problem of one CSV row comes as "field: message".
  [/^(name|type|street|villageCode|phone|email|contactPerson|recipientTitle|notes|baris): (.+)$/, (m) => `${m[1] === 'baris' ? 'row' : m[1]}: ${translateServerMessage(m[2], 'en')}`],
];
