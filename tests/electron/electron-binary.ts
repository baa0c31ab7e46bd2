import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type ElectronBinary = { ok: true; path: string } | { ok: false; reason: string };

/**
 * Finds the Electron executable the way the `electron` package does, but without its side
 * effect: `require('electron')` starts a download when the binary is missing, which can only
 * fail on machines without one. Also refuses to run without a display on Linux.
 */
export function findElectronBinary(
  opts: { pkgDir?: string; env?: NodeJS.ProcessEnv; platform?: NodeJS.Platform } = {},
): ElectronBinary {
  const env = opts.env ?? process.env;
  const platform = opts.platform ?? process.platform;
  let pkgDir = opts.pkgDir;
  if (!pkgDir) {
    try {
      pkgDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    } catch {
      return { ok: false, reason: 'the electron npm package is not installed' };
    }
  }
  const pathFile = join(pkgDir, 'path.txt');
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!existsSync(pathFile) && !override) {
    return { ok: false, reason: `${pathFile} is missing: the electron package installed, but its binary download did not complete` };
  }
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
  const exe = override ? join(override, relative) : join(pkgDir, 'dist', relative);
  if (!existsSync(exe)) return { ok: false, reason: `${exe} does not exist` };
  try {
    accessSync(exe, constants.X_OK);
  } catch {
    return { ok: false, reason: `${exe} is not executable` };
  }
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
    return { ok: false, reason: 'no display (DISPLAY/WAYLAND_DISPLAY unset); run under xvfb-run' };
  }
  return { ok: true, path: exe };
}

export const skipMessage = (reason: string) => `Electron binary not available on this machine: ${reason}. The _electron smoke test is skipped.`;
