import { z } from 'zod';
import { channel, empty, requiredText } from './common';

export const TIME_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const; // WIB, WITA, WIT

/** Placeholders a case-number template may use. {nomor:N} pads the yearly counter to N digits. */
export const CASE_NUMBER_PLACEHOLDERS = ['nomor', 'tahun', 'bulan', 'unit'] as const;

export function templateProblems(template: string, allowed: readonly string[]): string[] {
  const problems: string[] = [];
  const names = [...template.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]);
  for (const n of names) {
    const [name, width] = n.split(':');
    if (!allowed.includes(name)) problems.push(`Penanda {${n}} tidak dikenal; yang tersedia: ${allowed.map((a) => `{${a}}`).join(', ')}.`);
    else if (width !== undefined && (name !== 'nomor' || !/^[1-9]$/.test(width))) problems.push(`Penanda {${n}} tidak sah; lebar hanya untuk {nomor:N}, N 1–9.`);
  }
  if (!names.some((n) => n.split(':')[0] === 'nomor')) problems.push('Templat harus memuat {nomor} agar setiap nomor unik.');
  if (/[{}]/.test(template.replace(/\{[^{}]*\}/g, ''))) problems.push('Kurung kurawal tidak berpasangan.');
  return problems;
}

export const SettingsInput = z.strictObject({
  officeName: requiredText(200, 'Nama kantor'),
  unitCode: requiredText(40, 'Kode unit'),
  timeZone: z.enum(TIME_ZONES),
  caseNumberTemplate: requiredText(100, 'Templat nomor kasus').superRefine((t, ctx) => {
    for (const p of templateProblems(t, CASE_NUMBER_PLACEHOLDERS)) ctx.addIssue({ code: 'custom', message: p });
  }),
  /** Days until the next visit, by re-shackling risk. */
  nextVisitDays: z
    .strictObject({
      tinggi: z.int().min(1, { error: '1–365 hari.' }).max(365, { error: '1–365 hari.' }),
      sedang: z.int().min(1, { error: '1–365 hari.' }).max(365, { error: '1–365 hari.' }),
      rendah: z.int().min(1, { error: '1–365 hari.' }).max(365, { error: '1–365 hari.' }),
    }),
});
export type Settings = z.output<typeof SettingsInput>;

/** How the data protects itself on a laptop left alone. */
export const SecuritySettingsInput = z.strictObject({
  /** "Kunci otomatis setelah N menit" without any call to the data. */
  autoLockMinutes: z.int({ error: 'Isi jumlah menit (bilangan bulat).' }).min(1, { error: 'Kunci otomatis 1–120 menit.' }).max(120, { error: 'Kunci otomatis 1–120 menit.' }),
});
export type SecuritySettings = z.output<typeof SecuritySettingsInput>;

export const settingsChannels = {
  'settings:get': channel<Settings>()(empty, false, 'Office settings.'),
  'settings:update': channel<Settings>()(SettingsInput, true, 'Replace office settings.'),
  'settings:security-get': channel<SecuritySettings>()(empty, false, 'Security settings: minutes without use before the data locks itself (default 10).'),
  'settings:security-update': channel<SecuritySettings>()(SecuritySettingsInput, true, 'Change the security settings.'),
};
