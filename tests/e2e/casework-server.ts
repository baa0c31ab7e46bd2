import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Browser-mode servers for the casework specs, which need what the shared fixture does not
 * give: a pinned clock (PENDAMPING_FAKE_NOW), a restart on the same data folder with the
 * clock moved on, and setup through the command line door (`pendamping call`). Each folder
 * is set up with the test admin account; the specs' own workers are created through the
 * bridge and an admin may act for them (session:set-worker).
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'node_modules', '.bin');

/**
 * The test account every casework folder is set up with (`pendamping init`), and which the
 * command line and browser mode unlock with. Argon2id at its test cost (test runs only).
 */
export const TEST_ACCOUNT = { name: 'Admin Uji', login: 'admin.uji', passphrase: 'kopi tubruk di pagi hari' };
export const accountEnv = {
  PENDAMPING_INIT_NAME: TEST_ACCOUNT.name,
  PENDAMPING_USER: TEST_ACCOUNT.login,
  PENDAMPING_PASSPHRASE: TEST_ACCOUNT.passphrase,
  PENDAMPING_ARGON2_COST: 'test',
  NODE_ENV: 'test',
};
/** The environment of a server or command: Node 22 first on PATH (the SQLite driver needs it). */
export const withNode22 = (extra: Record<string, string>) => ({ ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`, ...extra });
const env = (now?: string) => withNode22({ ...accountEnv, ...(now ? { PENDAMPING_FAKE_NOW: now } : {}) });

/** `pendamping init` with the test account, once per data folder. */
export function ensureInit(dataDir: string): void {
  if (existsSync(join(dataDir, 'keyring.json'))) return;
  const r = spawnSync(join(bin, 'tsx'), ['electron/cli/run.ts', 'init', '--data-dir', dataDir], { cwd: root, env: env(), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pendamping init failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
}

export interface Server {
  url: string;
  stop(): Promise<void>;
}

/** A channel through the running server's HTTP bridge (fast: no process per call). */
export async function api<T = any>(server: Server, channel: string, input: unknown): Promise<T> {
  const u = new URL(server.url);
  const token = decodeURIComponent(u.hash.replace(/^#token=/, ''));
  const r = await fetch(`${u.origin}/api/${channel}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify(input) });
  const out = (await r.json()) as { ok: boolean; value: T; error?: unknown };
  if (!out.ok) throw new Error(`${channel} failed: ${JSON.stringify(out.error)}`);
  return out.value;
}

/**
 * A private copy of the built renderer (made once per worker): another run in the same
 * checkout rebuilds out/renderer from scratch, which would pull the page from under a
 * long test here (a reload would find nothing).
 */
let staticDir: string | null = null;
export function privateStatic(): string {
  if (staticDir) return staticDir;
  const built = join(root, 'out', 'renderer');
  for (let i = 0; i < 100 && !existsSync(join(built, 'index.html')); i++) spawnSync('sleep', ['0.2']);
  const dir = mkdtempSync(join(tmpdir(), 'pendamping-e2e-static-'));
  cpSync(built, dir, { recursive: true });
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  staticDir = dir;
  return dir;
}

/** Browser mode on the folder, set up with the test account (by the server itself when new) and started unlocked. */
export async function startServer(dataDir: string, now?: string): Promise<Server> {
  const { url, child } = await launchWebServer(['--data-dir', dataDir, '--static', `${privateStatic()}/`], env(now));
  return { url, stop: () => stopServer(child) };
}

/** Starts `electron/web/main.ts` with `args` on a free port and resolves with the URL it prints (with its `#token=…`). */
export async function launchWebServer(args: string[], serverEnv: NodeJS.ProcessEnv): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(join(bin, 'tsx'), ['electron/web/main.ts', ...args, '--port', '0'], { cwd: root, env: serverEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    // The first start loads 90,000 regions: slow on a busy machine.
    const timer = setTimeout(() => reject(new Error(`The web server did not print its URL within 90 s:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /Pendamping \(mode peramban\): (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The web server exited (${code}) before printing its URL:\n${output}`));
    });
  });
  return { url, child };
}

export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/** `pendamping call CHANNEL INPUT` on a data folder (no server running on it); returns the value. */
export function cli<T = any>(dataDir: string, channel: string, input: unknown, now?: string): T {
  ensureInit(dataDir);
  const r = spawnSync(join(bin, 'tsx'), ['electron/cli/run.ts', 'call', channel, JSON.stringify(input), '--data-dir', dataDir], { cwd: root, env: env(now), encoding: 'utf8' });
  const out = JSON.parse(r.stdout) as { ok: boolean; value: T; error?: unknown };
  if (!out.ok) throw new Error(`${channel} failed: ${JSON.stringify(out.error)}`);
  return out.value;
}

/** `pendamping seed …` on a data folder before the server starts. */
export function seed(dataDir: string, args: string[]): void {
  ensureInit(dataDir);
  const r = spawnSync(join(bin, 'tsx'), ['electron/cli/run.ts', 'seed', ...args, '--data-dir', dataDir], { cwd: root, env: env(), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`Seeding failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
}
