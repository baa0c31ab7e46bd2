/**
 * English for the core's refusals (electron/core/access) and the closure approval, in the
 * [pattern, make] form of server-messages.ts, which includes them.
 */
type Rule = [RegExp, (m: RegExpExecArray) => string];

/** What a role is needed for, as the policy table names it. */
const WHAT: Record<string, string> = {
  'menyetujui atau mengembalikan penutupan kasus': 'approve or send back the closure of a case',
  'memasukkan kasus dari kantor lain': 'bring in cases from another office',
  'mengimpor daftar klien': 'import a list of clients',
  'melihat permintaan penghapusan data': 'see requests to erase data',
  'menyetujui penghapusan data klien': "approve erasing a client's data",
  'menolak penghapusan data klien': "reject erasing a client's data",
  'melihat kasus yang melewati masa simpan': 'see cases past their retention period',
  'melihat jejak audit': 'see the audit trail',
  'memeriksa jejak audit': 'check the audit trail',
  'mengubah pengaturan kantor': 'change the office settings',
  'mengubah pengaturan surat': 'change the letter settings',
  'menambah profil pekerja': 'add a worker profile',
  'mengubah profil pekerja': 'change a worker profile',
  'melihat daftar akun': 'see the accounts',
  'membuat akun': 'create an account',
  'menghapus akun': 'remove an account',
  'membuat kunci pemulihan baru': 'make a new recovery key',
  'mengubah pengaturan keamanan': 'change the security settings',
  'mengubah masa simpan kasus': 'change how long closed cases are kept',
  'melihat pengaturan cadangan': 'see the backup settings',
  'mengubah pengaturan cadangan': 'change the backup settings',
  'membuat cadangan': 'make a backup',
  'melihat daftar cadangan': 'see the backups',
  'membuat paket pindah laptop': 'make a move-to-a-new-laptop bundle',
  'memulihkan cadangan': 'restore a backup',
};
const ROLE: Record<string, string> = { 'Pekerja Sosial': 'social worker', Koordinator: 'koordinator', Admin: 'admin' };

export const ACCESS_RULES: Rule[] = [
  [/^Kasus ini bukan kasus Anda; minta koordinator/, () => 'This case is not yours; ask a koordinator to assign it to you.'],
  [/^Klien ini tidak termasuk kasus Anda; minta koordinator/, () => 'This client is not in your cases; ask a koordinator to assign the case to you.'],
  [
    /^Hanya (admin|koordinator atau admin) yang dapat (.+)\. Peran Anda: (.+)\.$/,
    (m) => `Only ${m[1] === 'admin' ? 'an admin' : 'a koordinator or an admin'} may ${WHAT[m[2]] ?? m[2]}. Your role: ${ROLE[m[3]] ?? m[3]}.`,
  ],
  [/^Hanya koordinator yang dapat menugaskan kasus kepada pekerja lain/, () => 'Only a koordinator can assign a case to another worker; assign it to yourself or leave it unassigned.'],
  [/^Hanya koordinator yang dapat mengalihkan kasus kepada pekerja lain\.$/, () => 'Only a koordinator can hand a case to another worker.'],
  [/^Kanal ini belum punya aturan akses/, () => 'This channel has no access rule yet, so only the system may use it.'],
  [/^Kasus ini tidak sedang menunggu persetujuan penutupan\.$/, () => 'This case is not waiting for a closure approval.'],
  [/^Tulis alasan pengembalian untuk pekerja sosial\.$/, () => 'Write why it goes back to the social worker.'],
  [/^Pilih: setujui atau kembalikan\.$/, () => 'Choose: approve or send back.'],
];
