/** No. KK (Kartu Keluarga, family card): 16 digits, the first 6 the issuing region. */
export function kkFormatError(kk: string): 'length' | 'digits' | null {
  if (!/^\d*$/.test(kk)) return 'digits';
  if (kk.length !== 16) return 'length';
  return null;
}
