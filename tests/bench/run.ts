/**
 * `npm run bench [-- --scale S] [--json FILE] [--runs N] [--skip-browser] [--only TEXT]`: builds (or reuses)
 * a district-scale encrypted dataset, then measures p50/p95 of the core operations beside
 * raw-SQL baselines, exports and imports, the browser, and the core's memory.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openCore } from '../../electron/core/open-core';
import { createKeyring, tryPassphrase } from '../../electron/vault/vault';
import { browserOps } from './browser-ops';
import { coreOps } from './core-ops';
import { generate, scaleOf } from './dataset';
import { exportOps } from './export-ops';
import { measureOnly, table, time, verdict, wanted, type Measured } from './measure';

const GENERATOR_VERSION = 1;
const KEY = Buffer.alloc(32, 0x42);
const quiet = { error: (m: string, d?: unknown) => console.error(m, d), info() {} };

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    json: { type: 'string' },
    runs: { type: 'string', default: '100' },
    'skip-browser': { type: 'boolean', default: false },
    dir: { type: 'string' },
    only: { type: 'string' },
  },
});
measureOnly(values.only);
const scale = Number(values.scale);
const runs = Number(values.runs);
if (!(scale > 0 && scale <= 2) || !(runs >= 1)) {
  console.error('--scale harus 0 < S ≤ 2 dan --runs ≥ 1.');
  process.exit(2);
}

const dir = values.dir ?? join(process.cwd(), '.bench', `skala-${scale}-v${GENERATOR_VERSION}`);
const marker = join(dir, 'selesai.json');
const today = new Date();
let meta: { longCaseIds: string[]; generatedAt: string; seconds: number };
if (existsSync(marker)) {
  meta = JSON.parse(readFileSync(marker, 'utf8'));
  console.error(`Memakai data yang sudah ada: ${dir}`);
} else {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const t0 = Date.now();
  const core = openCore(dir, { key: KEY, log: quiet });
  const g = generate(core.db, scaleOf(scale), today, (what, done, total) => process.stderr.write(`\r${what}: ${done}/${total}      `));
  await core.close();
  meta = { longCaseIds: g.longCaseIds, generatedAt: today.toISOString(), seconds: (Date.now() - t0) / 1000 };
  writeFileSync(marker, JSON.stringify(meta));
  console.error(`\nData dibuat dalam ${meta.seconds.toFixed(0)} dtk: ${dir}`);
}

// Each figure is printed as soon as it is measured, so a long run that is stopped still
// leaves the figures it reached.
const results: Measured[] = [];
const show = (m: Measured) =>
  console.error(`  ${m.name}: p50 ${m.p50.toFixed(2)} · p95 ${m.p95.toFixed(2)}${m.baseline ? ` · SQL p95 ${m.baseline.p95.toFixed(2)}` : ''} ${verdict(m)}`);
const record = (...ms: Measured[]) => results.push(...ms);
// Open and unlock as a worker does: argon2id at the production cost unwraps the store key
// from a keyring entry, then the store opens (migrations checked, regions checked).
const { keyring } = await createKeyring(KEY, { workerId: 'bench', login: 'bench', passphrase: 'frasa sandi bench' }, new Date());
const openName = 'membuka & membuka kunci (argon2id + buka berkas)';
if (wanted(openName)) {
  const opened: Measured = {
    name: openName,
    ...(await time(Math.min(runs, 100), async () => {
      const r = await tryPassphrase(keyring, 'bench', 'frasa sandi bench', new Date());
      if (!r.ok) throw new Error('bench keyring refused its passphrase');
      await openCore(dir, { key: r.dbKey, log: quiet }).close();
    })),
  };
  show(opened);
  record(opened);
}
const core = openCore(dir, { key: KEY, log: quiet });
const longCaseId = meta.longCaseIds[0];
record(...(await coreOps(core, { report: show, runs, longCaseId, today: today.toISOString().slice(0, 10) })));
const small = Math.max(1, Math.round(runs / 10));
record(...(await exportOps(core, { report: show, longCaseId, runs: { json: runs, pdf: small, csv: small, import: scale >= 0.5 ? 3 : small }, importRows: Math.round(100_000 * Math.min(scale, 1)) })));
// The core's memory is read in a process of its own (the bench itself holds generator state).
const rssName = 'memori proses inti (RSS, MB)';
if (wanted(rssName)) {
  const probe = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./memory-probe.ts', import.meta.url)), dir, longCaseId], { encoding: 'utf8' });
  const memory = Number(/rss=(\d+)/.exec(probe.stdout)?.[1] ?? NaN);
  const rss: Measured = { name: rssName, runs: 1, p50: memory, p95: memory, target: { p95: 300 }, note: probe.status === 0 ? undefined : probe.stderr.slice(0, 100) };
  show(rss);
  record(rss);
}
if (!values['skip-browser'] && wanted('peramban')) for (const m of await browserOps({ dir, key: KEY, longCaseId })) (show(m), record(m));
await core.close();

console.log(`\nPendamping bench — skala ${scale} (${scaleOf(scale).clients.toLocaleString('id-ID')} klien, ${scaleOf(scale).visits.toLocaleString('id-ID')} kunjungan), ${new Date().toISOString()}`);
console.log(table(results));
if (values.json) {
  writeFileSync(values.json, JSON.stringify({ scale, dataset: scaleOf(scale), generatedAt: meta.generatedAt, results: results.map((r) => ({ ...r, verdict: verdict(r) })) }, null, 2));
  console.error(`JSON: ${values.json}`);
}
