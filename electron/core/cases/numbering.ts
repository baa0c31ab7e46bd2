import type { Settings } from '../../../shared/contract';
import type { CoreContext } from '../context';

/**
 * Takes the next number of a yearly counter. Runs inside the caller's transaction, so a
 * number is taken exactly when its record is stored; once taken it is never given again.
 */
export function nextCounter(ctx: CoreContext, name: string, year: number): number {
  const row = ctx.db
    .prepare(
      `INSERT INTO counters (name, year, value) VALUES (?, ?, 1)
       ON CONFLICT (name, year) DO UPDATE SET value = value + 1
       RETURNING value`,
    )
    .get(name, year) as { value: number };
  return row.value;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/**
 * Fills a validated template: {nomor}, {nomor:N} (zero-padded), {tahun}, {bulan},
 * {bulan_romawi} (XI, as letter numbers often write the month), {unit}, {kode}.
 */
export function fillTemplate(template: string, values: { nomor: number; tahun: number; bulan: number; unit: string; kode?: string }): string {
  return template.replace(/\{([a-z_]+)(?::(\d))?\}/g, (_, name: string, width?: string) => {
    switch (name) {
      case 'nomor':
        return String(values.nomor).padStart(width ? Number(width) : 1, '0');
      case 'tahun':
        return String(values.tahun);
      case 'bulan':
        return String(values.bulan).padStart(2, '0');
      case 'bulan_romawi':
        return ROMAN[values.bulan - 1];
      case 'unit':
        return values.unit;
      case 'kode':
        return values.kode ?? '';
      default:
        return `{${name}}`;
    }
  });
}

export function nextCaseNumber(ctx: CoreContext, settings: Settings, openedAt: string): string {
  const year = Number(openedAt.slice(0, 4));
  const nomor = nextCounter(ctx, 'case', year);
  return fillTemplate(settings.caseNumberTemplate, { nomor, tahun: year, bulan: Number(openedAt.slice(5, 7)), unit: settings.unitCode });
}
