/**
 * English for the core's consent, erasure and retention messages, in the same
 * [pattern, make] form as server-messages.ts, which includes them.
 */
type Rule = [RegExp, (m: RegExpExecArray) => string];

const DECIDED: Record<string, string> = { disetujui: 'approved', ditolak: 'rejected' };

export const PRIVACY_RULES: Rule[] = [
  [/^Pilih tujuan persetujuan\.$/, () => 'Choose the purpose of the consent.'],
  [/^Nama wali\/keluarga wajib diisi bila/, () => "The guardian's or family member's name is required when a guardian consents."],
  [/^Hubungan wali dengan klien wajib diisi\.$/, () => "The guardian's relation to the client is required."],
  [/^Tanggal persetujuan sebelum tanggal lahir klien\.$/, () => "The date of consent is before the client's birth date."],
  [/^Klien belum berusia 18 tahun pada tanggal persetujuan/, () => 'The client was under 18 on the date of consent: a parent or guardian consents (UU 27/2022 Art. 25).'],
  [/^Persetujuan ini sudah ditarik pada (\S+)\.$/, (m) => `This consent was already withdrawn on ${m[1]}.`],
  [/^Tanggal penarikan tidak boleh di masa depan\.$/, () => 'The date of withdrawal cannot be in the future.'],
  [/^Tanggal penarikan sebelum persetujuan diberikan \((\S+)\)\.$/, (m) => `The date of withdrawal is before the consent was given (${m[1]}).`],
  [/^Alasan penarikan wajib diisi\.$/, () => 'The reason for withdrawal is required.'],
  [/^Alasan penolakan wajib diisi\.$/, () => 'The reason for rejecting is required.'],
  [/^Persetujuan tidak ditemukan\.$/, () => 'The consent was not found.'],
  [/^Permintaan penghapusan tidak ditemukan\.$/, () => 'The erasure request was not found.'],
  [/^(Persetujuan|Permintaan penghapusan) sudah diubah di tempat lain sejak dibuka\./, (m) => `The ${m[1] === 'Persetujuan' ? 'consent' : 'erasure request'} was changed elsewhere since you opened it. Reload, then try again.`],
  [/^Sebutkan satu klien atau satu kasus\.$/, () => 'Name one client or one case.'],
  [/^Pilih alasan penghapusan\.$/, () => 'Choose the reason for erasure.'],
  [/^Status permintaan tidak dikenal\.$/, () => 'Unknown request status.'],
  [/^Data pribadi klien ini sudah dihapus \((\S+)\)/, (m) => `This client's personal data was erased (${m[1]}); nothing can be added.`],
  [/^Sudah ada permintaan penghapusan yang menunggu/, () => 'An erasure request for this client is already waiting for a koordinator.'],
  [/^Permintaan ini sudah diputuskan \((\S+)\)\.$/, (m) => `This request was already decided (${DECIDED[m[1]] ?? m[1]}).`],
  [/^Kasus (.+) belum ditutup: tutup kasusnya dahulu/, (m) => `Case ${m[1]} is not closed: close it first, then approve the erasure.`],
  [
    /^Penghapusan dibatalkan, tidak ada yang diubah: NIK klien masih tercatat di (\S+) \((\d+) baris/,
    (m) => `Erasure stopped, nothing changed: the client's NIK is still written in ${m[1]} (${m[2]} rows, e.g. a note about another client). Remove it there, then approve again.`,
  ],
  [/^Penghapusan dibatalkan, tidak ada yang diubah: kolom (\S+) belum dikenal/, (m) => `Erasure stopped, nothing changed: column ${m[1]} is not known to the erasure yet.`],
  [/^Isi jumlah tahun \(bilangan bulat\)\.$/, () => 'Enter a number of years (a whole number).'],
  [/^Masa simpan 1–100 tahun\.$/, () => 'Retention is 1–100 years.'],
];
