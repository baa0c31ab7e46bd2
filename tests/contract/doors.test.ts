import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../electron/web/server';
import { channelNames } from '../../shared/contract';
import { SITI, fixedClock, tempCore } from '../helpers/temp-core';
import { accountEnv, addTestAccount } from '../helpers/accounts';

const TOKEN = 'test-token-0123456789';
let t: ReturnType<typeof tempCore>;
let web: WebServer;
let caseId: string;

beforeAll(async () => {
  // Today's date, as the command line (a process of its own, on the real clock) has it: a
  // date-bound answer (retention's cutoff) must agree across the doors on any day.
  t = tempCore({ clock: fixedClock(new Date().toISOString()) });
  await addTestAccount(t);
  const client = t.must('clients:create', SITI).client;
  caseId = t.must('cases:create', { clientId: client.id, cluster: 'anak', ppksType: 'anak_terlantar' }).id;
  // The page's folder, with a file beside it that must never be served.
  mkdirSync(join(t.dir, 'static'));
  writeFileSync(join(t.dir, 'static', 'index.html'), '<!doctype html><title>Pendamping</title>');
  mkdirSync(join(t.dir, 'static', 'assets'));
  writeFileSync(join(t.dir, 'static', 'assets', 'index-B3xq_9Zt.js'), 'export {};');
  writeFileSync(join(t.dir, 'static', 'assets', 'notes.js'), 'export {};');
  writeFileSync(join(t.dir, 'secret.txt'), 'rahasia');
  web = await startWebServer({ core: t, staticDir: join(t.dir, 'static'), token: TOKEN, port: 0 });
});
afterAll(async () => {
  await web.close();
  t.cleanup();
});

const http = async (channel: string, body: unknown, headers: Record<string, string> = { Authorization: `Bearer ${TOKEN}` }) => {
  const res = await fetch(`http://127.0.0.1:${web.port}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { ok: boolean; error?: { code: string } } };
};

/** The real `pendamping` executable, as an admin would run it. */
const cliCall = (channel: string, input: unknown) => {
  const r = spawnSync('node', ['bin/pendamping.mjs', 'call', channel, JSON.stringify(input), '--data-dir', t.dir], {
    env: accountEnv(),
    encoding: 'utf8',
  });
  return { status: r.status, body: JSON.parse(r.stdout) as unknown };
};

describe('every door returns the same envelope', () => {
  const samples: [string, string, () => unknown][] = [
    ['a successful read', 'cases:get', () => ({ id: caseId })],
    ['a search', 'cases:list', () => ({ search: 'siti' })],
    ['a validation error', 'clients:create', () => ({ name: '', sex: 'X', nik: '123' })],
    ['a missing record', 'clients:get', () => ({ id: '01ARZ3NDEKTSV4RRFFQ69G5FAV' })],
    ["a case's consent records", 'consents:list', () => ({ caseId })],
    ['the cases past retention', 'retention:due', () => ({})],
    ['an erasure refused for an unknown request', 'erasure:approve', () => ({ id: '01ARZ3NDEKTSV4RRFFQ69G5FAV', version: 1 })],
    // Reading the audit trail is not itself recorded, so all three doors see the same rows of
    // the case (the command line's own unlock and lock rows name no case; they are why
    // audit:verify, which counts every row, is compared in tests/unit/audit.test.ts instead).
    ['the audit trail', 'audit:list', () => ({ caseId, limit: 20 })],
  ];
  it.each(samples)('%s: core, browser bridge and command line agree', async (_, channel, input) => {
    const direct = await t.callAsync(channel, input());
    const viaHttp = await http(channel, input());
    const viaCli = cliCall(channel, input());
    expect(viaHttp.body).toEqual(direct);
    expect(viaCli.body).toEqual(direct);
    expect(viaCli.status).toBe(direct.ok ? 0 : direct.error.code === 'VALIDATION' ? 2 : 1);
  });
});

describe('the browser bridge', () => {
  it('listens on 127.0.0.1 only', () => {
    const addr = web.server.address();
    expect(typeof addr === 'object' && addr?.address).toBe('127.0.0.1');
  });

  it('refuses API calls without the per-run token', async () => {
    expect((await http('cases:list', {}, {})).status).toBe(401);
    expect((await http('cases:list', {}, { Authorization: 'Bearer wrong' })).body.error?.code).toBe('FORBIDDEN');
  });

  it('refuses a request sent from another site, even with the token', async () => {
    const r = await http('cases:list', {}, { Authorization: `Bearer ${TOKEN}`, Origin: 'http://evil.example' });
    expect(r.status).toBe(403);
  });

  it('answers malformed JSON with VALIDATION', async () => {
    const res = await fetch(`http://127.0.0.1:${web.port}/api/cases:list`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}` },
      body: '{"search": ',
    });
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('VALIDATION');
  });

  it('serves the page with its security policy, and no file outside its folder', async () => {
    const page = await fetch(`http://127.0.0.1:${web.port}/`);
    expect(await page.text()).toContain('<title>Pendamping</title>');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    for (const path of ['/%2e%2e/secret.txt', '/..%2Fsecret.txt', '/%2e%2e%2fsecret.txt', '/static/%2e%2e/%2e%2e/secret.txt']) {
      const res = await fetch(`http://127.0.0.1:${web.port}${path}`);
      expect(res.status, path).toBe(404);
    }
  });

  it('has the page asked for again on every load, and keeps the built files named by their content', async () => {
    const cacheOf = async (path: string) => (await fetch(`http://127.0.0.1:${web.port}${path}`)).headers.get('cache-control');
    expect(await cacheOf('/')).toBe('no-cache');
    expect(await cacheOf('/index.html')).toBe('no-cache');
    expect(await cacheOf('/assets/index-B3xq_9Zt.js')).toBe('public, max-age=31536000, immutable');
    // A file without a content hash in its name could change under it: asked for again.
    expect(await cacheOf('/assets/notes.js')).toBe('no-cache');
  });

  it('exposes exactly the contract channels', async () => {
    expect((await http('fs:read', {})).body.error?.code).toBe('NOT_FOUND');
    for (const name of channelNames) expect((await http(name, null)).body.error?.code).toBe('VALIDATION');
  });
});
