import { CaseImport } from './case-import';
import { ClientImport } from './client-import';

/** Impor: client lists from spreadsheets, and case exports from another Pendamping. */
export function ImportSection() {
  return (
    <>
      <ClientImport />
      <CaseImport />
    </>
  );
}
