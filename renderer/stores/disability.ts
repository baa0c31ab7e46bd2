import { create } from 'zustand';
import type { ChannelInput, Device, ServiceGiven } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { call } from '../api/client';

interface DisabilityState {
  clientId: string | null;
  devices: Device[] | null;
  loadDevices(clientId: string): Promise<void>;
  createDevice(input: ChannelInput<'devices:create'>): Promise<Result<Device>>;
  advanceDevice(input: ChannelInput<'devices:advance'>): Promise<Result<Device>>;

  /** The client's disability kinds (from the client record), for the case page. */
  kinds: { clientId: string; kinds: string[] } | null;
  loadKinds(clientId: string): Promise<void>;

  caseId: string | null;
  services: ServiceGiven[] | null;
  loadServices(caseId: string): Promise<void>;
  createService(input: ChannelInput<'services:create'>): Promise<Result<ServiceGiven>>;
}

/** Assistive devices (per client) and ATENSI services given (per case). */
export const useDisability = create<DisabilityState>()((set, get) => ({
  clientId: null,
  devices: null,
  async loadDevices(clientId) {
    if (get().clientId !== clientId) set({ clientId, devices: null });
    const r = await call('devices:list', { clientId });
    if (get().clientId === clientId && r.ok) set({ devices: r.value });
  },
  async createDevice(input) {
    const r = await call('devices:create', input);
    if (r.ok && get().clientId) await get().loadDevices(get().clientId!);
    return r;
  },
  async advanceDevice(input) {
    const r = await call('devices:advance', input);
    if (r.ok && get().clientId) await get().loadDevices(get().clientId!);
    return r;
  },

  kinds: null,
  async loadKinds(clientId) {
    const r = await call('clients:get', { id: clientId });
    if (r.ok) set({ kinds: { clientId, kinds: r.value.disabilities } });
  },

  caseId: null,
  services: null,
  async loadServices(caseId) {
    if (get().caseId !== caseId) set({ caseId, services: null });
    const r = await call('services:list', { caseId });
    if (get().caseId === caseId && r.ok) set({ services: r.value });
  },
  async createService(input) {
    const r = await call('services:create', input);
    if (r.ok && get().caseId) await get().loadServices(get().caseId!);
    return r;
  },
}));
