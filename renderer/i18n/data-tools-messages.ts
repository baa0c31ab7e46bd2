/**
 * English for the core's messages about exports, imports and backups, in the same
 * [pattern, make] form as server-messages.ts, which includes them.
 */
type Rule = [RegExp, (m: RegExpExecArray) => string];

const n = (s: string) => s.replace(/\./g, ',');

/** Why a backup folder cannot be used (core/backups/backup.ts). */
const FOLDER_PROBLEMS: Record<string, string> = {
  'tidak ada izin menulis': 'no permission to write',
  'disknya tidak ada': 'its disk is not there',
  'ada berkas, bukan folder, di jalurnya': 'a file, not a folder, is in its path',
  'namanya terlalu panjang': 'its name is too long',
  'disknya hanya bisa dibaca': 'its disk is read-only',
  'disk penuh': 'the disk is full',
  'jalurnya berisi karakter yang tidak sah': 'its path holds characters that are not allowed',
  'tidak dapat dibuat': 'it cannot be created',
};

export const DATA_TOOLS_RULES: Rule[] = [
  // Exports and sealed zips
  [/^Kata sandi minimal (\d+) karakter\.$/, (m) => `The password needs at least ${m[1]} characters.`],
  [/^Kata sandi paket pindah minimal (\d+) karakter\.$/, (m) => `The move bundle's password needs at least ${m[1]} characters.`],
  [/^Minimal (\d+) karakter\.$/, (m) => `At least ${m[1]} characters.`],
  [/^Pilih minimal satu kasus\.$/, () => 'Choose at least one case.'],
  [/^Tabel tidak dikenal\.$/, () => 'Unknown table.'],
  [/^Format: csv atau xlsx\.$/, () => 'Format: csv or xlsx.'],
  [/^Kolom (\S+) tidak ada di tabel (\S+)\.$/, (m) => `Column ${m[1]} is not in the ${m[2]} table.`],
  [/^Berkas ini dikunci kata sandi; masukkan kata sandinya\.$/, () => 'This file is locked with a password; enter the password.'],
  [/^Kata sandi diperlukan\.$/, () => 'A password is needed.'],
  [/^Kata sandi salah\.$/, () => 'Wrong password.'],
  [/^Berkas zip rusak atau terpotong \((.*)\)\.$/, (m) => `The zip file is damaged or cut short (${m[1]}).`],
  [/^Zip rusak atau terpotong\.$/, () => 'The zip is damaged or cut short.'],
  // Client import
  [/^Berkas lebih dari 50 MB\.$/, () => 'The file is larger than 50 MB.'],
  [/^Kolom tujuan tidak dikenal\.$/, () => 'Unknown target field.'],
  [/^Kolom "(.+)" untuk (\S+) tidak ada di berkas\.$/, (m) => `Column "${m[1]}" for ${m[2]} is not in the file.`],
  [/^Kolom "(.+)" tidak ada\.$/, (m) => `Column "${m[1]}" does not exist.`],
  [/^Kolom wajib belum dipetakan: (.+)\.$/, (m) => `Required columns not mapped yet: ${m[1]}.`],
  [/^Petakan: (.+)\.$/, (m) => `Map: ${m[1]}.`],
  [/^Pekerjaan dengan ID ini sedang berjalan\.$/, () => 'A job with this id is already running.'],
  [/^Dibatalkan; tidak ada yang disimpan\.$/, () => 'Cancelled; nothing was stored.'],
  [/^Berkas berakhiran \.xlsx tetapi isinya bukan XLSX\.$/, () => 'The file ends in .xlsx but is not an XLSX file.'],
  [/^Berkas bukan XLSX yang dapat dibaca/, () => 'The file is not a readable XLSX (damaged, or another format such as an old .xls).'],
  [/^Lembar pertama XLSX kosong\.$/, () => 'The first sheet of the XLSX is empty.'],
  [/^Berkas memuat ([\d.]+) baris; paling banyak ([\d.]+) per impor\. Bagi berkasnya\.$/, (m) => `The file has ${n(m[1])} rows; at most ${n(m[2])} per import. Split the file.`],
  [/^Jenis berkas \.(\S*) tidak didukung: gunakan CSV atau XLSX\.$/, (m) => `File type .${m[1]} is not supported: use CSV or XLSX.`],
  [/^Berkas ini bukan teks CSV \(UTF-16 tanpa penanda BOM/, () => 'This file is not CSV text (UTF-16 without a byte-order mark, or a binary file). In Excel, save it as "CSV UTF-8 (Comma delimited)".'],
  [/^Berkas ini bukan teks CSV\.$/, () => 'This file is not CSV text.'],
  [/^Baris pertama CSV harus berisi nama-nama kolom/, () => 'The first row of the CSV must hold the column names (separated by commas or semicolons).'],
  [/^NIK sama dengan baris (\d+) di berkas ini\.$/, (m) => `Same NIK as row ${m[1]} of this file.`],
  // Case export import
  [/^Zip ini tidak memuat ekspor kasus Pendamping/, () => 'This zip holds no Pendamping case export (export.json).'],
  [/^Lampiran (\S+) tidak ada di dalam zip\.$/, (m) => `Attachment ${m[1]} is missing from the zip.`],
  [/^Berkas ekspor bukan JSON yang sah/, () => 'The export file is not valid JSON (it may be cut short).'],
  [/^Bukan JSON yang sah\.$/, () => 'Not valid JSON.'],
  [/^Berkas ekspor tidak sah: Bukan ekspor kasus Pendamping/, () => 'The export file is not valid: not a Pendamping case export.'],
  [/^Berkas ekspor tidak sah: Ekspor versi lebih baru/, () => 'The export file is not valid: it comes from a newer version than this app knows.'],
  [/^Ekspor ini sudah dianonimkan;/, () => 'This export is de-identified; anonymous data cannot be brought back in as cases.'],
  [/^Ekspor ini dibuat oleh versi Pendamping yang lebih baru/, () => 'This export was made by a newer version of Pendamping; update the app first.'],
  [/^Baris (\d+) tabel (\S+) memuat kolom tak dikenal: (.*)\.$/, (m) => `Row ${m[1]} of table ${m[2]} has unknown columns: ${m[3]}.`],
  [/^Baris (\d+) tabel (\S+) tidak punya (\S+) yang sah\.$/, (m) => `Row ${m[1]} of table ${m[2]} has no valid ${m[3]}.`],
  [/^Data (\S+) (\S+) sudah ada di sini dengan isi berbeda;/, (m) => `${m[1]} record ${m[2]} already exists here with different contents; the import was cancelled without changes.`],
  [/^NIK (\d+) sudah terdaftar untuk (.+) dengan ID lain;/, (m) => `NIK ${m[1]} is already registered for ${m[2]} under another id; the import was cancelled without changes.`],
  [/^Baris (\d+) tabel (\S+) tidak dapat disimpan: (.*)\. Impor dibatalkan tanpa perubahan\.$/, (m) => `Row ${m[1]} of table ${m[2]} could not be stored: ${m[3]}. The import was cancelled without changes.`],
  // Backups
  [/^Folder cadangan harus jalur lengkap \(absolut\)\.$/, () => 'The backup folder must be a full (absolute) path.'],
  [/^Simpan 1–100 cadangan\.$/, () => 'Keep 1–100 backups.'],
  [/^(Pencadangan|Pemindahan) tidak tersedia di sini\.$/, (m) => `${m[1] === 'Pencadangan' ? 'Backups are' : 'Moving is'} not available here.`],
  [/^Berkas (.+) sudah ada; pilih nama lain\.$/, (m) => `File ${m[1]} already exists; choose another name.`],
  [/^Cadangan ini dibuat oleh versi Pendamping yang lebih baru \(skema (\d+)\)/, (m) => `This backup was made by a newer version of Pendamping (schema ${m[1]}); update the app first. The current data is unchanged.`],
  [/^Cadangan tidak dapat dipulihkan: berkas rusak, terpotong, atau dibuat dengan kunci lain \((.*)\)\. Data saat ini tidak diubah\.$/, (m) => `The backup cannot be restored: the file is damaged, cut short, or made with another key (${m[1]}). The current data is unchanged.`],
  [/^Berkas cadangan rusak, terpotong, atau kuncinya berbeda\.$/, () => 'The backup file is damaged, cut short, or has a different key.'],
  [/^Cadangan tidak ditemukan di folder cadangan\.$/, () => 'The backup was not found in the backup folder.'],
  [
    /^Folder cadangan (.+) tidak dapat dipakai \((.+)\)\. Sambungkan lagi disknya/,
    (m) => `The backup folder ${m[1]} cannot be used (${FOLDER_PROBLEMS[m[2]] ?? m[2]}). Reconnect its disk, or choose another folder in Settings › Backups.`,
  ],
];
