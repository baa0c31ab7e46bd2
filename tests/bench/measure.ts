/** Timing helpers: repeated runs, percentiles, and the ratio to a raw-SQL baseline. */
export interface Measured {
  name: string;
  runs: number;
  p50: number;
  p95: number;
  baseline?: { p50: number; p95: number };
  ratio?: number;
  target?: { p95?: number; ratio?: number };
  note?: string;
  /** Left out by `--only`: not measured and not reported. */
  skipped?: boolean;
}

let only: string | undefined;
/** `--only TEXT`: measure only the operations whose name contains TEXT (for working on one figure). */
export function measureOnly(text: string | undefined): void {
  only = text?.toLowerCase();
}
/** The `--only` text, for a measurement that runs in a process of its own. */
export const onlyText = (): string | undefined => only;
export const wanted = (name: string): boolean => !only || name.toLowerCase().includes(only);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

export async function time(runs: number, fn: (i: number) => unknown | Promise<unknown>, warmup = 2): Promise<{ p50: number; p95: number; runs: number }> {
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn(i);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), runs };
}

/**
 * The core and its baseline timed in turns (core, SQL, core, SQL …) rather than one block
 * after the other: on a 2-core laptop the noise drifts (a WAL checkpoint, the garbage
 * collector's state, another process), and in turns both sides meet the same of it, so the
 * ratio compares the work and not the moment each block ran.
 */
export async function timeInTurns(
  runs: number,
  a: (i: number) => unknown | Promise<unknown>,
  b: (i: number) => unknown | Promise<unknown>,
  warmup = 2,
): Promise<[{ p50: number; p95: number; runs: number }, { p50: number; p95: number; runs: number }]> {
  for (let i = 0; i < warmup; i++) (await a(-1 - i), await b(-1 - i));
  const sa: number[] = [];
  const sb: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    await a(i);
    sa.push(performance.now() - t0);
    t0 = performance.now();
    await b(i);
    sb.push(performance.now() - t0);
  }
  const summary = (xs: number[]) => (xs.sort((x, y) => x - y), { p50: percentile(xs, 50), p95: percentile(xs, 95), runs });
  return [summary(sa), summary(sb)];
}

export async function compare(
  name: string,
  runs: number,
  core: (i: number) => unknown | Promise<unknown>,
  raw: ((i: number) => unknown | Promise<unknown>) | null,
  target?: Measured['target'],
  note?: string,
): Promise<Measured> {
  if (!wanted(name)) return { name, runs: 0, p50: NaN, p95: NaN, skipped: true };
  const [c, b] = raw ? await timeInTurns(runs, core, raw) : [await time(runs, core), undefined];
  return { name, ...c, baseline: b && { p50: b.p50, p95: b.p95 }, ratio: b ? c.p95 / Math.max(b.p95, 0.001) : undefined, target, note };
}

const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));

export function verdict(m: Measured): string {
  const misses: string[] = [];
  if (m.target?.p95 !== undefined && m.p95 > m.target.p95) misses.push(`p95 > ${m.target.p95}`);
  if (m.target?.ratio !== undefined && m.ratio !== undefined && m.ratio > m.target.ratio) misses.push(`rasio > ${m.target.ratio}`);
  if (!m.target) return '';
  if (!Number.isFinite(m.p95)) return 'TIDAK TERUKUR';
  return misses.length ? `MELESET (${misses.join(', ')})` : 'tercapai';
}

export function table(rows: Measured[]): string {
  const head = ['operasi', 'n', 'p50 ms', 'p95 ms', 'SQL p50', 'SQL p95', 'rasio p95', 'target', 'hasil'];
  const body = rows.map((m) => [
    m.name,
    String(m.runs),
    ms(m.p50),
    ms(m.p95),
    m.baseline ? ms(m.baseline.p50) : '-',
    m.baseline ? ms(m.baseline.p95) : '-',
    m.ratio !== undefined ? m.ratio.toFixed(2) : '-',
    [m.target?.p95 !== undefined ? `p95≤${m.target.p95}` : '', m.target?.ratio !== undefined ? `≤${m.target.ratio}×` : ''].filter(Boolean).join(' ') || '-',
    [verdict(m), m.note].filter(Boolean).join(' — '),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

/** A result list that also hands each result to `report` as it arrives (a long run shows its figures as it goes). */
export function reporting(report?: (m: Measured) => void): Measured[] {
  const out: Measured[] = [];
  out.push = (...ms: Measured[]) => {
    const kept = ms.filter((m) => !m.skipped);
    for (const m of kept) report?.(m);
    return Array.prototype.push.apply(out, kept);
  };
  return out;
}
