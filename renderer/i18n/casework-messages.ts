/**
 * English for the core's casework messages (visits, pasung, devices, tasks, attachments),
 * in the same [pattern, make] form as server-messages.ts, which includes them.
 */
import { ACCESS_RULES } from './access-messages';

type Rule = [RegExp, (m: RegExpExecArray) => string];

export const CASEWORK_RULES: Rule[] = [
  // Refusals by role and own cases, and the closure approval.
  ...ACCESS_RULES,
  [/^Waktu kunjungan tidak boleh di masa depan\.$/, () => 'The visit time cannot be in the future.'],
  [/^Waktu kunjungan sebelum tanggal lahir klien\.$/, () => "The visit is before the client's birth date."],
  [/^Waktu kunjungan harus tanggal dan jam yang sah\.$/, () => 'Enter a valid date and time for the visit.'],
  [/^Tanggal kambuh tidak boleh di masa depan\.$/, () => 'The relapse date cannot be in the future.'],
  [/^Tanggal kambuh sebelum tanggal lahir klien\.$/, () => "The relapse date is before the client's birth date."],
  [/^Tanggal kambuh wajib diisi bila kambuh\.$/, () => 'Enter the date of the relapse.'],
  [/^Tanggal kambuh hanya diisi bila kambuh\.$/, () => 'A relapse date is only for a relapse.'],
  [/^Kunjungan berikutnya tidak boleh sebelum kunjungan ini\.$/, () => 'The next visit cannot be before this one.'],
  [/^Tanggal tidak boleh di masa depan\.$/, () => 'The date cannot be in the future.'],
  [/^Tanggal sebelum tanggal lahir klien\.$/, () => "The date is before the client's birth date."],
  [/^Tanggal jatuh tempo sebelum kasus dibuka \((.+)\)\.$/, (m) => `The due date is before the case was opened (${m[1]}).`],
  [/^Tanggal layanan sebelum kasus dibuka \((.+)\)\.$/, (m) => `The service date is before the case was opened (${m[1]}).`],
  [/^Tanggal sebelum langkah sebelumnya \((.+)\)\.$/, (m) => `The date is before the previous step (${m[1]}).`],
  [/^Tanggal sebelum perubahan status terakhir \((.+)\)\.$/, (m) => `The date is before the last status change (${m[1]}).`],
  [/^Dari status (\S+) hanya bisa ke (.+)\.$/, (m) => `From ${m[1]} the status can only go to ${m[2].replace(' atau ', ' or ')}.`],
  [/^Alat bantu sudah berstatus (\S+); langkah hanya maju\.$/, (m) => `The device is already ${m[1]}; steps only move forward.`],
  [/^Tindak lanjut ini sudah (\S+)\.$/, (m) => `This follow-up is already ${m[1] === 'selesai' ? 'done' : 'missed'}.`],
  [/^Tahun harus bilangan bulat\.$/, () => 'A year is a whole number.'],
  [/^Tahun tidak masuk akal\.$/, () => 'That year is not plausible.'],
  [/^Berkas lebih dari 20 MB\.$/, () => 'The file is larger than 20 MB.'],
  [/^Berkas kosong\.$/, () => 'The file is empty.'],
  [/^Gambar rusak atau terpotong/, () => 'The image is damaged or cut short; it cannot be read.'],
  [/^PDF terpotong atau rusak/, () => 'The PDF is cut short or damaged (no end-of-file marker).'],
  [/^Nama berkas berakhiran \.(\w+), tetapi isinya (\w+)\./, (m) => `The file name ends in .${m[1]}, but its content is ${m[2]}. Check the file.`],
  [/^Jenis berkas tidak didukung/, () => 'This kind of file is not supported: only JPEG, PNG or PDF.'],
  [/^Pilih jenis kunjungan\.$/, () => 'Choose the type of visit.'],
  [/^Pilih jenis tindak lanjut\.$/, () => 'Choose the kind of follow-up.'],
  [/^Pilih status pasung\.$/, () => 'Choose the pasung status.'],
  [/^Pilih: selesai atau terlewat\.$/, () => 'Choose: done or missed.'],
  [/^Jenis alat bantu tidak dikenal\.$/, () => 'Choose an assistive device.'],
  [/^Komponen layanan ATENSI tidak dikenal\.$/, () => 'Choose an ATENSI service component.'],
  [/^Isi kata yang dicari\.$/, () => 'Type what to search for.'],
  [/^(Judul|Keterangan|Nama berkas) wajib diisi\.$/, (m) => `${{ Judul: 'Title', Keterangan: 'Note', 'Nama berkas': 'File name' }[m[1]]} is required.`],
];
