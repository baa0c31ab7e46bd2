import { SettingsInput, type Settings } from '../../../shared/contract';
import type { CoreContext } from '../context';
import { todayIn } from '../context';

export const DEFAULT_SETTINGS: Settings = {
  officeName: 'Dinas Sosial',
  unitCode: 'Dinsos',
  timeZone: 'Asia/Jakarta',
  caseNumberTemplate: '{nomor:4}/RS/{unit}/{tahun}',
  nextVisitDays: { tinggi: 7, sedang: 14, rendah: 30 },
};

/** Settings live as one JSON row; anything unreadable falls back to the defaults field by field. */
export function readSettings(ctx: CoreContext): Settings {
  const row = ctx.db.prepare(`SELECT value FROM settings WHERE key = 'office'`).get() as { value: string } | undefined;
  if (!row) return DEFAULT_SETTINGS;
  const parsed = SettingsInput.safeParse({ ...DEFAULT_SETTINGS, ...JSON.parse(row.value) });
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export function writeSettings(ctx: CoreContext, s: Settings): void {
  ctx.db
    .prepare(`INSERT INTO settings (key, value) VALUES ('office', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`)
    .run(JSON.stringify(s));
}

export const officeToday = (ctx: CoreContext) => todayIn(ctx, readSettings(ctx).timeZone);
