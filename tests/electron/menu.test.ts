import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../electron/menu';
import type { MenuItemConstructorOptions } from 'electron';

const flat = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flat(i.submenu) : [])]);

describe('application menu', () => {
  it('has Indonesian top-level labels', () => {
    const labels = buildMenuTemplate({ isPackaged: true, platform: 'win32' }).map((i) => i.label);
    expect(labels).toEqual(['Berkas', 'Sunting', 'Tampilan', 'Jendela']);
  });

  it('offers no developer tools or reload in a packaged app', () => {
    const roles = flat(buildMenuTemplate({ isPackaged: true, platform: 'linux' })).map((i) => i.role);
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('forceReload');
    expect(flat(buildMenuTemplate({ isPackaged: false, platform: 'linux' })).map((i) => i.role)).toContain('toggleDevTools');
  });

  it('labels every item that is not a separator', () => {
    for (const item of flat(buildMenuTemplate({ isPackaged: false, platform: 'darwin' }))) {
      if (item.type !== 'separator') expect(item.label).toBeTruthy();
    }
  });
});
