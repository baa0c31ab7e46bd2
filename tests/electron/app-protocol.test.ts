import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler, isInsideFolder, resolveAppPath } from '../../electron/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/window';

let base: string;
let root: string;
beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'pendamping-proto-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Pendamping</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}');
  // A secret beside the renderer folder: nothing served may reach it.
  writeFileSync(join(base, 'key'), 'rahasia');
  writeFileSync(join(base, 'renderer-secret.txt'), 'rahasia');
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('app:// path resolver', () => {
  it('maps app://pendamping/ paths into the renderer folder, "/" meaning index.html', () => {
    expect(resolveAppPath(root, 'app://pendamping/')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://pendamping/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://pendamping/assets/index-abc.js?v=1#x')).toBe(join(root, 'assets', 'index-abc.js'));
  });

  const traversals = [
    'app://pendamping/../key',
    'app://pendamping/%2e%2e/key',
    'app://pendamping/..%2Fkey',
    'app://pendamping/%2E%2E%2Fkey',
    'app://pendamping/assets/..%2F..%2Fkey',
    'app://pendamping/..%5Ckey',
    'app://pendamping/assets%5C..%5C..%5Ckey',
    'app://pendamping/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  ];

  it.each(traversals)('never resolves %s outside the renderer folder', (url) => {
    const file = resolveAppPath(root, url);
    expect(file === null || file.startsWith(root + sep)).toBe(true);
  });

  it.each(traversals)('never serves the file beside the renderer folder for %s', async (url) => {
    const res = await createAppProtocolHandler({ rootDir: root })(new Request(url));
    expect(await res.text()).not.toContain('rahasia');
  });

  it.each([
    'app://pendamping/..%2Fkey',
    'app://pendamping/assets/..%2F..%2Fkey',
    'app://pendamping/..%5Ckey',
    'app://pendamping/assets%5C..%5C..%5Ckey',
    'app://pendamping/index.html%00.png',
    'app://pendamping/%E0%A4%A',
  ])('refuses outright a `..` hidden behind an encoded separator, a NUL or bad encoding: %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it('refuses a sibling folder that merely shares the prefix', () => {
    // `root` + "-secret.txt" starts with the root's name but is outside it.
    expect(resolveAppPath(root, 'app://pendamping/..%2Frenderer-secret.txt')).toBeNull();
  });

  it.each(['app://evil/index.html', 'file:///etc/passwd', 'https://pendamping/index.html', 'not a url'])(
    'refuses a URL that is not the app’s own: %s',
    (url) => expect(resolveAppPath(root, url)).toBeNull(),
  );
});

describe('the containment check behind the `..` refusal', () => {
  it('accepts only files strictly inside the renderer folder', () => {
    expect(isInsideFolder(root, join(root, 'index.html'))).toBe(true);
    expect(isInsideFolder(root, join(root, 'assets', 'index-abc.js'))).toBe(true);
  });

  it.each([
    ['the folder itself', () => root],
    ['its parent', () => join(root, '..')],
    ['a file beside it', () => join(base, 'key')],
    ['a sibling sharing its prefix', () => `${root}-secret.txt`],
    ['a path that climbs out again', () => join(root, 'assets', '..', '..', 'key')],
    ['the system root', () => sep],
  ])('refuses %s', (_label, file) => expect(isInsideFolder(root, file())).toBe(false));
});

describe('app:// protocol handler', () => {
  const handler = () => createAppProtocolHandler({ rootDir: root });

  it('serves index.html with the CSP and the right content type', async () => {
    const res = await handler()(new Request('app://pendamping/index.html'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('<title>Pendamping</title>');
  });

  it('serves scripts and styles with their types', async () => {
    const js = await handler()(new Request('app://pendamping/assets/index-abc.js'));
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const css = await handler()(new Request('app://pendamping/assets/index-abc.css'));
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers a traversal attempt with 404 and never reads outside the folder', async () => {
    const read: string[] = [];
    const h = createAppProtocolHandler({
      rootDir: root,
      readFile: async (f) => {
        read.push(f);
        throw new Error('ENOENT');
      },
    });
    const res = await h(new Request('app://pendamping/..%2Fkey'));
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('rahasia');
    expect(read).toEqual([]);
  });

  it('answers a missing asset with 404 and a route without extension with index.html', async () => {
    expect((await handler()(new Request('app://pendamping/assets/missing.js'))).status).toBe(404);
    const route = await handler()(new Request('app://pendamping/kasus/01J'));
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>Pendamping</title>');
  });

  it('refuses methods other than GET and HEAD', async () => {
    const res = await handler()(new Request('app://pendamping/index.html', { method: 'POST', body: 'x' }));
    expect(res.status).toBe(405);
  });
});
