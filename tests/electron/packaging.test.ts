import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { loadConfig } from 'app-builder-lib/out/util/config/load';
import { DebugLogger } from 'builder-util';
import type { Configuration } from 'electron-builder';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_BUILD_ENV } from '../../electron-builder';

/**
 * The packaging config as electron-builder itself loads it (its own loader and schema
 * check, from the repository root), for a release and for a test build. No binary is
 * packaged here: that needs an Electron download.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const saved = process.env[TEST_BUILD_ENV];
afterEach(() => {
  if (saved === undefined) delete process.env[TEST_BUILD_ENV];
  else process.env[TEST_BUILD_ENV] = saved;
});

async function loaded(testBuild: boolean): Promise<Configuration> {
  if (testBuild) process.env[TEST_BUILD_ENV] = '1';
  else delete process.env[TEST_BUILD_ENV];
  const config = await getConfig(root, null, null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as {
  build?: unknown;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};

describe('packaging config (electron-builder 26)', () => {
  it('is electron-builder.ts: no other config file and no package.json build key shadows it', async () => {
    const found = await loadConfig({ packageKey: 'build', configFilename: 'electron-builder', projectDir: root, packageMetadata: null });
    expect(found?.configFile).toBe(`${root}electron-builder.ts`);
    expect(pkg.build).toBeUndefined();
    for (const ext of ['yml', 'yaml', 'json', 'json5', 'toml', 'js', 'cjs']) expect(existsSync(`${root}electron-builder.${ext}`), ext).toBe(false);
  });

  it('flips every fuse to its hardened value in a release build', async () => {
    expect(TEST_BUILD_ENV).toBe('PENDAMPING_TEST_BUILD');
    const config = await loaded(false);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
    expect(config.directories?.output).toBe('dist');
  }, 30_000);

  it('differs in a test build (PENDAMPING_TEST_BUILD=1) only by the inspect fuse Playwright’s _electron needs', async () => {
    const release = await loaded(false);
    const test = await loaded(true);
    const changed = Object.keys({ ...release.electronFuses, ...test.electronFuses }).filter(
      (fuse) => release.electronFuses?.[fuse as keyof typeof release.electronFuses] !== test.electronFuses?.[fuse as keyof typeof test.electronFuses],
    );
    expect(changed).toEqual(['enableNodeCliInspectArguments']);
    expect(test.electronFuses?.enableNodeCliInspectArguments).toBe(true);
    expect(test.electronFuses?.runAsNode).toBe(false);
    expect(test.electronFuses?.onlyLoadAppFromAsar).toBe(true);
  }, 30_000);

  it('puts a test build in its own folder under names that say so, so it is never shipped by mistake', async () => {
    const test = await loaded(true);
    expect(test.directories?.output).toBe('dist/test-build');
    for (const name of [test.artifactName, test.appImage?.artifactName, test.nsis?.artifactName]) expect(name).toMatch(/-test-build\.\$\{ext\}$/);
    const release = await loaded(false);
    for (const name of [release.artifactName, release.appImage?.artifactName, release.nsis?.artifactName]) expect(name ?? '').not.toContain('test-build');
  }, 30_000);

  it('ships only the built app (out/) and package.json, with the native driver unpacked', async () => {
    const config = await loaded(false);
    // The loader normalises `files` into file sets ({ filter: [...] }).
    const patterns = (config.files as Array<string | { filter?: string[] }>).flatMap((f) => (typeof f === 'string' ? [f] : (f.filter ?? [])));
    expect(patterns).toEqual(expect.arrayContaining(['out/**', 'package.json', '!**/*.map']));
    expect(patterns.filter((f) => !f.startsWith('!') && !f.startsWith('out/') && f !== 'package.json')).toEqual([]);
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3-multiple-ciphers/**');
  }, 30_000);
});

describe('Electron itself', () => {
  it('is a current major (45 or later), and the installed one matches package.json', () => {
    const range = pkg.devDependencies?.electron ?? '';
    const declared = Number(/(\d+)\./.exec(range)?.[1]);
    expect(declared).toBeGreaterThanOrEqual(45);
    const installed = JSON.parse(readFileSync(`${root}node_modules/electron/package.json`, 'utf8')) as { version: string };
    expect(Number(installed.version.split('.')[0])).toBe(declared);
  });

  it('has no remote module: @electron/remote is neither a dependency nor installed', () => {
    expect({ ...pkg.dependencies, ...pkg.devDependencies }).not.toHaveProperty('@electron/remote');
    const lock = JSON.parse(readFileSync(`${root}package-lock.json`, 'utf8')) as { packages: Record<string, unknown> };
    expect(Object.keys(lock.packages).filter((p) => p.endsWith('node_modules/@electron/remote'))).toEqual([]);
  });
});
