import { useEffect } from 'react';
import type { ClientDetail, Tombstone } from '../../../shared/contract';
import { todayIn } from '../../components/format';
import { usePrivacy } from '../../stores/privacy';
import { useTimeZone } from '../../stores/settings';
import { ClientConsents } from './client-consents';
import { ClientErasure } from './client-erasure';

/** Reads the client's consents and erasure status; gives the tombstone once erased. */
export function useClientPrivacy(clientId: string): Tombstone | null {
  const loadClient = usePrivacy((s) => s.loadClient);
  useEffect(() => {
    void loadClient(clientId);
  }, [clientId, loadClient]);
  return usePrivacy((s) => (s.clientId === clientId ? (s.erasure?.tombstone ?? null) : null));
}

/** Persetujuan and Penghapusan data pribadi, at the foot of the client page. */
export function ClientPrivacy({ client }: { client: ClientDetail }) {
  const timeZone = useTimeZone();
  return (
    <>
      <ClientConsents clientId={client.id} today={todayIn(timeZone)} />
      <ClientErasure client={client} />
    </>
  );
}
