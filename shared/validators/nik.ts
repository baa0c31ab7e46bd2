/**
 * NIK (Nomor Induk Kependudukan): 16 digits =
 *   province (2) + regency/city (2) + district (2)   — where the NIK was first issued
 *   + birth date DDMMYY (women: day + 40, so 41–71)
 *   + serial (4, from 0001).
 * A NIK whose encoded date or sex disagrees with the recorded ones can still be the
 * person's legal number, so a mismatch is a warning, never a block. Only a wrong length or
 * non-digits is an error. (The npm package nik-parser gets women's dates and the century
 * wrong, hence this small parser.)
 */
import type { Warning } from '../result';

export interface DecodedNik {
  provinceCode: string; // "33"
  regencyCode: string; // "33.74"
  districtCode: string; // "33.74.10"
  day: number; // real day of month, women's +40 removed
  month: number;
  yearTwoDigits: number;
  sex: 'L' | 'P';
  serial: string;
  /** false when DDMMYY is not a calendar date (e.g. month 13 or day 32 after removing 40). */
  dateIsValid: boolean;
}

export type NikFormatError = 'length' | 'digits';

export function nikFormatError(nik: string): NikFormatError | null {
  if (!/^\d*$/.test(nik)) return 'digits';
  if (nik.length !== 16) return 'length';
  return null;
}

export function decodeNik(nik: string): DecodedNik | null {
  if (nikFormatError(nik)) return null;
  const rawDay = Number(nik.slice(6, 8));
  const sex = rawDay > 40 ? 'P' : 'L';
  const day = sex === 'P' ? rawDay - 40 : rawDay;
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  return {
    provinceCode: nik.slice(0, 2),
    regencyCode: `${nik.slice(0, 2)}.${nik.slice(2, 4)}`,
    districtCode: `${nik.slice(0, 2)}.${nik.slice(2, 4)}.${nik.slice(4, 6)}`,
    day,
    month,
    yearTwoDigits: yy,
    sex,
    serial: nik.slice(12, 16),
    // The century is unknown here; 2000 is a leap year like 1900 is not, so test a leap
    // year (2000 + yy when yy % 4 == 0) to accept 29 February of either century.
    dateIsValid: isCalendarDate(2000 + yy, month, day),
  };
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= last;
}

/**
 * The full birth date a NIK encodes, as ISO `YYYY-MM-DD`. Two-digit years are ambiguous:
 * prefer the century of the recorded birth date; without one, take the latest century
 * that does not put the date in the future.
 */
export function nikBirthDate(nik: string, opts: { recordedBirthDate?: string | null; today: string }): string | null {
  const d = decodeNik(nik);
  if (!d || !d.dateIsValid) return null;
  const mm = String(d.month).padStart(2, '0');
  const dd = String(d.day).padStart(2, '0');
  const candidates = [2000, 1900].map((c) => `${c + d.yearTwoDigits}-${mm}-${dd}`);
  const recordedYear = opts.recordedBirthDate?.slice(0, 4);
  const sameCentury = candidates.find((c) => recordedYear && c.slice(0, 2) === recordedYear.slice(0, 2));
  if (sameCentury) return sameCentury;
  return candidates.find((c) => c <= opts.today) ?? candidates[1];
}

/** Warnings for a NIK that disagrees with the recorded birth date or sex. */
export function nikWarnings(
  nik: string,
  recorded: { birthDate?: string | null; sex?: 'L' | 'P' | null },
  today: string,
): Warning[] {
  const d = decodeNik(nik);
  if (!d) return [];
  const warnings: Warning[] = [];
  if (!d.dateIsValid) {
    warnings.push({ code: 'nik.date_invalid', path: 'nik', message: 'Tanggal lahir yang tersandi dalam NIK bukan tanggal yang sah.' });
  } else if (recorded.birthDate) {
    const encoded = nikBirthDate(nik, { recordedBirthDate: recorded.birthDate, today });
    if (encoded !== recorded.birthDate) {
      warnings.push({
        code: 'nik.birth_date_mismatch',
        path: 'nik',
        message: `Tanggal lahir dalam NIK (${formatDmy(encoded)}) berbeda dengan tanggal lahir yang dicatat (${formatDmy(recorded.birthDate)}).`,
      });
    }
  }
  if (recorded.sex && recorded.sex !== d.sex) {
    warnings.push({
      code: 'nik.sex_mismatch',
      path: 'nik',
      message: `NIK menandakan ${d.sex === 'P' ? 'perempuan' : 'laki-laki'}, tetapi jenis kelamin yang dicatat ${recorded.sex === 'P' ? 'perempuan' : 'laki-laki'}.`,
    });
  }
  if (d.serial === '0000') {
    warnings.push({ code: 'nik.serial_zero', path: 'nik', message: 'Nomor urut NIK 0000 tidak lazim (biasanya mulai 0001).' });
  }
  return warnings;
}

function formatDmy(iso: string | null): string {
  if (!iso) return '?';
  const [y, m, d] = iso.split('-');
  return `${d}-${m}-${y}`;
}
