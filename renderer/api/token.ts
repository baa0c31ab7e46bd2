/**
 * Browser mode: the bridge prints a URL ending in `#token=…`. The token is read once, kept in
 * sessionStorage (so a reload still works, and it dies with the tab) and removed from the
 * visible URL so it is not bookmarked or shown over a shoulder.
 */
const KEY = 'pendamping.token';

export function captureToken(): void {
  const match = /^#token=([^&]+)/.exec(window.location.hash);
  if (!match) return;
  try {
    sessionStorage.setItem(KEY, decodeURIComponent(match[1]));
  } catch {
    // Storage refused (private mode): the token then lives only in memory for this page.
    memoryToken = decodeURIComponent(match[1]);
  }
  history.replaceState(null, '', `${window.location.pathname}${window.location.search}#/`);
}

let memoryToken: string | null = null;

export function readToken(): string | null {
  try {
    return sessionStorage.getItem(KEY) ?? memoryToken;
  } catch {
    return memoryToken;
  }
}
