import { describe, expect, it } from 'vitest';
import { decodeNik, nikBirthDate, nikFormatError, nikWarnings } from '../../shared/validators/nik';

const today = '2026-11-28';

describe('NIK rules', () => {
  it('refuses a NIK with 15 digits and one with letters', () => {
    expect(nikFormatError('337410520385000')).toBe('length');
    expect(nikFormatError('33741052038500A1')).toBe('digits');
    expect(nikFormatError('3374105203850001')).toBeNull();
  });

  it("reads a woman's birth day as the encoded day minus 40", () => {
    const d = decodeNik('3374105203850001')!;
    expect(d.sex).toBe('P');
    expect(d.day).toBe(12);
    expect(d.month).toBe(3);
    expect(d.districtCode).toBe('33.74.10');
    expect(nikBirthDate('3374105203850001', { today })).toBe('1985-03-12');
  });

  it("reads a man's birth day as encoded", () => {
    const d = decodeNik('3374101203850002')!;
    expect(d.sex).toBe('L');
    expect(d.day).toBe(12);
  });

  it('resolves a two-digit year with the recorded birth date, and without it to the latest past century', () => {
    // "10" could be 1910 or 2010.
    expect(nikBirthDate('3374105203100001', { today, recordedBirthDate: '1910-03-12' })).toBe('1910-03-12');
    expect(nikBirthDate('3374105203100001', { today, recordedBirthDate: '2010-03-12' })).toBe('2010-03-12');
    expect(nikBirthDate('3374105203100001', { today })).toBe('2010-03-12');
    // "30" as 2030 would be in the future, so 1930.
    expect(nikBirthDate('3374105203300001', { today })).toBe('1930-03-12');
  });

  it('warns, never blocks, when the NIK disagrees with the recorded birth date or sex', () => {
    const w = nikWarnings('3374105203850001', { birthDate: '1985-03-13', sex: 'L' }, today);
    expect(w.map((x) => x.code).sort()).toEqual(['nik.birth_date_mismatch', 'nik.sex_mismatch']);
    expect(w[0].message).toContain('12-03-1985');
    expect(nikWarnings('3374105203850001', { birthDate: '1985-03-12', sex: 'P' }, today)).toEqual([]);
  });

  it('warns about an encoded date that is no calendar date (day 72 = women 32)', () => {
    expect(nikWarnings('3374107203850001', { sex: 'P' }, today).map((w) => w.code)).toContain('nik.date_invalid');
    expect(decodeNik('3374105213850001')!.dateIsValid).toBe(false); // month 13
  });

  it('accepts 29 February in a leap year', () => {
    expect(nikBirthDate('3374106902000001', { today })).toBe('2000-02-29');
  });
});
