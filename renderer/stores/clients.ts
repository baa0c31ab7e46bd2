import { create } from 'zustand';
import type { ClientDetail, ClientFormValues, ClientSaved } from '../../shared/contract';
import type { AppErrorBody, Result, Warning } from '../../shared/result';
import { call } from '../api/client';

interface ClientsState {
  /** The client page's record; `currentId` says which one is loading or shown. */
  currentId: string | null;
  current: ClientDetail | null;
  error: AppErrorBody | null;
  /** Warnings of the last save, shown once on the client page that follows it. */
  lastSaved: { clientId: string; warnings: Warning[] } | null;
  load(id: string): Promise<void>;
  create(input: ClientFormValues): Promise<Result<ClientSaved>>;
  update(id: string, version: number, input: ClientFormValues): Promise<Result<ClientSaved>>;
  clearLastSaved(): void;
}

export const useClients = create<ClientsState>()((set, get) => ({
  currentId: null,
  current: null,
  error: null,
  lastSaved: null,

  async load(id) {
    if (get().currentId !== id) set({ currentId: id, current: null, error: null });
    const r = await call('clients:get', { id });
    if (get().currentId !== id) return; // another client was opened meanwhile
    set(r.ok ? { current: r.value, error: null } : { error: r.error });
  },

  async create(input) {
    const r = await call('clients:create', input);
    if (r.ok) set({ currentId: r.value.client.id, current: r.value.client, error: null, lastSaved: { clientId: r.value.client.id, warnings: r.value.warnings } });
    return r;
  },

  async update(id, version, input) {
    const r = await call('clients:update', { id, version, client: input });
    if (r.ok) set({ currentId: id, current: r.value.client, error: null, lastSaved: { clientId: id, warnings: r.value.warnings } });
    return r;
  },

  clearLastSaved: () => set({ lastSaved: null }),
}));
