import { useSyncExternalStore } from 'react';

/**
 * The Ekspor screen keeps its section and a preselected case in the fragment's query
 * (`#/ekspor?bagian=impor`, `#/ekspor?kasus=01J…`): the router matches the path alone, so
 * these need no routes of their own, and a reload or a link lands in the same place.
 */
const subscribe = (cb: () => void) => {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
};
const query = () => window.location.hash.split('?')[1] ?? '';

export function useHashParams(): URLSearchParams {
  return new URLSearchParams(useSyncExternalStore(subscribe, query));
}

export type DataSection = 'export' | 'import' | 'backup';

export const sectionParam: Record<DataSection, string | null> = { export: null, import: 'impor', backup: 'cadangan' };

export const sectionHref = (section: DataSection) => (sectionParam[section] ? `#/ekspor?bagian=${sectionParam[section]}` : '#/ekspor');
export const exportCaseHref = (caseId: string) => `#/ekspor?kasus=${caseId}`;
export const exportFilteredHref = '#/ekspor?pilihan=saringan';

export function sectionOf(params: URLSearchParams): DataSection {
  const b = params.get('bagian');
  return b === 'impor' ? 'import' : b === 'cadangan' ? 'backup' : 'export';
}
