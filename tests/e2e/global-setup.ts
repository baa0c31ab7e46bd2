import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Builds the renderer once (out/renderer), which every test's browser-mode server serves. */
export default function globalSetup(): void {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const vite = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));
  const r = spawnSync(process.execPath, [vite, 'build', '-c', 'renderer/vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('The renderer build failed; the end-to-end tests need out/renderer.');
}
