#!/usr/bin/env node
/**
 * `npm test`: typecheck, unit + contract + Electron-glue tests (Vitest), the renderer build,
 * end-to-end tests in Debian's Chromium (Playwright, browser mode) and the `_electron`
 * smoke test (skipped, saying why, where no Electron binary exists). Every stage runs even
 * when an earlier one failed, so one run shows everything; the last line is the plain
 * count `N passed, N failed, N skipped` that CI reads.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const tmp = join(root, '.tmp', 'test-results');
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });
const bin = (name) => join(root, 'node_modules', '.bin', name);
const totals = { passed: 0, failed: 0, skipped: 0 };
const stages = [];

function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label} ===`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function stage(label, fn) {
  const before = { ...totals };
  const ok = fn();
  const counted = totals.passed + totals.failed + totals.skipped - before.passed - before.failed - before.skipped;
  // A stage that failed without reporting a failing test (crash, config error) still counts as one failure.
  if (!ok && totals.failed === before.failed) totals.failed += 1;
  stages.push(`${label}: ${ok ? 'ok' : 'GAGAL'}${counted ? ` (${totals.passed - before.passed} lulus, ${totals.failed - before.failed} gagal, ${totals.skipped - before.skipped} dilewati)` : ''}`);
  return ok;
}

function countVitest(file) {
  if (!existsSync(file)) return;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += r.numPassedTests ?? 0;
  totals.failed += r.numFailedTests ?? 0;
  totals.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
}

function countPlaywright(file) {
  if (!existsSync(file)) return;
  const { stats } = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  totals.failed += stats.unexpected ?? 0;
  totals.skipped += stats.skipped ?? 0;
}

stage('typecheck', () => {
  const ok = run('typecheck (tsc -b)', bin('tsc'), ['-b']);
  totals[ok ? 'passed' : 'failed'] += 1;
  return ok;
});

stage('unit, contract, electron glue', () => {
  const out = join(tmp, 'vitest.json');
  const ok = run('vitest', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  countVitest(out);
  return ok;
});

const built = stage('renderer build', () => run('vite build (renderer)', bin('vite'), ['build', '-c', 'renderer/vite.config.ts', '--logLevel', 'warn']));

if (built && existsSync(join(root, 'playwright.config.ts'))) {
  stage('end-to-end (Chromium, browser mode)', () => {
    const out = join(tmp, 'e2e.json');
    const ok = run('playwright e2e', bin('playwright'), ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: out });
    countPlaywright(out);
    return ok;
  });
}

if (existsSync(join(root, 'tests', 'electron', 'playwright.config.ts'))) {
  stage('desktop smoke (_electron)', () => {
    const out = join(tmp, 'electron.json');
    const ok = run('playwright _electron', bin('playwright'), ['test', '-c', 'tests/electron/playwright.config.ts', '--reporter=list,json'], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: out,
    });
    countPlaywright(out);
    return ok;
  });
}

console.log('\n=== ringkasan ===');
for (const s of stages) console.log(`  ${s}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
