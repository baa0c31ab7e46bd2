/**
 * Kemendagri region codes, written with dots as the ministry does:
 * province "33", regency/city "33.74" (regency 01–69, city 71–99), district "33.74.10",
 * village "33.74.10.1001" (1xxx kelurahan, 2xxx desa).
 */
export type RegionLevel = 'province' | 'regency' | 'district' | 'village';

const PATTERNS: Record<RegionLevel, RegExp> = {
  province: /^\d{2}$/,
  regency: /^\d{2}\.\d{2}$/,
  district: /^\d{2}\.\d{2}\.\d{2}$/,
  village: /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/,
};

export function regionLevel(code: string): RegionLevel | null {
  for (const level of Object.keys(PATTERNS) as RegionLevel[]) if (PATTERNS[level].test(code)) return level;
  return null;
}

export const isRegionCode = (code: string, level: RegionLevel) => PATTERNS[level].test(code);

/** The ancestors of a code, top first, the code itself last: "33.74.10" → ["33","33.74","33.74.10"]. */
export function regionPath(code: string): string[] {
  const parts = code.split('.');
  return parts.map((_, i) => parts.slice(0, i + 1).join('.'));
}

export function parentRegion(code: string): string | null {
  const i = code.lastIndexOf('.');
  return i < 0 ? null : code.slice(0, i);
}

export const isCityCode = (regencyCode: string) => Number(regencyCode.slice(3, 5)) >= 71;
export const isKelurahanCode = (villageCode: string) => villageCode.slice(-4, -3) === '1';
