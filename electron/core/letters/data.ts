import { LETTER_BODY_PLACEHOLDERS, type LetterSettings } from '../../../shared/contract';
import { addDays } from '../../../shared/dates';
import { CLUSTER, DIAGNOSIS, DISABILITY, LETTER_NATURE, MEDICATION_ADHERENCE, PPKS, SEX, STAGE, URGENCY } from '../../../shared/enums';
import { clientDetail } from '../clients/handlers';
import type { CoreContext } from '../context';
import { findInstitution } from '../institutions/store';
import { findReferral } from '../referrals/store';
import { readSettings } from '../settings/store';

const longDate = (iso: string) =>
  new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

const WORDS = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas'];
/** "2 (dua) berkas", as official letters write counts. */
export function countInWords(n: number): string {
  if (n === 0) return '-';
  const word = n < 12 ? WORDS[n] : n < 20 ? `${WORDS[n - 10]} belas` : String(n);
  return `${n} (${word}) berkas`;
}

/** The region list writes provinces and regencies in capitals; a letter writes "Kota Semarang". */
const titleCase = (s: string) => (s === s.toUpperCase() ? s.toLowerCase().replace(/(^|[\s(/-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase()) : s);

function ageOn(birthDate: string | null, today: string): string {
  if (!birthDate) return '-';
  let age = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  if (today.slice(5) < birthDate.slice(5)) age -= 1;
  return `${age} tahun`;
}

/** Everything a referral letter and its case summary show, gathered once and frozen into the HTML. */
export function letterData(ctx: CoreContext, referralId: string, today: string) {
  const referral = findReferral(ctx, referralId)!;
  const client = clientDetail(ctx, referral.clientId);
  const institution = findInstitution(ctx, referral.institutionId)!;
  const office = readSettings(ctx);
  const kase = ctx.db
    .prepare('SELECT c.number, c.cluster, c.ppks_type, c.stage, c.opened_at, w.name AS worker FROM cases c LEFT JOIN workers w ON w.id = c.assigned_worker_id WHERE c.id = ?')
    .get(referral.caseId) as { number: string; cluster: string; ppks_type: string; stage: string; opened_at: string; worker: string | null };
  const lastVisit = ctx.db
    .prepare('SELECT visited_at, wellbeing, note, pasung FROM visits WHERE case_id = ? ORDER BY visited_at DESC LIMIT 1')
    .get(referral.caseId) as { visited_at: string; wellbeing: string | null; note: string; pasung: string | null } | undefined;
  const episode = ctx.db
    .prepare('SELECT details FROM pasung_episodes WHERE client_id = ? ORDER BY created_at DESC LIMIT 1')
    .get(referral.clientId) as { details: string } | undefined;
  const pasungDetails = episode ? (JSON.parse(episode.details) as { diagnosis: string | null; treatmentHistory: string | null }) : null;
  const medication = lastVisit?.pasung ? (JSON.parse(lastVisit.pasung) as { medication: string | null }).medication : null;
  const address = [
    client.address.street,
    client.address.rt && client.address.rw ? `RT ${client.address.rt}/RW ${client.address.rw}` : null,
    ...client.addressRegions.slice().reverse().map((r) => titleCase(r.name)),
  ].filter(Boolean).join(', ');
  const institutionCity = institution.regionName ? titleCase(institution.regionName) : null;
  const institutionAddress = [institution.street, institutionCity].filter(Boolean).join(', ');
  const ttl = [client.birthPlace, client.birthDate ? longDate(client.birthDate) : null].filter(Boolean).join(', ') || '-';
  const values: Record<(typeof LETTER_BODY_PLACEHOLDERS)[number], string> = {
    'klien.nama': client.name,
    'klien.nik': client.nik ?? '-',
    'klien.jenis_kelamin': SEX.label(client.sex),
    'klien.ttl': ttl,
    'klien.umur': ageOn(client.birthDate, today),
    'klien.alamat': address || '-',
    'kasus.nomor': kase.number,
    'rujukan.alasan': referral.reason,
    'rujukan.layanan': referral.servicesRequested ?? '-',
    'rujukan.urgensi': URGENCY.label(referral.urgency),
    'lembaga.nama': institution.name,
    'lembaga.alamat': institutionAddress || '-',
    'kantor.nama': office.officeName,
  };
  const provided = referral.documents.filter((d) => d.provided);
  return {
    referral,
    values,
    recipient: institution.recipientTitle ?? `Pimpinan ${institution.name}`,
    recipientAddress: institutionAddress,
    recipientCity: institutionCity,
    nature: LETTER_NATURE[referral.urgency],
    subject: `Rujukan Klien a.n. ${client.name}`,
    dateLine: (place: string) => `${place}, ${longDate(today)}`,
    attachmentsCount: (withSummary: boolean) => countInWords(provided.length + (withSummary ? 1 : 0)),
    providedDocuments: provided.map((d) => d.name),
    summary: {
      identity: [
        ['Nama', client.name],
        ['NIK', client.nik ?? '-'],
        ['Jenis kelamin', SEX.label(client.sex)],
        ['Tempat/tanggal lahir', ttl],
        ['Umur', ageOn(client.birthDate, today)],
        ['Alamat', address || '-'],
        ['Disabilitas', client.disabilities.map((d) => DISABILITY.label(d)).join(', ') || '-'],
      ] as [string, string][],
      kase: [
        ['Nomor kasus', kase.number],
        ['Klaster', CLUSTER.label(kase.cluster as never)],
        ['Jenis PPKS', PPKS.label(kase.ppks_type as never)],
        ['Tahap', STAGE.label(kase.stage as never)],
        ['Dibuka', longDate(kase.opened_at)],
      ] as [string, string][],
      reason: referral.reason,
      condition: lastVisit
        ? `Kunjungan terakhir ${longDate(lastVisit.visited_at.slice(0, 10))}: ${[lastVisit.wellbeing, lastVisit.note.slice(0, 600)].filter(Boolean).join(' — ')}`
        : 'Belum ada catatan kunjungan.',
      medication: [
        medication ? `Kepatuhan minum obat: ${MEDICATION_ADHERENCE.label(medication as never)}` : null,
        pasungDetails?.diagnosis ? `Kategori diagnosis: ${DIAGNOSIS.label(pasungDetails.diagnosis as never)}` : null,
        pasungDetails?.treatmentHistory ? `Riwayat pengobatan: ${pasungDetails.treatmentHistory}` : null,
      ].filter(Boolean).join('. ') || '-',
      contacts: [
        client.guardian.name ? `${client.guardian.name}${client.guardian.relationship ? ` (${client.guardian.relationship})` : ''}${client.guardian.phone ? `, ${client.guardian.phone}` : ''}` : null,
        client.phone ? `Klien: ${client.phone}` : null,
        kase.worker ? `Pendamping: ${kase.worker}, ${office.officeName}` : null,
      ].filter(Boolean) as string[],
    },
    expectedAnswer: referral.expectedResponseDate ?? addDays(today, 7),
  };
}

export type LetterData = ReturnType<typeof letterData>;

export function fillBody(template: string, values: LetterData['values']): string {
  return template.replace(/\{([a-z_.]+)\}/g, (all, key: string) => (key in values ? values[key as keyof typeof values] : all));
}

export type { LetterSettings };
