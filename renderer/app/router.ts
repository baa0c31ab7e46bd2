import { useSyncExternalStore } from 'react';

/**
 * A small hash router: routes live in the fragment (`#/kasus/01J…`) so a reload keeps the
 * page in browser mode and over Electron's app:// protocol alike, with no server routes.
 */
export type Route =
  | { name: 'home' }
  | { name: 'cases' }
  | { name: 'client-new' }
  | { name: 'client'; id: string }
  | { name: 'client-edit'; id: string }
  | { name: 'case-new'; clientId: string }
  | { name: 'case'; id: string }
  | { name: 'follow-ups' }
  | { name: 'referrals' }
  | { name: 'referral'; id: string }
  | { name: 'referral-new'; caseId: string }
  | { name: 'referral-edit'; id: string }
  | { name: 'institutions' }
  | { name: 'exports' }
  | { name: 'settings' }
  | { name: 'audit' }
  | { name: 'not-found' };

export type NavSection = 'home' | 'cases' | 'follow-ups' | 'referrals' | 'exports' | 'settings' | 'audit';

const ID = '([0-9A-HJKMNP-TV-Z]{26})';
const PATTERNS: [RegExp, (m: RegExpExecArray) => Route][] = [
  [/^\/?$/, () => ({ name: 'home' })],
  [/^\/kasus$/, () => ({ name: 'cases' })],
  [new RegExp(`^/kasus/${ID}$`), (m) => ({ name: 'case', id: m[1] })],
  [/^\/klien\/baru$/, () => ({ name: 'client-new' })],
  [new RegExp(`^/klien/${ID}$`), (m) => ({ name: 'client', id: m[1] })],
  [new RegExp(`^/klien/${ID}/ubah$`), (m) => ({ name: 'client-edit', id: m[1] })],
  [new RegExp(`^/klien/${ID}/kasus-baru$`), (m) => ({ name: 'case-new', clientId: m[1] })],
  [/^\/tindak-lanjut$/, () => ({ name: 'follow-ups' })],
  [/^\/rujukan$/, () => ({ name: 'referrals' })],
  [/^\/rujukan\/lembaga$/, () => ({ name: 'institutions' })],
  [new RegExp(`^/rujukan/${ID}$`), (m) => ({ name: 'referral', id: m[1] })],
  [new RegExp(`^/rujukan/${ID}/ubah$`), (m) => ({ name: 'referral-edit', id: m[1] })],
  [new RegExp(`^/kasus/${ID}/rujuk$`), (m) => ({ name: 'referral-new', caseId: m[1] })],
  [/^\/ekspor$/, () => ({ name: 'exports' })],
  [/^\/pengaturan$/, () => ({ name: 'settings' })],
  [/^\/jejak-audit$/, () => ({ name: 'audit' })],
];

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').split('?')[0];
  for (const [re, make] of PATTERNS) {
    const m = re.exec(path);
    if (m) return make(m);
  }
  return { name: 'not-found' };
}

export const paths = {
  home: '#/',
  cases: '#/kasus',
  case: (id: string) => `#/kasus/${id}`,
  clientNew: '#/klien/baru',
  client: (id: string) => `#/klien/${id}`,
  clientEdit: (id: string) => `#/klien/${id}/ubah`,
  caseNew: (clientId: string) => `#/klien/${clientId}/kasus-baru`,
  followUps: '#/tindak-lanjut',
  referrals: '#/rujukan',
  referral: (id: string) => `#/rujukan/${id}`,
  referralEdit: (id: string) => `#/rujukan/${id}/ubah`,
  referralNew: (caseId: string) => `#/kasus/${caseId}/rujuk`,
  institutions: '#/rujukan/lembaga',
  exports: '#/ekspor',
  settings: '#/pengaturan',
  audit: '#/jejak-audit',
} as const;

export function navigate(hash: string): void {
  if (window.location.hash !== hash) window.location.hash = hash;
}

/** Which navigation entry a route belongs to (for aria-current). */
export function sectionOf(route: Route): NavSection | null {
  switch (route.name) {
    case 'home':
      return 'home';
    case 'cases':
    case 'case':
    case 'client':
    case 'client-new':
    case 'client-edit':
    case 'case-new':
      return 'cases';
    case 'referral':
    case 'referral-new':
    case 'referral-edit':
    case 'institutions':
      return 'referrals';
    case 'follow-ups':
    case 'referrals':
    case 'exports':
    case 'settings':
    case 'audit':
      return route.name;
    default:
      return null;
  }
}

const subscribe = (cb: () => void) => {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
};
const snapshot = () => window.location.hash;

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, snapshot);
  return parseRoute(hash);
}
