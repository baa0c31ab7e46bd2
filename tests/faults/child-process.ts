import { build } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * fault-child.ts bundled into one file with its pure-JS packages (the native ones and the
 * lazily loaded Chromium driver stay in node_modules), as the desktop build bundles the app:
 * a child then starts on about half the CPU tsx needs to load the core's hundreds of modules,
 * which is what makes a hundred kill cycles affordable on a shared two-core machine. The
 * bundle sits under the checkout so node_modules resolves; migrations are pointed to
 * explicitly.
 */
export async function bundleFaultChild(): Promise<{ script: string; env: NodeJS.ProcessEnv; remove(): void }> {
  const dir = join(root, '.tmp', 'faults');
  mkdirSync(dir, { recursive: true });
  const script = join(dir, `fault-child-${process.pid}.mjs`);
  await build({
    entryPoints: [join(root, 'tests/faults/fault-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    external: ['better-sqlite3-multiple-ciphers', 'sharp', '@node-rs/argon2', 'playwright-core', 'electron'],
    // Bundled CommonJS packages still call require().
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    outfile: script,
    logLevel: 'silent',
  });
  return {
    script,
    env: { PENDAMPING_MIGRATIONS_DIR: join(root, 'electron/db/migrations') },
    remove: () => rmSync(script, { force: true }),
  };
}
