import { recordChange } from '../changes/record';
import type { HandlerGroup } from '../handlers';
import { readSettings, writeSettings } from './store';
import { securitySettingsHandlers } from './security';

export const settingsHandlers: HandlerGroup = {
  'settings:get': (ctx) => readSettings(ctx),
  'settings:update': (ctx, input) => {
    const before = readSettings(ctx);
    writeSettings(ctx, input);
    recordChange(ctx, { entity: 'settings', entityId: 'office', action: 'update', before, after: input });
    return readSettings(ctx);
  },
  ...securitySettingsHandlers,
};
