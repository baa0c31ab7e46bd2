import type { ClientDetail } from '../../../shared/contract';
import '../../styles/casework.css';
import { ClientAttachments } from '../attachments/client-attachments';
import { ClientDisability } from '../disability/client-disability';
import { PasungPanel } from './pasung-panel';

/** The client page's casework: pasung episodes and risk, disability support, photos and scans. */
export function ClientCasework({ client }: { client: ClientDetail }) {
  return (
    <>
      <PasungPanel clientId={client.id} />
      <ClientDisability clientId={client.id} kinds={client.disabilities} />
      <ClientAttachments clientId={client.id} />
    </>
  );
}
