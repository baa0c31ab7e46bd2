import type { ClientFormValues, ImportField } from '../../../shared/contract';

/** Column names seen in office spreadsheets and register extracts, per field. */
const SYNONYMS: Record<ImportField, string[]> = {
  name: ['nama', 'nama lengkap', 'nama klien', 'name'],
  nik: ['nik', 'no nik', 'nomor nik', 'nomor induk kependudukan'],
  kk: ['kk', 'no kk', 'nomor kk', 'no. kk', 'nomor kartu keluarga'],
  sex: ['jenis kelamin', 'jk', 'l/p', 'sex', 'kelamin'],
  birthPlace: ['tempat lahir', 'tmp lahir'],
  birthDate: ['tanggal lahir', 'tgl lahir', 'tgl. lahir', 'birth date'],
  street: ['alamat', 'jalan', 'alamat jalan'],
  rt: ['rt'],
  rw: ['rw'],
  villageCode: ['kode desa', 'kode kelurahan', 'kode desa/kelurahan', 'kode wilayah'],
  phone: ['telepon', 'no hp', 'hp', 'no telepon', 'telp'],
  guardianName: ['nama wali', 'wali', 'nama keluarga', 'wali/keluarga'],
  guardianRelationship: ['hubungan wali', 'hubungan'],
  guardianPhone: ['telepon wali', 'hp wali'],
  dtsenRegistered: ['dtsen', 'terdaftar dtsen', 'dtks', 'terdaftar dtks'],
  dtsenDecile: ['desil', 'desil dtsen'],
};

const norm = (s: string) => s.toLowerCase().replace(/[_.]+/g, ' ').replace(/\s+/g, ' ').trim();

export function suggestMapping(columns: string[]): Partial<Record<ImportField, string>> {
  const out: Partial<Record<ImportField, string>> = {};
  for (const [field, names] of Object.entries(SYNONYMS) as [ImportField, string[]][]) {
    const hit = columns.find((c) => names.includes(norm(c)));
    if (hit) out[field] = hit;
  }
  return out;
}

const SEX: Record<string, 'L' | 'P'> = { l: 'L', lk: 'L', 'laki-laki': 'L', 'laki laki': 'L', pria: 'L', m: 'L', p: 'P', pr: 'P', perempuan: 'P', wanita: 'P', f: 'P' };
const YES = new Set(['ya', 'y', 'yes', '1', 'true', 'terdaftar']);

/** "12-03-1985", "12/03/1985" and "1985-03-12" all become 1985-03-12; anything else stays for the schema to refuse. */
function isoDate(s: string): string {
  const dmy = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (dmy) return `${dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}`;
  return s;
}

/** One row of text, mapped to the client form's shape; validation is the shared schema's job. */
export function rowToClient(row: Record<string, string>, mapping: Partial<Record<ImportField, string>>): ClientFormValues {
  const get = (f: ImportField) => (mapping[f] ? (row[mapping[f]!] ?? '').trim() : '');
  const decile = get('dtsenDecile');
  const sex = SEX[get('sex').toLowerCase()];
  return {
    name: get('name'),
    nik: get('nik').replace(/[\s.'-]/g, '') || null,
    kk: get('kk').replace(/[\s.'-]/g, '') || null,
    sex: (sex ?? get('sex')) as 'L',
    birthPlace: get('birthPlace') || null,
    birthDate: get('birthDate') ? isoDate(get('birthDate')) : null,
    address: { street: get('street') || null, rt: get('rt') || null, rw: get('rw') || null, villageCode: get('villageCode') || null },
    phone: get('phone') || null,
    guardian: { name: get('guardianName') || null, relationship: get('guardianRelationship') || null, phone: get('guardianPhone') || null },
    dtsen: {
      registered: YES.has(get('dtsenRegistered').toLowerCase()),
      decile: decile ? (Number.isInteger(Number(decile)) ? Number(decile) : (decile as unknown as number)) : null,
      registerId: null,
    },
    programmes: [],
    disabilities: [],
  };
}
