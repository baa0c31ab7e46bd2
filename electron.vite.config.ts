import { defineConfig } from 'electron-vite';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { rendererConfig } from './renderer/vite.config';

/**
 * The desktop build (electron-vite 6 on Vite 8, whose bundler is rolldown: options go in
 * `build.rolldownOptions`). Output: out/main/index.js (ESM, package.json "type": "module"),
 * out/preload/index.cjs, out/renderer/.
 */
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const migrationsSrc = here('./electron/db/migrations/');

/**
 * The store reads its numbered .sql files beside the module that opens it
 * (electron/db/store.ts `defaultMigrationsDir`), which in the bundle is out/main/index.js:
 * emit them as out/main/migrations/NNNN-name.sql.
 */
function copyMigrations(): Plugin {
  return {
    name: 'pendamping:copy-migrations',
    apply: 'build',
    generateBundle() {
      for (const file of readdirSync(migrationsSrc).filter((f) => f.endsWith('.sql'))) {
        this.emitFile({ type: 'asset', fileName: `migrations/${file}`, source: readFileSync(migrationsSrc + file, 'utf8') });
      }
    },
  };
}

export default defineConfig({
  main: {
    plugins: [copyMigrations()],
    build: {
      // Dependencies stay external (electron-vite's default) and ship in node_modules: the
      // native SQLite driver must, and idn-area-data is read from its package folder.
      externalizeDeps: true,
      rolldownOptions: {
        input: { index: here('./electron/main.ts') },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot load node_modules: bundle everything (zod, the contract)
      // except `electron` itself; CommonJS, because sandboxed preloads are not ES modules.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: here('./electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererConfig,
    build: {
      ...rendererConfig.build,
      // electron-vite leaves the renderer unminified by default: the desktop app would parse
      // twice the code of browser mode at every start.
      minify: true,
      rolldownOptions: {
        // The same tree-shaking as browser mode (the contract's schemas stay out of the first screen).
        ...rendererConfig.build.rolldownOptions,
        input: { index: here('./renderer/index.html') },
      },
    },
  },
});
