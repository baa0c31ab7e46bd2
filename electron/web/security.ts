import { timingSafeEqual } from 'node:crypto';

import { CONTENT_SECURITY_POLICY } from '../csp';

export { CONTENT_SECURITY_POLICY };

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export function tokenMatches(header: string | undefined, token: string): boolean {
  const m = /^Bearer (.+)$/.exec(header ?? '');
  if (!m) return false;
  const a = Buffer.from(m[1]);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Refuses requests whose Host is not the loopback address we listen on (DNS rebinding), and
 * cross-site requests whose Origin is another site (a page elsewhere posting to the API).
 */
export function sameOriginRequest(host: string | undefined, origin: string | undefined, port: number): boolean {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!host || !allowedHosts.includes(host)) return false;
  if (origin === undefined) return true;
  return allowedHosts.some((h) => origin === `http://${h}`);
}
