import { CASEWORK_RULES } from './casework-messages';
import { DATA_TOOLS_RULES } from './data-tools-messages';
import type { Rule } from './english-rules';
import { PRIVACY_RULES } from './privacy-messages';
import { REFERRAL_RULES } from './referral-messages';
import { SESSION_RULES } from './session.en';

/**
 * English for the messages of the contract and the core, by pattern (server-messages.ts
 * uses them once English is loaded). Each domain's own rules come from its *-messages file.
 */
const LABELS: Record<string, string> = {
  Nama: 'Name',
  Alasan: 'Reason',
  'Nama kantor': 'Office name',
  'Kode unit': 'Unit code',
  'Templat nomor kasus': 'Case number template',
  Kasus: 'Case',
  Klien: 'Client',
  'Data klien': 'The client record',
  Pekerja: 'Worker',
  'Pekerja aktif': 'Active worker',
};
const label = (s: string) => LABELS[s] ?? s;
const sex = (s: string) => (s === 'perempuan' ? 'female' : 'male');

export const SERVER_RULES_EN: Rule[] = [
  ...CASEWORK_RULES,
  ...DATA_TOOLS_RULES,
  ...REFERRAL_RULES,
  ...PRIVACY_RULES,
  ...SESSION_RULES,
  [/^(.+) wajib diisi\.$/, (m) => `${label(m[1])} is required.`],
  [/^Paling banyak (\d+) karakter\.$/, (m) => `At most ${m[1]} characters.`],
  [/^ID tidak sah\.$/, () => 'Invalid ID.'],
  [/^Versi harus bilangan bulat\.$/, () => 'The version must be a whole number.'],
  [/^(NIK|No\. KK) harus 16 digit angka\.$/, (m) => `${m[1] === 'NIK' ? 'NIK' : 'Family card no.'} must be 16 digits.`],
  [/^(NIK|No\. KK) hanya boleh berisi angka\.$/, (m) => `${m[1] === 'NIK' ? 'NIK' : 'Family card no.'} may contain digits only.`],
  [/^(NIK|No\. KK) harus 16 digit \(sekarang (\d+)\)\.$/, (m) => `${m[1] === 'NIK' ? 'NIK' : 'Family card no.'} must be 16 digits (now ${m[2]}).`],
  [/^Nomor telepon terlalu panjang\.$/, () => 'The phone number is too long.'],
  [/^Nomor telepon hanya angka/, () => 'A phone number has digits, spaces, "-" and a leading "+" only (7–20 digits).'],
  [/^Kode desa\/kelurahan harus berformat/, () => 'The village code must look like 00.00.00.0000.'],
  [/^Kode desa\/kelurahan (\S+) tidak dikenal\.$/, (m) => `Village code ${m[1]} is unknown.`],
  [/^Pilih jenis kelamin\.$/, () => 'Choose the sex.'],
  [/^Desil 1–10\.$/, () => 'Decile 1–10.'],
  [/^Desil hanya diisi bila terdaftar di DTSEN\.$/, () => 'A decile is only filled in when registered in DTSEN.'],
  [/^Ada pilihan yang terulang\.$/, () => 'A choice is repeated.'],
  [/^Pilih klaster ATENSI\.$/, () => 'Choose an ATENSI cluster.'],
  [/^Pilih jenis PPKS\.$/, () => 'Choose a PPKS type.'],
  [/^Pilih tahap\.$/, () => 'Choose a stage.'],
  [/^Pilih status\.$/, () => 'Choose a status.'],
  [/^Pilih peran\.$/, () => 'Choose a role.'],
  [/^NIP harus 18 digit angka\.$/, () => 'NIP must be 18 digits.'],
  [/^Alasan penutupan wajib diisi/, () => 'A closure reason is required for this status.'],
  [/^Alasan penutupan hanya untuk/, () => 'A closure reason is only for closed cases.'],
  [/^Kata pencarian paling banyak/, () => 'Search text is at most 100 characters.'],
  [/^Kode wilayah tidak sah\.$/, () => 'Invalid region code.'],
  [/^Penanda \{([^}]*)\} tidak dikenal; yang tersedia: (.*)\.$/, (m) => `Unknown placeholder {${m[1]}}; available: ${m[2]}.`],
  [/^Penanda \{([^}]*)\} tidak sah;/, (m) => `Placeholder {${m[1]}} is not valid; a width is only for {nomor:N}, N 1–9.`],
  [/^Templat harus memuat \{nomor\}/, () => 'The template must contain {nomor} so every number is unique.'],
  [/^Kurung kurawal tidak berpasangan\.$/, () => 'Unbalanced curly braces.'],
  [/^Tanggal lahir tidak boleh di masa depan\.$/, () => 'The birth date cannot be in the future.'],
  [/^Tanggal lahir sebelum 1900/, () => 'A birth date before 1900 is not plausible.'],
  [/^Kode provinsi NIK \((\S+)\) tidak dikenal\.$/, (m) => `The NIK's province code (${m[1]}) is unknown.`],
  [/^Kode kabupaten\/kota NIK \((\S+)\) tidak dikenal\.$/, (m) => `The NIK's regency/city code (${m[1]}) is unknown.`],
  [/^Kode kecamatan NIK \((\S+)\) tidak ada/, (m) => `The NIK's district code (${m[1]}) is not in the current region list.`],
  [/^NIK sudah terdaftar untuk (.+)\.$/, (m) => `This NIK is already registered for ${m[1]}.`],
  [/^NIK (\d+) sudah terdaftar untuk klien (.+)\. Buka/, (m) => `NIK ${m[1]} is already registered for client ${m[2]}. Open that client instead of registering again.`],
  [/^Tanggal lahir yang tersandi dalam NIK bukan/, () => 'The birth date encoded in the NIK is not a valid date.'],
  [/^Tanggal lahir dalam NIK \((.+)\) berbeda dengan tanggal lahir yang dicatat \((.+)\)\.$/, (m) => `The birth date in the NIK (${m[1]}) differs from the recorded birth date (${m[2]}).`],
  [/^NIK menandakan (\S+), tetapi jenis kelamin yang dicatat (\S+)\.$/, (m) => `The NIK indicates ${sex(m[1])}, but the recorded sex is ${sex(m[2])}.`],
  [/^Nomor urut NIK 0000/, () => 'NIK serial 0000 is unusual (serials usually start at 0001).'],
  [/^Sudah ada (\d+) klien dengan nama dan tanggal lahir yang sama/, (m) => `There are already ${m[1]} client(s) with the same name and birth date; check whether this is the same person.`],
  [/^Pekerja yang ditugaskan tidak ditemukan/, () => 'The assigned worker was not found or is not active.'],
  [/^Tanggal buka kasus tidak boleh di masa depan\.$/, () => 'The opening date cannot be in the future.'],
  [/^Tanggal buka kasus sebelum tanggal lahir/, () => "The opening date is before the client's birth date."],
  [/^Kasus sudah berada di tahap ini\.$/, () => 'The case is already at this stage.'],
  [/^Kasus sudah berstatus ini\.$/, () => 'The case already has this status.'],
  [/^(.+) sudah diubah di tempat lain sejak dibuka\./, (m) => `${label(m[1])} was changed elsewhere since you opened it. Reload, then make your change again.`],
  [/^(.+) tidak ditemukan\.$/, (m) => `${label(m[1])} not found.`],
  [/^Disk penuh.*insiden (\w+)/, (m) => `Disk full: nothing was saved. Free some disk space and try again. (incident ${m[1]})`],
  [/^Berkas data rusak.*insiden (\w+)/, (m) => `The data file is damaged: part of it cannot be read, and nothing was saved. Close Pendamping, then restore the latest backup (Settings › Backups, or: pendamping restore FILE). (incident ${m[1]})`],
  [/^Disk tidak dapat dibaca atau ditulisi.*insiden (\w+)/, (m) => `The disk cannot be read or written: nothing was saved. Check the disk or flash drive holding the data folder, then try again. (incident ${m[1]})`],
  [/^Terjadi kesalahan tak terduga.*insiden (\w+)/, (m) => `Something unexpected went wrong; nothing was saved. Quote incident ${m[1]} to your admin.`],
];
