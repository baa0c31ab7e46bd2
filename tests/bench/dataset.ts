/**
 * A district-scale dataset written straight into an encrypted store with the driver (the
 * core would take hours for a million visits): rows shaped exactly as the app writes them,
 * values drawn from fixed pools so a run is repeatable. At scale 1: 100,000 clients and
 * cases, 1,000,000 visits with notes of about 300 characters, 100,000 referrals, and ten
 * cases with 1,000+ events.
 */
import { rememberNoteTerms } from '../../electron/core/search/note-terms';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { monotonicFactory } from 'ulid';
import { CLUSTER, PPKS, STAGE, VISIT_TYPE } from '../../shared/enums';

const FIRST = ['Siti', 'Budi', 'Agus', 'Dewi', 'Sri', 'Joko', 'Rina', 'Wahyu', 'Nur', 'Eko', 'Ani', 'Bambang', 'Yuni', 'Hendra', 'Tri', 'Dian', 'Rudi', 'Lestari', 'Slamet', 'Ayu', 'Made', 'Putu', 'Ketut', 'Wayan', 'Fitri', 'Rahmat', 'Suparmi', 'Sutrisno', 'Indah', 'Yohanes'];
const LAST = ['Rahayu', 'Santoso', 'Wijaya', 'Lestari', 'Saputra', 'Hidayat', 'Kusuma', 'Pratama', 'Setiawan', 'Susanti', 'Purnomo', 'Nugroho', 'Wulandari', 'Handayani', 'Siregar', 'Nasution', 'Simanjuntak', 'Manurung', 'Tanjung', 'Ginting'];
const SENTENCES = [
  'Klien ditemui di rumah bersama ibunya dalam keadaan tenang.',
  'Keluarga melaporkan klien rutin minum obat dari puskesmas setiap pagi.',
  'Klien mulai membantu pekerjaan rumah dan menyapu halaman.',
  'Tidur klien terganggu dua malam terakhir; keluarga diedukasi tanda kambuh.',
  'Pendampingan ke puskesmas untuk kontrol bulanan dan pengambilan obat.',
  'Kepala desa bersedia membantu pengurusan KTP elektronik dan KK.',
  'Klien mengikuti pelatihan membuat keset di balai desa.',
  'Tetangga mendukung dan ikut mengawasi bila klien gelisah.',
  'BPJS PBI sedang diurus melalui Dinas Sosial kabupaten.',
  'Klien menolak minum obat karena merasa sudah sembuh; dilakukan motivasi.',
  'Adik klien mengantar ke RSJ untuk evaluasi dosis.',
  'Klien berjualan gorengan di depan rumah dengan modal bantuan PENA.',
];

export interface Scale {
  clients: number;
  visits: number;
  referrals: number;
  longCases: number;
  longCaseVisits: number;
}

export const scaleOf = (s: number): Scale => ({
  clients: Math.max(50, Math.round(100_000 * s)),
  visits: Math.max(500, Math.round(1_000_000 * s)),
  referrals: Math.max(20, Math.round(100_000 * s)),
  longCases: Math.max(1, Math.round(10 * s)),
  longCaseVisits: s >= 0.05 ? 1_050 : 60,
});

/** A tiny deterministic generator: the same scale always gives the same data. */
function rng(seed: number) {
  let x = seed >>> 0;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4_294_967_296;
  };
}

