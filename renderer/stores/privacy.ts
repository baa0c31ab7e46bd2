import { create } from 'zustand';
import type { ChannelInput, ClientErasure, Consent, ErasureDone, ErasureRequest, RetentionDue, RetentionSettings } from '../../shared/contract';
import type { AppErrorBody, Result } from '../../shared/result';
import { call } from '../api/client';
import { fileToBase64 } from './attachments';
import { useClients } from './clients';

interface PrivacyState {
  /** The client whose consents and erasure status are shown. */
  clientId: string | null;
  consents: Consent[] | null;
  erasure: ClientErasure | null;
  error: AppErrorBody | null;
  loadClient(clientId: string): Promise<void>;
  addConsent(input: Omit<ChannelInput<'consents:create'>, 'evidence'>, evidence: File | null): Promise<Result<Consent>>;
  withdraw(input: ChannelInput<'consents:withdraw'>): Promise<Result<Consent>>;
  requestErasure(input: ChannelInput<'erasure:request'>): Promise<Result<ErasureRequest>>;

  /** The koordinator's list and the retention list (Tindak Lanjut). */
  waiting: ErasureRequest[] | null;
  due: RetentionDue | null;
  loadOffice(): Promise<void>;
  approve(r: Pick<ErasureRequest, 'id' | 'version'>): Promise<Result<ErasureDone>>;
  reject(input: ChannelInput<'erasure:reject'>): Promise<Result<ErasureRequest>>;

  retention: RetentionSettings | null;
  loadRetention(): Promise<void>;
  saveRetention(input: RetentionSettings): Promise<Result<RetentionSettings>>;
}

/** Consent records, erasure requests and the retention period (UU 27/2022). */
export const usePrivacy = create<PrivacyState>()((set, get) => {
  /** After any change, whatever is on screen is read again. */
  const refresh = async () => {
    const { clientId, waiting, due } = get();
    await Promise.all([clientId ? get().loadClient(clientId) : null, waiting || due ? get().loadOffice() : null]);
  };
  const after = async <T>(r: Result<T>) => {
    if (r.ok) await refresh();
    return r;
  };
  return {
    clientId: null,
    consents: null,
    erasure: null,
    error: null,
    async loadClient(clientId) {
      if (get().clientId !== clientId) set({ clientId, consents: null, erasure: null, error: null });
      const [consents, erasure] = await Promise.all([call('consents:list', { clientId }), call('erasure:status', { clientId })]);
      if (get().clientId !== clientId) return;
      set({
        consents: consents.ok ? consents.value : null,
        erasure: erasure.ok ? erasure.value : null,
        error: !consents.ok ? consents.error : !erasure.ok ? erasure.error : null,
      });
    },
    async addConsent(input, evidence) {
      const withFile = evidence ? { ...input, evidence: { fileName: evidence.name.slice(0, 200), dataBase64: await fileToBase64(evidence) } } : input;
      return after(await call('consents:create', withFile));
    },
    async withdraw(input) {
      return after(await call('consents:withdraw', input));
    },
    async requestErasure(input) {
      return after(await call('erasure:request', input));
    },

    waiting: null,
    due: null,
    async loadOffice() {
      const [waiting, due] = await Promise.all([call('erasure:list', { status: 'menunggu' }), call('retention:due', {})]);
      set({ waiting: waiting.ok ? waiting.value : [], due: due.ok ? due.value : null });
    },
    async approve({ id, version }) {
      const r = await after(await call('erasure:approve', { id, version }));
      // The client on screen is now a tombstone: its page reads it again.
      const clients = useClients.getState();
      if (r.ok && clients.currentId === r.value.tombstone.clientId) await clients.load(r.value.tombstone.clientId);
      return r;
    },
    async reject(input) {
      return after(await call('erasure:reject', input));
    },

    retention: null,
    async loadRetention() {
      const r = await call('settings:retention-get', {});
      if (r.ok) set({ retention: r.value });
    },
    async saveRetention(input) {
      const r = await call('settings:retention-update', input);
      if (r.ok) {
        set({ retention: r.value });
        await refresh();
      }
      return r;
    },
  };
});
