import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/open-core';
import { SITI, TEST_KEY } from '../helpers/temp-core';
import { bundleFaultChild } from './child-process';
import { KILL_CYCLES, recordFigures } from './size';

/**
 * A worker's laptop loses power, or the app is killed, while visit notes are being saved.
 * A child process saves visits through the core as fast as it can and prints each visit's id
 * only after the core acknowledged it; the parent kills it with SIGKILL at a random moment
 * (sometimes while it is still opening the store), opens the store again and checks that
 * every acknowledged visit is there with its exact note and that the file is intact.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
let child: Awaited<ReturnType<typeof bundleFaultChild>>;
const quiet = { error() {}, info() {} };
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// PENDAMPING_FAULTS_SEED repeats a run's kill moments.
const seed = Number(process.env.PENDAMPING_FAULTS_SEED ?? Date.now() % 1_000_000);
function random(s: number) {
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

let dir: string;
let caseId: string;
beforeAll(async () => {
  child = await bundleFaultChild();
  dir = mkdtempSync(join(tmpdir(), 'pendamping-crash-'));
  const core = openCore(dir, { key: TEST_KEY, log: quiet });
  const client = core.invoke('clients:create', SITI);
  if (!client.ok) throw new Error(client.error.message);
  const kase = core.invoke('cases:create', { clientId: client.value.client.id, cluster: 'penyandang_disabilitas', ppksType: 'penyandang_disabilitas', openedAt: '2025-01-02' });
  if (!kase.ok) throw new Error(kase.error.message);
  caseId = kase.value.id;
  await core.close();
});
afterAll(() => {
  child.remove();
  rmSync(dir, { recursive: true, force: true });
});

/** One run of the child, killed at a random moment; returns the acknowledged "id → note hash". */
async function writeUntilKilled(cycle: number, rand: () => number) {
  const env = { ...process.env, ...child.env, PENDAMPING_KEY: TEST_KEY.toString('hex') };
  const proc = spawn(process.execPath, [child.script, 'write', dir, caseId, `${seed}-${cycle}`], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  proc.stdout.on('data', (b: Buffer) => (out += b.toString()));
  proc.stderr.on('data', (b: Buffer) => (err += b.toString()));
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  const duringStart = rand() < 0.15;
  if (duringStart) {
    await sleep(rand() * 300);
  } else {
    for (let waited = 0; !out.startsWith('siap\n') && proc.exitCode === null && waited < 60_000; waited += 20) await sleep(20);
    await sleep(rand() * 400);
  }
  proc.kill('SIGKILL');
  await exited;
  expect(proc.signalCode, `the child stopped on its own: ${err}`).toBe('SIGKILL');
  // Only whole lines count: the kill may cut the last one.
  const lines = out.slice(0, out.lastIndexOf('\n') + 1).split('\n').filter((l) => l && l !== 'siap');
  return { duringStart, acknowledged: lines.map((l) => l.split(' ') as [string, string]) };
}

describe('a process killed while saving', () => {
  it(`keeps every acknowledged visit and an intact file through ${KILL_CYCLES} SIGKILLs`, { timeout: KILL_CYCLES * 30_000 }, async () => {
    const rand = random(seed);
    const all = new Map<string, string>();
    let killedDuringStart = 0;
    for (let cycle = 0; cycle < KILL_CYCLES; cycle++) {
      const run = await writeUntilKilled(cycle, rand);
      if (run.duringStart) killedDuringStart++;
      for (const [id, noteHash] of run.acknowledged) all.set(id, noteHash);

      // The folder lock died with the child: the store opens at once (seed ${seed}, cycle ${cycle}).
      const core = openCore(dir, { key: TEST_KEY, log: quiet });
      try {
        expect(core.db.pragma('integrity_check', { simple: true }), `seed ${seed}, cycle ${cycle}`).toBe('ok');
        const ids = run.acknowledged.map(([id]) => id);
        const rows = core.db.prepare(`SELECT id, note FROM visits WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as { id: string; note: string }[];
        expect(rows.length, `seed ${seed}, cycle ${cycle}: acknowledged visits missing`).toBe(ids.length);
        for (const r of rows) expect(sha256(r.note), `seed ${seed}, cycle ${cycle}: note of ${r.id}`).toBe(all.get(r.id));
      } finally {
        await core.close();
      }
    }

    // Nothing acknowledged earlier went missing later; at most one save per kill committed unacknowledged.
    const core = openCore(dir, { key: TEST_KEY, log: quiet });
    try {
      const present = (core.db.prepare(`SELECT count(*) AS n FROM visits WHERE id IN (SELECT value FROM json_each(?))`).get(JSON.stringify([...all.keys()])) as { n: number }).n;
      expect(present).toBe(all.size);
      const total = (core.db.prepare('SELECT count(*) AS n FROM visits').get() as { n: number }).n;
      expect(total - all.size).toBeLessThanOrEqual(KILL_CYCLES);
      expect(all.size).toBeGreaterThan(0);
      recordFigures('crash', { seed, killCycles: KILL_CYCLES, killedDuringStart, acknowledgedWritesVerified: all.size, visitsInStore: total });
    } finally {
      await core.close();
    }
  });
});
