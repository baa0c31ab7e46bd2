import { create } from 'zustand';
import type { Region } from '../../shared/contract';
import { call } from '../api/client';

const ROOT = '';

interface RegionsState {
  /** Children by parent code ('' for the provinces). Region lists never change while running. */
  children: Record<string, Region[]>;
  /** Names by code, filled from every list and path read. */
  names: Record<string, string>;
  loadChildren(parentCode: string | null): Promise<void>;
  loadPath(code: string): Promise<Region[] | null>;
}

const inFlight = new Set<string>();

/** Kemendagri regions: province → regency/city → district → village, read lazily and kept. */
export const useRegions = create<RegionsState>()((set, get) => ({
  children: {},
  names: {},

  async loadChildren(parentCode) {
    const key = parentCode ?? ROOT;
    if (get().children[key] || inFlight.has(key)) return;
    inFlight.add(key);
    const r = await call('regions:list', { parentCode });
    inFlight.delete(key);
    if (!r.ok) return;
    set((s) => ({
      children: { ...s.children, [key]: r.value },
      names: { ...s.names, ...Object.fromEntries(r.value.map((x) => [x.code, x.name])) },
    }));
  },

  async loadPath(code) {
    const r = await call('regions:path', { code });
    if (!r.ok) return null;
    set((s) => ({ names: { ...s.names, ...Object.fromEntries(r.value.map((x) => [x.code, x.name])) } }));
    return r.value;
  },
}));

export const regionKey = (parentCode: string | null) => parentCode ?? ROOT;
