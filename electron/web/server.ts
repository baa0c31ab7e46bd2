import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { API_PREFIX } from '../../shared/bridge';
import { MAX_KEYRING_BYTES, MAX_MOVE_IN_BYTES, MAX_RESTORE_IN_BYTES } from '../../shared/contract/session';
import type { AppErrorBody, Result } from '../../shared/result';
import type { Core } from '../core/core';
import { stderrLogger, type Logger } from '../core/context';
import { SECURITY_HEADERS, sameOriginRequest, tokenMatches } from './security';
import { readStatic, resolveStatic } from './static';

/** Largest request body: room for a 20 MB attachment sent as base64, and no more. */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;
/** A move bundle on a new laptop's first start (session:move-in): up to 300 MB, as base64 in JSON. */
export const MAX_MOVE_IN_BODY_BYTES = Math.ceil(MAX_MOVE_IN_BYTES / 3) * 4 + 64 * 1024;
/** A backup and its keyring.json on a new laptop's first start (session:restore-in): up to 300 MB, as base64 in JSON. */
export const MAX_RESTORE_IN_BODY_BYTES = Math.ceil(MAX_RESTORE_IN_BYTES / 3) * 4 + Math.ceil(MAX_KEYRING_BYTES / 3) * 4 + 64 * 1024;

/** The only channels that take more than MAX_BODY_BYTES, with what a refusal says and beside which field. */
const LARGE_BODIES: Record<string, { limit: number; field: string; message: string }> = {
  'session:move-in': {
    limit: MAX_MOVE_IN_BODY_BYTES,
    field: 'bundle',
    message: 'Paket pindah lebih dari 300 MB. Pindahkan lewat baris perintah: pendamping move-in BERKAS --password KATA_SANDI --data-dir FOLDER.',
  },
  'session:restore-in': {
    limit: MAX_RESTORE_IN_BODY_BYTES,
    field: 'backup',
    message: 'Berkas cadangan lebih dari 300 MB. Pulihkan lewat baris perintah: pendamping restore BERKAS --data-dir FOLDER (keyring.json di samping BERKAS).',
  },
};

export interface WebServer {
  server: Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

/**
 * Browser mode: the same core (behind the gate) on a loopback-only HTTP bridge. Only 127.0.0.1 is ever
 * bound; every API call needs the per-run bearer token; there is no domain logic here.
 */
/**
 * The page itself is asked for again on every load (a rebuild shows at once); the files the
 * build names by their content (assets/name-HASH.js) never change under that name, so the
 * browser keeps them, with their compiled code, instead of fetching and compiling each load.
 */
function cacheControl(url: string): string {
  return /^\/assets\/[^/?]+-[\w-]{8}\.(js|css)(\?|$)/.test(url) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export async function startWebServer(opts: { core: Pick<Core, 'callAsync'>; log?: Logger; staticDir: string; token: string; port?: number }): Promise<WebServer> {
  const log = opts.log ?? stderrLogger;
  let port = opts.port ?? 0;
  const server = createServer((req, res) => {
    handle(req, res).catch((e) => {
      log.error('web bridge failure', e instanceof Error ? e.stack : String(e));
      if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'Kesalahan server lokal.' } });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = req.url ?? '/';
    if (!sameOriginRequest(req.headers.host, req.headers.origin, port)) {
      return send(res, 403, failure({ code: 'FORBIDDEN', message: 'Permintaan dari asal yang tidak diizinkan.' }));
    }
    if (url.startsWith(API_PREFIX)) {
      if (req.method !== 'POST') return send(res, 405, failure({ code: 'VALIDATION', message: 'Gunakan POST untuk API.' }));
      if (!tokenMatches(req.headers.authorization, opts.token)) {
        return send(res, 401, failure({ code: 'FORBIDDEN', message: 'Token sesi tidak sah. Buka alamat lengkap yang dicetak saat server dimulai.' }));
      }
      const channel = decodeURIComponent(url.slice(API_PREFIX.length).split('?')[0]);
      const large = Object.hasOwn(LARGE_BODIES, channel) ? LARGE_BODIES[channel] : null;
      const body = await readBody(req, large?.limit ?? MAX_BODY_BYTES);
      if (body === 'too-large') {
        const message = large?.message ?? 'Permintaan terlalu besar.';
        return send(res, 413, failure({ code: 'VALIDATION', message, ...(large ? { fields: [{ path: large.field, message }] } : {}) }));
      }
      let input: unknown;
      if (body.length > 0) {
        try {
          input = JSON.parse(body.toString('utf8'));
        } catch {
          return send(res, 200, failure({ code: 'VALIDATION', message: 'Isi permintaan bukan JSON yang sah.' }));
        }
      }
      return send(res, 200, await opts.core.callAsync(channel, input));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, failure({ code: 'VALIDATION', message: 'Metode tidak didukung.' }));
    const file = resolveStatic(opts.staticDir, url);
    if (!file) {
      res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      return res.end('Tidak ditemukan');
    }
    const { body, type } = readStatic(file);
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': cacheControl(url) });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  // Idle keep-alive sockets are closed by the client side first: a server closing one just as
  // the page reuses it makes the request fail with ECONNRESET.
  server.keepAliveTimeout = 120_000;
  server.headersTimeout = 125_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    url: `http://127.0.0.1:${port}/#token=${opts.token}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

const failure = (error: AppErrorBody): Result<never> => ({ ok: false, error });

function send(res: ServerResponse, status: number, envelope: Result<unknown>) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(envelope));
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        resolve('too-large');
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
