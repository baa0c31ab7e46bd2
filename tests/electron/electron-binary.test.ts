import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findElectronBinary, skipMessage } from './electron-binary';

let pkgDir: string;
beforeEach(() => {
  pkgDir = mkdtempSync(join(tmpdir(), 'pendamping-electron-pkg-'));
});
afterEach(() => rmSync(pkgDir, { recursive: true, force: true }));

const display = { DISPLAY: ':99' };

describe('finding the Electron binary for the smoke test', () => {
  it('explains that the download did not complete when path.txt is missing', () => {
    const r = findElectronBinary({ pkgDir, env: display, platform: 'linux' });
    expect(r).toEqual({ ok: false, reason: expect.stringMatching(/path\.txt is missing.*download did not complete/) });
    if (!r.ok) expect(skipMessage(r.reason)).toMatch(/^Electron binary not available on this machine: /);
  });

  it('names the missing executable', () => {
    writeFileSync(join(pkgDir, 'path.txt'), 'electron');
    const r = findElectronBinary({ pkgDir, env: display, platform: 'linux' });
    expect(r).toEqual({ ok: false, reason: `${join(pkgDir, 'dist', 'electron')} does not exist` });
  });

  it.skipIf(process.platform === 'win32')('refuses a file that is not executable', () => {
    writeFileSync(join(pkgDir, 'path.txt'), 'electron');
    mkdirSync(join(pkgDir, 'dist'));
    writeFileSync(join(pkgDir, 'dist', 'electron'), '');
    chmodSync(join(pkgDir, 'dist', 'electron'), 0o644);
    expect(findElectronBinary({ pkgDir, env: display, platform: 'linux' })).toMatchObject({ ok: false, reason: expect.stringMatching(/not executable/) });
  });

  it('finds an executable binary, and on Linux only with a display', () => {
    writeFileSync(join(pkgDir, 'path.txt'), 'electron');
    mkdirSync(join(pkgDir, 'dist'));
    writeFileSync(join(pkgDir, 'dist', 'electron'), '#!/bin/sh\n');
    chmodSync(join(pkgDir, 'dist', 'electron'), 0o755);
    expect(findElectronBinary({ pkgDir, env: display, platform: 'linux' })).toEqual({ ok: true, path: join(pkgDir, 'dist', 'electron') });
    expect(findElectronBinary({ pkgDir, env: {}, platform: 'linux' })).toMatchObject({ ok: false, reason: expect.stringMatching(/no display/) });
  });
});
