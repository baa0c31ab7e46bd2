import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findElectronBinary, skipMessage } from './electron-binary';

/** Builds the app once before the smoke test, or says plainly why there is nothing to run. */
export default function globalSetup(): void {
  const binary = findElectronBinary();
  if (!binary.ok) {
    console.log(skipMessage(binary.reason));
    return;
  }
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const r = spawnSync(process.execPath, [fileURLToPath(new URL('../../node_modules/electron-vite/bin/electron-vite.js', import.meta.url)), 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error('electron-vite build failed; the smoke test needs out/main, out/preload and out/renderer.');
}
