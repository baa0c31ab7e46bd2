import type { Configuration } from 'electron-builder';

/**
 * Packaging for `npm run dist` (electron-builder 26 finds this file by its name and loads it
 * with jiti; no electron-builder.yml may exist beside it, since a .yml is looked up first).
 * Build first: `electron-vite build` writes out/main (with out/main/migrations/*.sql),
 * out/preload and out/renderer.
 *
 * Two variants, chosen by the environment when electron-builder runs:
 *   npm run dist                            the release build, every fuse hardened
 *   PENDAMPING_TEST_BUILD=1 npm run dist    a test build for Playwright's `_electron`
 *   (PowerShell: $env:PENDAMPING_TEST_BUILD='1'; npm run dist)
 * tests/electron/packaging.test.ts holds both to this, through electron-builder's own loader.
 */

export const TEST_BUILD_ENV = 'PENDAMPING_TEST_BUILD';

export const isTestBuild = (env: NodeJS.ProcessEnv): boolean => env[TEST_BUILD_ENV] === '1';

type Fuses = NonNullable<Configuration['electronFuses']>;

/**
 * Electron fuses, flipped in the packaged binary before it is signed (Electron security
 * checklist item 19; docs/security-checklist.md).
 */
export const RELEASE_FUSES = {
  // ELECTRON_RUN_AS_NODE would turn the signed binary into a plain Node interpreter.
  runAsNode: false,
  // Chromium's cookie store encrypted with the OS keyring (the app sets no cookies; free).
  enableCookieEncryption: true,
  // NODE_OPTIONS / NODE_EXTRA_CA_CERTS could inject code or trust into the main process.
  enableNodeOptionsEnvironmentVariable: false,
  // --inspect / --inspect-brk / SIGUSR1 would open a debugger on the process holding the key.
  enableNodeCliInspectArguments: false,
  // app.asar checked against the hash electron-builder embeds (macOS; Windows since Electron 30).
  enableEmbeddedAsarIntegrityValidation: true,
  // Only app.asar is searched for the app, so the integrity check cannot be sidestepped.
  onlyLoadAppFromAsar: true,
  // Electron's default snapshot; a browser-only snapshot is for apps that ship their own.
  loadBrowserProcessSpecificV8Snapshot: false,
  // The app serves its pages over app://, never file://: no extra powers for file pages.
  grantFileProtocolExtraPrivileges: false,
} as const satisfies Fuses;

/**
 * The one difference a test build needs: Playwright's `_electron.launch` always starts the
 * executable with `--inspect=0 --remote-debugging-port=0` and drives the main process
 * through the Node inspector, waiting for "Debugger listening on ws://…". With the
 * inspect fuse off that line never comes and launch times out (Playwright's documented known
 * issue). `--remote-debugging-port` is a Chromium switch no fuse controls, and Playwright
 * deletes NODE_OPTIONS and never sets ELECTRON_RUN_AS_NODE, so every other fuse stays hardened.
 */
export const TEST_BUILD_FUSES = {
  ...RELEASE_FUSES,
  enableNodeCliInspectArguments: true,
} as const satisfies Fuses;

export function packagingConfig(opts: { testBuild: boolean }): Configuration {
  // A test build goes to its own folder under names that say so: it must never be shipped.
  const suffix = opts.testBuild ? '-test-build' : '';
  return {
    appId: 'id.go.kemensos.pendamping',
    productName: 'Pendamping',
    copyright: 'Pendamping contributors',
    directories: {
      output: opts.testBuild ? 'dist/test-build' : 'dist',
      buildResources: 'build',
    },

    // better-sqlite3-multiple-ciphers ships Node-API prebuilds that load in Electron as they
    // are: nothing to rebuild (ARCHITECTURE.md, "Runtime and dependencies").
    npmRebuild: false,

    asar: true,
    files: [
      'out/**',
      'package.json',
      // The numbered SQL migrations travel inside out/main/migrations (electron.vite.config.ts
      // copies them beside the bundle, where electron/db/store.ts looks for them).
      'out/main/migrations/*.sql',
      '!**/*.map',
      // The SQLite driver's C sources and build scaffolding are not needed at run time.
      '!node_modules/better-sqlite3-multiple-ciphers/{deps,src}/**',
    ],
    // Native code cannot be loaded from inside app.asar: the SQLite driver, and sharp
    // (attachment thumbnails) with its libvips binaries in @img/. npm installs sharp's
    // binaries for the building machine only: package each platform on that platform (or
    // install its @img/ package).
    asarUnpack: ['node_modules/better-sqlite3-multiple-ciphers/**', 'node_modules/sharp/**', 'node_modules/@img/**'],

    // Region codes come from idn-area-data: its data licence (ODbL, data/LICENSE.md) and its
    // code licence (MIT, LICENSE) are shipped inside app.asar with the package and, readable
    // without tools, in resources/licenses/idn-area-data/.
    extraResources: [
      { from: 'node_modules/idn-area-data/data/LICENSE.md', to: 'licenses/idn-area-data/LICENSE.md' },
      { from: 'node_modules/idn-area-data/LICENSE', to: 'licenses/idn-area-data/LICENSE' },
    ],

    electronFuses: opts.testBuild ? { ...TEST_BUILD_FUSES } : { ...RELEASE_FUSES },

    // deb keeps electron-builder's own name in a release; a test build marks it too.
    ...(opts.testBuild ? { artifactName: `\${name}_\${version}_\${arch}${suffix}.\${ext}` } : {}),
    linux: {
      target: ['AppImage', 'deb'],
      category: 'Office',
      executableName: 'pendamping',
      synopsis: 'Manajemen kasus rehabilitasi sosial',
      maintainer: 'Pendamping <pendamping@localhost>',
    },
    appImage: {
      artifactName: `\${productName}-\${version}-\${arch}${suffix}.\${ext}`,
    },

    win: {
      target: ['nsis'],
    },
    nsis: {
      oneClick: false,
      perMachine: false,
      allowToChangeInstallationDirectory: true,
      artifactName: `\${productName}-Setup-\${version}${suffix}.\${ext}`,
    },
  };
}

/** electron-builder calls this when it loads the file; the environment picks the variant. */
export default function electronBuilderConfig(): Configuration {
  return packagingConfig({ testBuild: isTestBuild(process.env) });
}
