import { z } from 'zod';
import { AppError } from '../../../shared/result';
import { loadMigrations } from '../../db/migrate';
import { defaultMigrationsDir } from '../../db/store';
import type { CoreContext } from '../context';
import { EXPORT_FORMAT, EXPORT_VERSION, type Row } from './case-bundle';
import { rememberNoteTerms } from '../search/note-terms';
import { columnsOf, EXPORT_TABLES, keyOf, type ExportTable } from './tables';

const Envelope = z.object({
  format: z.literal(EXPORT_FORMAT, { error: `Bukan ekspor kasus Pendamping (format harus ${EXPORT_FORMAT}).` }),
  version: z.int().min(1).max(EXPORT_VERSION, { error: `Ekspor versi lebih baru dari yang dikenal aplikasi ini (${EXPORT_VERSION}).` }),
  schemaVersion: z.int().min(1),
  deidentified: z.boolean(),
  tables: z.record(z.enum(EXPORT_TABLES, { error: 'Tabel tidak dikenal dalam ekspor.' }), z.array(z.record(z.string(), z.unknown()))),
});

const same = (a: Row, b: Row) => Object.keys(b).every((k) => {
  const x = a[k];
  const y = b[k];
  return Buffer.isBuffer(x) && Buffer.isBuffer(y) ? x.equals(y) : x === y;
});

/**
 * Brings a case export into this store, all or nothing (it runs inside the channel's
 * transaction). Records keep their ids, so an export imported into a fresh data folder
 * reproduces the case exactly. A record already here is skipped when identical and refused
 * when it differs: merging two versions of a record is not guessed at.
 */
export function importCaseExport(ctx: CoreContext, json: string) {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new AppError('VALIDATION', 'Berkas ekspor bukan JSON yang sah (mungkin terpotong).', { fields: [{ path: 'json', message: 'Bukan JSON yang sah.' }] });
  }
  const parsed = Envelope.safeParse(raw);
  if (!parsed.success) {
    const msg = parsed.error.issues[0].message;
    throw new AppError('VALIDATION', `Berkas ekspor tidak sah: ${msg}`, { fields: [{ path: 'json', message: msg }] });
  }
  const data = parsed.data;
  if (data.deidentified) throw new AppError('VALIDATION', 'Ekspor ini sudah dianonimkan; data anonim tidak dapat dimasukkan kembali sebagai kasus.');
  if (data.schemaVersion > loadMigrations(defaultMigrationsDir()).length) {
    throw new AppError('CONFLICT', 'Ekspor ini dibuat oleh versi Pendamping yang lebih baru; perbarui aplikasi dulu.');
  }
  const counts: Record<string, number> = {};
  for (const table of EXPORT_TABLES) {
    const rows = data.tables[table] ?? [];
    if (!rows.length) continue;
    const columns = columnsOf(ctx.db, table);
    const names = new Set(columns.map((c) => c.name));
    const blobs = new Set(columns.filter((c) => c.type === 'BLOB').map((c) => c.name));
    const key = keyOf(table);
    let inserted = 0;
    for (const [i, source] of rows.entries()) {
      const unknown = Object.keys(source).filter((k) => !names.has(k));
      if (unknown.length) throw new AppError('VALIDATION', `Baris ${i + 1} tabel ${table} memuat kolom tak dikenal: ${unknown.join(', ')}.`);
      if (typeof source[key] !== 'string') throw new AppError('VALIDATION', `Baris ${i + 1} tabel ${table} tidak punya ${key} yang sah.`);
      const row: Row = {};
      for (const [k, v] of Object.entries(source)) row[k] = blobs.has(k) && typeof v === 'string' ? Buffer.from(v, 'base64') : v;
      const existing = ctx.db.prepare(`SELECT * FROM "${table}" WHERE "${key}" = ?`).get(row[key]) as Row | undefined;
      if (existing) {
        if (same(existing, row) || table === 'workers' || table === 'institutions') continue;
        throw new AppError('CONFLICT', `Data ${table} ${String(row[key])} sudah ada di sini dengan isi berbeda; impor dibatalkan tanpa perubahan.`);
      }
      if (table === 'clients' && row.nik) {
        const twin = ctx.db.prepare('SELECT name FROM clients WHERE nik = ?').get(row.nik) as { name: string } | undefined;
        if (twin) throw new AppError('CONFLICT', `NIK ${String(row.nik)} sudah terdaftar untuk ${twin.name} dengan ID lain; impor dibatalkan tanpa perubahan.`);
      }
      const cols = Object.keys(row);
      try {
        ctx.db.prepare(`INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(...cols.map((c) => row[c] as never));
      } catch (e) {
        throw new AppError('VALIDATION', `Baris ${i + 1} tabel ${table} tidak dapat disimpan: ${(e as Error).message}. Impor dibatalkan tanpa perubahan.`);
      }
      // Imported notes join the type-ahead word list like notes typed here.
      if (table === 'visits') rememberNoteTerms(ctx.db, row.note as string, row.place as string | null, row.people_met as string | null);
      inserted += 1;
    }
    counts[table] = inserted;
  }
  return { imported: counts };
}
