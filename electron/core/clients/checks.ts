import type { ClientInput } from '../../../shared/contract';
import { AppError, type FieldError, type Warning } from '../../../shared/result';
import { decodeNik, nikWarnings } from '../../../shared/validators/nik';
import type { CoreContext } from '../context';
import { fieldErrors } from '../errors';
import { regionExists } from '../regions/handlers';
import { officeToday } from '../settings/store';

/**
 * Rules that need the store or today's date. Errors block the save; warnings never do
 * (a NIK that disagrees with the recorded birth date can still be the legal number).
 */
export function checkClient(ctx: CoreContext, c: ClientInput, excludeId?: string): Warning[] {
  const today = officeToday(ctx);
  const errors: FieldError[] = [];
  const warnings: Warning[] = [];

  if (c.birthDate && c.birthDate > today) errors.push({ path: 'birthDate', message: 'Tanggal lahir tidak boleh di masa depan.' });
  if (c.birthDate && c.birthDate < '1900-01-01') errors.push({ path: 'birthDate', message: 'Tanggal lahir sebelum 1900 tidak masuk akal.' });
  if (c.address.villageCode && !regionExists(ctx, c.address.villageCode))
    errors.push({ path: 'address.villageCode', message: `Kode desa/kelurahan ${c.address.villageCode} tidak dikenal.` });
  if (c.dtsen.decile !== null && !c.dtsen.registered)
    errors.push({ path: 'dtsen.decile', message: 'Desil hanya diisi bila terdaftar di DTSEN.' });

  if (c.nik) {
    const d = decodeNik(c.nik)!;
    if (!regionExists(ctx, d.provinceCode)) errors.push({ path: 'nik', message: `Kode provinsi NIK (${d.provinceCode}) tidak dikenal.` });
    else if (!regionExists(ctx, d.regencyCode))
      errors.push({ path: 'nik', message: `Kode kabupaten/kota NIK (${d.regencyCode}) tidak dikenal.` });
    // Districts are split and renumbered over the years; an old NIK may name one that no
    // longer exists, so an unknown district is only a warning.
    else if (!regionExists(ctx, d.districtCode))
      warnings.push({ code: 'nik.district_unknown', path: 'nik', message: `Kode kecamatan NIK (${d.districtCode}) tidak ada di daftar wilayah saat ini.` });
    warnings.push(...nikWarnings(c.nik, { birthDate: c.birthDate, sex: c.sex }, today));
  }
  if (errors.length) throw fieldErrors(errors);

  if (c.nik) {
    const existing = ctx.db
      .prepare('SELECT id, name FROM clients WHERE nik = ? AND id IS NOT ?')
      .get(c.nik, excludeId ?? null) as { id: string; name: string } | undefined;
    if (existing) {
      throw new AppError('CONFLICT', `NIK ${c.nik} sudah terdaftar untuk klien ${existing.name}. Buka data klien tersebut alih-alih mendaftarkan ulang.`, {
        fields: [{ path: 'nik', message: `NIK sudah terdaftar untuk ${existing.name}.` }],
        details: { existingClientId: existing.id },
      });
    }
  }
  if (c.birthDate) {
    const twins = ctx.db
      .prepare('SELECT id FROM clients WHERE name = ? COLLATE NOCASE AND birth_date = ? AND id IS NOT ? LIMIT 5')
      .all(c.name.replace(/\s+/g, ' '), c.birthDate, excludeId ?? null) as { id: string }[];
    if (twins.length)
      warnings.push({
        code: 'client.possible_duplicate',
        path: 'name',
        message: `Sudah ada ${twins.length} klien dengan nama dan tanggal lahir yang sama; periksa apakah orang yang sama.`,
      });
  }
  return warnings;
}
