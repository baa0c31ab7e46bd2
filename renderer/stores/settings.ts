import { create } from 'zustand';
import type { ChannelInput, Settings } from '../../shared/contract';
import type { AppErrorBody, Result } from '../../shared/result';
import { call } from '../api/client';

interface SettingsState {
  settings: Settings | null;
  error: AppErrorBody | null;
  load(): Promise<void>;
  update(input: ChannelInput<'settings:update'>): Promise<Result<Settings>>;
}

/** Office settings: name, unit code, time zone (WIB/WITA/WIT), case-number template. */
export const useSettings = create<SettingsState>()((set) => ({
  settings: null,
  error: null,
  async load() {
    const r = await call('settings:get', {});
    set(r.ok ? { settings: r.value, error: null } : { error: r.error });
  },
  async update(input) {
    const r = await call('settings:update', input);
    if (r.ok) set({ settings: r.value });
    return r;
  },
}));

/** The office's time zone, Jakarta (WIB) until the settings are read. */
export const useTimeZone = () => useSettings((s) => s.settings?.timeZone ?? 'Asia/Jakarta');
