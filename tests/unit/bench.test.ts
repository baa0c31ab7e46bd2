import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Keeps `npm run bench` working at a tiny scale; figures come from real runs, never from tests. */
describe('the benchmark', () => {
  it('builds a tiny encrypted dataset, measures every operation and writes its report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pendamping-bench-'));
    const json = join(dir, 'hasil.json');
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'tests/bench/run.ts', '--scale', '0.001', '--runs', '2', '--skip-browser', '--dir', join(dir, 'data'), '--json', json], {
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('| daftar kasus, halaman pertama');
    const report = JSON.parse(readFileSync(json, 'utf8')) as { results: { name: string; runs: number; p50: number; p95: number }[] };
    const names = report.results.map((m) => m.name);
    for (const op of ['membuka & membuka kunci (argon2id + buka berkas)', 'cari "3374"', 'lini masa, seluruhnya (kasus 1.000+)', 'mencatat kunjungan (dengan fsync)', 'ekspor riwayat kasus PDF (1.000+ peristiwa)', 'ekspor CSV semua kasus', 'memori proses inti (RSS, MB)']) {
      expect(names).toContain(op);
    }
    for (const m of report.results) expect(Number.isFinite(m.p95), m.name).toBe(true);
  }, 300_000);
});
