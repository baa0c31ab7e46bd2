import { readFile as fsReadFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './window';

/**
 * The app:// protocol: serves the built renderer (out/renderer) instead of file://, so the
 * page has a real origin, a CSP header, and no way to read other files on the disk. Pure
 * apart from the injected `readFile`, and built on the standard Request/Response, so Node
 * tests exercise exactly what Electron's `protocol.handle` runs.
 */

/**
 * Registered before `ready` (main.ts): standard + secure gives the page a real, secure origin.
 * codeCache keeps V8's compiled code of the app's own scripts between starts (Electron keeps
 * it only for http(s) unless a standard scheme asks), so a start does not compile them again.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
} as const;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export const mimeType = (file: string): string => MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';

/**
 * Maps app://pendamping/<path> to a file under `rootDir`, or null when the URL is not the
 * app's, is malformed, or would leave `rootDir` (`..`, encoded `%2e%2e`/`%2f`/`%5c`, NUL).
 * "/" means index.html.
 */
export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  // Refuse any `..` segment outright (either separator), whatever it would resolve to.
  if (pathname.split(/[\\/]/).some((segment) => segment === '..')) return null;
  if (pathname === '' || pathname.endsWith('/')) pathname += 'index.html';
  const file = resolve(rootDir, '.' + pathname.replace(/\\/g, '/'));
  // The second layer: whatever the checks above missed, nothing outside the folder is served.
  return isInsideFolder(rootDir, file) ? file : null;
}

/** Whether `file` lies strictly inside `folder` (not the folder itself, not a sibling sharing its prefix). */
export function isInsideFolder(folder: string, file: string): boolean {
  const root = resolve(folder);
  return resolve(file).startsWith(root + sep);
}

export interface AppProtocolOptions {
  /** The built renderer folder (out/renderer). */
  rootDir: string;
  readFile?: (file: string) => Promise<Uint8Array>;
}

const securityHeaders = (contentType: string): Record<string, string> => ({
  'Content-Type': contentType,
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-cache',
});

const notFound = () => new Response('Not found', { status: 404, headers: securityHeaders('text/plain; charset=utf-8') });

/**
 * The handler for `protocol.handle('app', …)`. A path without a file extension that does not
 * exist falls back to index.html (the renderer's own routes); anything else missing is 404.
 */
export function createAppProtocolHandler(opts: AppProtocolOptions): (request: Request) => Promise<Response> {
  const readFile = opts.readFile ?? ((file: string) => fsReadFile(file));
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405, headers: securityHeaders('text/plain; charset=utf-8') });
    }
    const file = resolveAppPath(opts.rootDir, request.url);
    if (!file) return notFound();
    const candidates = extname(file) === '' ? [file, resolve(opts.rootDir, 'index.html')] : [file];
    for (const candidate of candidates) {
      try {
        const body = await readFile(candidate);
        return new Response(request.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), {
          status: 200,
          headers: securityHeaders(mimeType(candidate)),
        });
      } catch {
        // Missing file or a directory: try the next candidate, then 404.
      }
    }
    return notFound();
  };
}
