/**
 * `npm run web -- [--data-dir DIR] [--port N]`: browser mode. The renderer must be built
 * (the npm script builds it first). Prints the URL with the per-run token, listens on
 * 127.0.0.1 only, and closes the store cleanly on Ctrl+C.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { resolveDataDir } from '../cli/data-dir';
import { clockFromEnv } from '../core/context';
import { openGate, type Gate } from '../core/session/gate';
import { describeInit, setUpGate, unlockGate } from '../cli/unlock';
import { startWebServer } from './server';
import { backupIfDue, createBackup } from '../core/backups/backup';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    port: { type: 'string', default: '5174' },
    static: { type: 'string' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port harus bilangan 0–65535 (diberikan: ${values.port}).`);
  process.exit(2);
}
const staticDir = values.static ?? fileURLToPath(new URL('../../out/renderer/', import.meta.url));
if (!existsSync(`${staticDir}/index.html`)) {
  console.error(`Tampilan belum dibangun (${staticDir}index.html tidak ada). Jalankan: npm run build:web`);
  process.exit(1);
}

const dataDir = resolveDataDir(values['data-dir']);
// Starts locked: the page unlocks through the session channels. With PENDAMPING_USER and
// PENDAMPING_PASSPHRASE set (end-to-end tests, automation) it starts unlocked instead.
let gate: Gate;
try {
  gate = openGate(dataDir, { clock: clockFromEnv(), door: 'peramban', idleTimer: true });
  const env = process.env;
  if (env.PENDAMPING_USER !== undefined && env.PENDAMPING_PASSPHRASE !== undefined) {
    // With PENDAMPING_INIT_NAME too, a folder not set up yet is set up first, as `pendamping init` would.
    if (env.PENDAMPING_INIT_NAME !== undefined && gate.status().state === 'uninitialised') console.log(describeInit(dataDir, await setUpGate(gate)));
    else await unlockGate(gate);
  }
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
}
const web = await startWebServer({ core: gate, log: gate.log, staticDir, token: randomBytes(24).toString('base64url'), port });
console.log(`Data: ${dataDir}`);
const state = gate.status().state;
if (state === 'uninitialised') console.log('Folder data belum disiapkan: buat admin pertama di peramban, atau jalankan pendamping init.');
if (state === 'locked') console.log('Data terkunci: buka di peramban dengan nama pengguna dan frasa sandi.');
console.log(`Pendamping (mode peramban): ${web.url}`);

// Daily encrypted backups while browser mode runs, and one on the way out.
const backupSafely = (why: string) => {
  try {
    // Only while unlocked: a locked gate holds no key to copy the store with.
    const ctx = gate.core?.ctx;
    if (!ctx) return;
    if (why === 'keluar') createBackup(ctx);
    else backupIfDue(ctx);
  } catch (e) {
    console.error(`Cadangan (${why}) gagal: ${e instanceof Error ? e.message : String(e)}`);
  }
};
// The first check waits a minute so starting up stays quick; then hourly (a backup is made
// when the last one is a day old).
const first = setTimeout(() => backupSafely('harian'), 60_000);
first.unref();
const daily = setInterval(() => backupSafely('harian'), 3_600_000);
daily.unref();

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  clearTimeout(first);
  clearInterval(daily);
  await web.close();
  backupSafely('keluar');
  await gate.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
