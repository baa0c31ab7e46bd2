import type { ClientInput } from '../../../shared/contract';
import { AppError, type FieldError, type Warning } from '../../../shared/result';
import { decodeNik, nikWarnings } from '../../../shared/validators/nik';
import type { CoreContext } from '../context';
import { fieldErrors } from '../errors';
import { regionExists as regionKnown } from '../regions/handlers';
import { officeToday } from '../settings/store';

/** What the checks ask of the clients already stored (a new client, or one other than the one edited). */
export interface StoredClients {
  withNik(nik: string): { id: string; name: string } | undefined;
  /** How many (counted up to 5) have this name, ignoring case, and this birth date. */
  namesakes(name: string, birthDate: string): number;
}

/** One question per check: the form saves one client at a time. */
export function storedOneByOne(ctx: CoreContext, excludeId?: string): StoredClients {
  return {
    withNik: (nik) => ctx.db.prepare('SELECT id, name FROM clients WHERE nik = ? AND id IS NOT ?').get(nik, excludeId ?? null) as { id: string; name: string } | undefined,
    namesakes: (name, birthDate) =>
      ctx.db.prepare('SELECT id FROM clients WHERE name = ? COLLATE NOCASE AND birth_date = ? AND id IS NOT ? LIMIT 5').all(name, birthDate, excludeId ?? null).length,
  };
}

/**
 * The answers for a batch of new clients (a chunk of an import) in two queries instead of two
 * per client; asked one by one, the questions cost more than the rest of the checks.
 */
export function storedAmong(ctx: CoreContext, clients: readonly ClientInput[]): StoredClients {
  const niks = clients.flatMap((c) => (c.nik ? [c.nik] : []));
  const byNik = new Map(
    (ctx.db.prepare('SELECT nik, id, name FROM clients WHERE nik IN (SELECT value FROM json_each(?))').all(JSON.stringify(niks)) as { nik: string; id: string; name: string }[]).map(
      (r) => [r.nik, { id: r.id, name: r.name }],
    ),
  );
  const pairs = clients.flatMap((c) => (c.birthDate ? [[spaced(c.name), c.birthDate]] : []));
  const counts = ctx.db
    .prepare(
      `SELECT j.key AS i, (SELECT count(*) FROM (SELECT 1 FROM clients c WHERE c.name = (j.value ->> 0) COLLATE NOCASE AND c.birth_date = (j.value ->> 1) LIMIT 5)) AS n
       FROM json_each(?) j`,
    )
    .all(JSON.stringify(pairs)) as { i: number; n: number }[];
  const namesakes = new Map<string, number>();
  for (const { i, n } of counts) if (n) namesakes.set(JSON.stringify(pairs[i]), n);
  return { withNik: (nik) => byNik.get(nik), namesakes: (name, birthDate) => namesakes.get(JSON.stringify([name, birthDate])) ?? 0 };
}

const spaced = (name: string) => name.replace(/\s+/g, ' ');

/**
 * Rules that need the store or today's date. Errors block the save; warnings never do
 * (a NIK that disagrees with the recorded birth date can still be the legal number).
 */
export function checkClient(ctx: CoreContext, c: ClientInput, excludeId?: string): Warning[] {
  return clientChecker(ctx)(c, storedOneByOne(ctx, excludeId));
}

/**
 * The same rules for many clients in a row (an import): today's date is settled once, and
 * each region code is looked up once (the region list does not change while a file is
 * checked). Reading the office settings and building a time-zone formatter for every row
 * was most of a 100,000-row import.
 */
export function clientChecker(ctx: CoreContext): (c: ClientInput, stored: StoredClients) => Warning[] {
  const today = officeToday(ctx);
  const known = new Map<string, boolean>();
  const regionExists = (code: string) => {
    let hit = known.get(code);
    if (hit === undefined) known.set(code, (hit = regionKnown(ctx, code)));
    return hit;
  };
  return (c, stored) => {
    const errors: FieldError[] = [];
    const warnings: Warning[] = [];

    if (c.birthDate && c.birthDate > today) errors.push({ path: 'birthDate', message: 'Tanggal lahir tidak boleh di masa depan.' });
    if (c.birthDate && c.birthDate < '1900-01-01') errors.push({ path: 'birthDate', message: 'Tanggal lahir sebelum 1900 tidak masuk akal.' });
    if (c.address.villageCode && !regionExists(c.address.villageCode))
      errors.push({ path: 'address.villageCode', message: `Kode desa/kelurahan ${c.address.villageCode} tidak dikenal.` });
    if (c.dtsen.decile !== null && !c.dtsen.registered)
      errors.push({ path: 'dtsen.decile', message: 'Desil hanya diisi bila terdaftar di DTSEN.' });

    if (c.nik) {
      const d = decodeNik(c.nik)!;
      if (!regionExists(d.provinceCode)) errors.push({ path: 'nik', message: `Kode provinsi NIK (${d.provinceCode}) tidak dikenal.` });
      else if (!regionExists(d.regencyCode))
        errors.push({ path: 'nik', message: `Kode kabupaten/kota NIK (${d.regencyCode}) tidak dikenal.` });
      // Districts are split and renumbered over the years; an old NIK may name one that no
      // longer exists, so an unknown district is only a warning.
      else if (!regionExists(d.districtCode))
        warnings.push({ code: 'nik.district_unknown', path: 'nik', message: `Kode kecamatan NIK (${d.districtCode}) tidak ada di daftar wilayah saat ini.` });
      warnings.push(...nikWarnings(c.nik, { birthDate: c.birthDate, sex: c.sex }, today));
    }
    if (errors.length) throw fieldErrors(errors);

    if (c.nik) {
      const existing = stored.withNik(c.nik);
      if (existing) {
        throw new AppError('CONFLICT', `NIK ${c.nik} sudah terdaftar untuk klien ${existing.name}. Buka data klien tersebut alih-alih mendaftarkan ulang.`, {
          fields: [{ path: 'nik', message: `NIK sudah terdaftar untuk ${existing.name}.` }],
          details: { existingClientId: existing.id },
        });
      }
    }
    if (c.birthDate) {
      const twins = stored.namesakes(spaced(c.name), c.birthDate);
      if (twins)
        warnings.push({
          code: 'client.possible_duplicate',
          path: 'name',
          message: `Sudah ada ${twins} klien dengan nama dan tanggal lahir yang sama; periksa apakah orang yang sama.`,
        });
    }
    return warnings;
  };
}
