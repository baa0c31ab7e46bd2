import { SecuritySettingsInput, type SecuritySettings } from '../../../shared/contract';
import { recordChange } from '../changes/record';
import type { CoreContext } from '../context';
import type { HandlerGroup } from '../handlers';

export const DEFAULT_SECURITY: SecuritySettings = { autoLockMinutes: 10 };

/** Read on every call through the gate (the idle lock), so a change applies at once. */
export function readSecurity(ctx: CoreContext): SecuritySettings {
  const row = ctx.db.prepare(`SELECT value FROM settings WHERE key = 'security'`).get() as { value: string } | undefined;
  if (!row) return DEFAULT_SECURITY;
  const parsed = SecuritySettingsInput.safeParse({ ...DEFAULT_SECURITY, ...JSON.parse(row.value) });
  return parsed.success ? parsed.data : DEFAULT_SECURITY;
}

export const securitySettingsHandlers: HandlerGroup = {
  'settings:security-get': (ctx) => readSecurity(ctx),
  'settings:security-update': (ctx, input) => {
    const before = readSecurity(ctx);
    ctx.db
      .prepare(`INSERT INTO settings (key, value) VALUES ('security', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`)
      .run(JSON.stringify(input));
    recordChange(ctx, { entity: 'settings', entityId: 'security', action: 'update', before, after: input });
    return readSecurity(ctx);
  },
};