export function generate(db: Database, scale: Scale, today: Date, onProgress: (what: string, done: number, total: number) => void) {
  const r = rng(20_261_128);
  const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const ulid = monotonicFactory(() => r());
  const base = today.getTime() - 4 * 365 * 86_400_000;
  const idAt = (ms: number) => ulid(ms);
  const iso = (ms: number) => new Date(ms).toISOString();
  const day = (ms: number) => iso(ms).slice(0, 10);
  const device = 'bench-device';

  const districts = db.prepare(`SELECT code FROM regions WHERE level = 'district' AND code LIKE '33.%' ORDER BY code`).all() as { code: string }[];
  const villagesOf = new Map<string, string[]>();
  for (const v of db.prepare(`SELECT code, parent_code FROM regions WHERE level = 'village' AND code LIKE '33.%'`).all() as { code: string; parent_code: string }[]) {
    const list = villagesOf.get(v.parent_code) ?? [];
    list.push(v.code);
    villagesOf.set(v.parent_code, list);
  }

  const insertWorker = db.prepare(`INSERT INTO workers (id, name, nip, role, position, active, created_at) VALUES (?, ?, ?, ?, ?, 1, ?)`);
  const workers = Array.from({ length: 50 }, (_, i) => {
    const id = idAt(base);
    insertWorker.run(id, `${pick(FIRST)} ${pick(LAST)}`, null, i === 0 ? 'koordinator' : 'pekerja_sosial', 'Pekerja Sosial', iso(base));
    return id;
  });
  db.prepare(`INSERT INTO meta (key, value) VALUES ('current_worker_id', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(workers[1]);
  const insertInst = db.prepare(`INSERT INTO institutions (id, name, type, village_code, active, version, created_at, updated_at) VALUES (?, ?, ?, ?, 1, 1, ?, ?)`);
  const institutions = Array.from({ length: 200 }, (_, i) => {
    const id = idAt(base);
    insertInst.run(id, `${pick(['Puskesmas', 'RSUD', 'Dukcapil', 'UPTD PPA', 'LKS'])} ${pick(LAST)} ${i}`, pick(['puskesmas', 'rsud', 'dukcapil', 'uptd_ppa', 'lks']), null, iso(base), iso(base));
    return id;
  });

  const insertClient = db.prepare(
    `INSERT INTO clients (id, name, nik, kk, sex, birth_place, birth_date, street, village_code, phone, dtsen_registered, programmes, disabilities, version, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '[]', ?, 1, ?, ?)`,
  );
  const insertCase = db.prepare(
    `INSERT INTO cases (id, number, client_id, cluster, ppks_type, stage, stage_order, status, assigned_worker_id, opened_at, risk, version, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
  );
  const insertChange = db.prepare(`INSERT INTO change_log (id, entity, entity_id, action, changes, reason, actor_id, device_id, at) VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?)`);
  const insertTask = db.prepare(
    `INSERT INTO tasks (id, case_id, kind, title, due_date, status, assigned_worker_id, version, created_at, updated_at) VALUES (?, ?, 'kunjungan', 'Kunjungan berikutnya', ?, 'terbuka', ?, 1, ?, ?)`,
  );
  const cases: { id: string; opened: number; worker: string }[] = [];
  const used = new Set<string>();
  const batch = 5_000;
  for (let done = 0; done < scale.clients; done += batch) {
    db.transaction(() => {
      for (let i = done; i < Math.min(scale.clients, done + batch); i++) {
        const created = base + Math.floor((i / scale.clients) * 3 * 365 * 86_400_000);
        const sex = r() < 0.5 ? 'L' : 'P';
        const birth = new Date(Date.UTC(int(1940, 2015), int(0, 11), int(1, 28)));
        const district = pick(districts).code;
        const village = pick(villagesOf.get(district) ?? [null]);
        const prefix = district.replace(/\./g, '') + String(birth.getUTCDate() + (sex === 'P' ? 40 : 0)).padStart(2, '0') + String(birth.getUTCMonth() + 1).padStart(2, '0') + String(birth.getUTCFullYear() % 100).padStart(2, '0');
        let serial = 1;
        while (used.has(prefix + String(serial).padStart(4, '0'))) serial++;
        const nik = prefix + String(serial).padStart(4, '0');
        used.add(nik);
        const clientId = idAt(created);
        const name = `${pick(FIRST)} ${pick(FIRST)} ${pick(LAST)}`;
        insertClient.run(clientId, name, nik, `${district.replace(/\./g, '')}${String(int(0, 9_999_999_999)).padStart(10, '0')}`, sex, 'Semarang', day(birth.getTime()), `Jalan ${pick(LAST)} ${int(1, 200)}`, village, `08${int(100_000_000, 999_999_999)}`, r() < 0.5 ? 1 : 0, '[]', iso(created), iso(created));
        insertChange.run(idAt(created), 'client', clientId, 'create', JSON.stringify({ name: [null, name], nik: [null, nik] }), workers[0], device, iso(created));
        const cluster = pick(CLUSTER.values);
        const stageIndex = int(0, 6);
        const caseId = idAt(created);
        const worker = pick(workers);
        const status = r() < 0.85 ? 'aktif' : pick(['ditunda', 'selesai', 'dirujuk']);
        const opened = day(created);
        insertCase.run(caseId, `${String(i + 1).padStart(6, '0')}/RS/Dinsos/${opened.slice(0, 4)}`, clientId, cluster, pick(PPKS.values), STAGE.values[stageIndex], stageIndex, status, worker, opened, r() < 0.3 ? pick(['rendah', 'sedang', 'tinggi']) : null, iso(created), iso(created));
        insertChange.run(idAt(created), 'case', caseId, 'create', JSON.stringify({ number: [null, `${i + 1}`], stage: [null, STAGE.values[stageIndex]] }), worker, device, iso(created));
        if (status === 'aktif') insertTask.run(idAt(created), caseId, day(today.getTime() + int(-20, 20) * 86_400_000), worker, iso(created), iso(created));
        cases.push({ id: caseId, opened: created, worker });
      }
    })();
    onProgress('klien & kasus', Math.min(scale.clients, done + batch), scale.clients);
  }

  const insertVisit = db.prepare(
    `INSERT INTO visits (id, case_id, type, visited_at, place, people_met, note, wellbeing, pasung, risk, relapse_date, author_id, version, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
  );
  const longCases = cases.slice(0, scale.longCases);
  const plan: { c: (typeof cases)[number]; n: number }[] = longCases.map((c) => ({ c, n: scale.longCaseVisits }));
  const rest = scale.visits - plan.reduce((s, p) => s + p.n, 0);
  plan.push({ c: cases[0], n: 0 });
  let written = 0;
  const writeVisits = (c: (typeof cases)[number], n: number) => {
    const span = today.getTime() - c.opened - 86_400_000;
    for (let k = 0; k < n; k++) {
      const at = c.opened + Math.floor(((k + r()) / n) * span);
      const note = Array.from({ length: 5 }, () => pick(SENTENCES)).join(' ');
      const pasung = r() < 0.2;
      const risk = pasung ? pick(['rendah', 'sedang', 'tinggi']) : null;
      const relapse = pasung && r() < 0.05 ? day(at) : null;
      insertVisit.run(idAt(at), c.id, pick(VISIT_TYPE.values), iso(at), 'Rumah klien', 'Klien dan keluarga', note, 'Cukup',
        pasung ? JSON.stringify({ medication: 'teratur', relapse: Boolean(relapse), relapseDate: relapse, risk, familySupport: ['emosional'], jkn: 'pbi', civilDocsComplete: true, dtsenRegistered: null, dtsenDecile: null, productiveActivity: null }) : null,
        risk, relapse, c.worker, iso(at), iso(at));
    }
  };
  // The notes' words come from a fixed list of sentences: note them once for type-ahead search.
  db.transaction(() => rememberNoteTerms(db, ...SENTENCES, 'Rumah klien', 'Klien dan keluarga'))();
  for (const p of plan.slice(0, -1)) {
    db.transaction(() => writeVisits(p.c, p.n))();
    written += p.n;
  }
  for (let start = 0; start < rest; start += 20_000) {
    db.transaction(() => {
      for (let k = start; k < Math.min(rest, start + 20_000); k++) writeVisits(cases[scale.longCases + (k % (cases.length - scale.longCases))], 1);
    })();
    written = Math.min(scale.visits, written + 20_000);
    onProgress('kunjungan', written, scale.visits);
  }

  const insertReferral = db.prepare(
    `INSERT INTO referrals (id, case_id, institution_id, reason, services_requested, urgency, expected_response_date, documents, consent, status, version, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, '[]', ?, ?, 1, ?, ?)`,
  );
  const insertRefEvent = db.prepare(`INSERT INTO referral_events (id, referral_id, status, date, note, actor_id, created_at) VALUES (?, ?, ?, ?, NULL, ?, ?)`);
  db.transaction(() => {
    for (let i = 0; i < scale.referrals; i++) {
      const c = cases[(i * 7919) % cases.length];
      const at = c.opened + Math.floor(r() * (today.getTime() - c.opened));
      const id = idAt(at);
      const status = pick(['draft', 'dikirim', 'dikirim', 'diterima', 'selesai', 'ditolak', 'dibatalkan']);
      insertReferral.run(id, c.id, pick(institutions), 'Perlu layanan lanjutan.', 'pemeriksaan', pick(['biasa', 'segera', 'darurat']), day(at + 7 * 86_400_000), JSON.stringify({ by: 'klien', name: 'Klien', date: day(at) }), status, iso(at), iso(at));
      insertRefEvent.run(idAt(at), id, 'draft', day(at), c.worker, iso(at));
      if (status !== 'draft') insertRefEvent.run(idAt(at + 1), id, status, day(at), c.worker, iso(at));
    }
  })();
  onProgress('rujukan', scale.referrals, scale.referrals);
  db.exec('ANALYZE');
  return { longCaseIds: longCases.map((c) => c.id), workerId: workers[1] };
}
