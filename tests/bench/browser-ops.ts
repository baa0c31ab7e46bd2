/// <reference lib="dom" />
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { openGate } from '../../electron/core/session/gate';
import { CHROMIUM_ARGS, chromiumPath } from '../../electron/print/chromium-printer';
import { startWebServer } from '../../electron/web/server';
import type { Measured } from './measure';

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const slowest = (timed: (readonly [string, number])[]) => [...timed].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([what, ms]) => `"${what}" ${ms}`).join(', ');
const summary = (name: string, xs: number[], target?: Measured['target'], note?: string): Measured => ({ name, runs: xs.length, p50: pct(xs, 50), p95: pct(xs, 95), target, note });

/**
 * The UI with the full dataset, in Debian's Chromium through browser mode: first paint of
 * the case list, keystroke to results in search, DOM nodes while scrolling the whole list,
 * and the timeline of a 1,000-event case.
 */
export async function browserOps(opts: { dir: string; key: Buffer; longCaseId: string; runs?: number }): Promise<Measured[]> {
  const staticDir = fileURLToPath(new URL('../../out/renderer/', import.meta.url));
  if (!existsSync(`${staticDir}/index.html`)) return [{ name: 'peramban', runs: 0, p50: 0, p95: 0, note: 'tampilan belum dibangun (npm run build:web)' }];
  const token = randomBytes(16).toString('hex');
  // The screens talk to the gate as in browser mode. The dataset is written with a raw key;
  // the first bench run sets up an admin account over it, later runs unlock with it.
  const quiet = { error: (m: string, d?: unknown) => console.error(m, d), info() {} };
  const gate = openGate(opts.dir, { lock: false, log: quiet, env: { ...process.env, PENDAMPING_KEY: opts.key.toString('hex') } });
  const account = { login: 'bench', passphrase: 'frasa sandi bench' };
  const opened =
    gate.status().state === 'uninitialised'
      ? await gate.callAsync('session:setup', { name: 'Admin Bench', position: null, ...account })
      : await gate.callAsync('session:unlock', account);
  if (!opened.ok) throw new Error(`bench unlock: ${opened.error.message}`);
  const web = await startWebServer({ core: gate, staticDir, token, port: 0 });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const runs = opts.runs ?? 10;
  const out: Measured[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const base = `http://127.0.0.1:${web.port}/`;
    await page.goto(`${base}#token=${token}`);
    // Each load is timed from a quiet core: the page before it (Beranda here, the list in the
    // loop) may still have calls on their way, and a load would otherwise wait behind them.
    await page.waitForLoadState('networkidle');
    // A case row with data: the body's, not the header row (which shows while the list still loads).
    const dataRow = page.locator('.case-table-body .case-row:not(.placeholder-row)').first();

    const paint: number[] = [];
    for (let i = 0; i < runs; i++) {
      // A full load each time (a hash change alone would not start the app again).
      await page.goto('about:blank');
      const t0 = Date.now();
      await page.goto(`${base}#/kasus`);
      await dataRow.waitFor({ state: 'visible', timeout: 30_000 });
      paint.push(Date.now() - t0);
      await page.waitForLoadState('networkidle');
    }
    // The first load is the cold one (the list's chunk and the store's pages read for the first time).
    out.push(summary('peramban: daftar kasus tampil pertama', paint, { p95: 1000 }, `muat pertama ${paint[0]} · ${paint.join(' ')}`));

    const search = page.locator('#case-search');
    const keys: number[] = [];
    const shownFor: { typed: string; count: string; first: string | null }[] = [];
    // A keystroke's time runs until the list shows the answer to what has been typed: the
    // count line names the search it belongs to (data-search; "Mencari…" and the rows still
    // loading do not count) and the first row, or the "no case matches" note, is there. Every
    // key is timed, also one whose answer looks like the last. What was shown is checked
    // against the core afterwards (not before: that would warm the store for the browser).
    for (const word of ['siti', 'budi', 'agus', 'dewi', 'rina', 'joko', 'eko', 'sri', 'nur', 'ani']) {
      await search.fill('');
      await page.waitForTimeout(300);
      for (let n = 1; n <= 3; n++) {
        const typed = word.slice(0, n);
        const t0 = Date.now();
        await search.press(typed.at(-1)!);
        const shown = await page.waitForFunction(
          (want) => {
            const count = document.querySelector('.count[role="status"]');
            if (count?.getAttribute('data-search') !== want) return null;
            const first = document.querySelector('.case-table-body .case-row:not(.placeholder-row) .cell-number');
            if (!first && !document.querySelector('.placeholder')) return null;
            return { count: count.textContent ?? '', first: first?.textContent ?? null };
          },
          typed,
          { timeout: 10_000, polling: 'raf' },
        );
        keys.push(Date.now() - t0);
        shownFor.push({ typed, ...((await shown.jsonValue()) as { count: string; first: string | null }) });
      }
    }
    const wrong: string[] = [];
    for (const s of shownFor) {
      const r = await gate.callAsync('cases:list', { search: s.typed, limit: 1, countLimit: 1000 });
      if (!r.ok) throw new Error(`bench check: ${r.error.message}`);
      const want = r.value as { rows: { number: string }[]; total: number; totalCapped: boolean };
      const countRight = s.count.replace(/\D/g, '') === String(want.total) && /lebih dari/i.test(s.count) === want.totalCapped;
      if (!countRight || s.first !== (want.rows[0]?.number ?? null)) wrong.push(`"${s.typed}": ${s.count} / ${s.first}`);
    }
    out.push(
      wrong.length
        ? { ...summary('peramban: ketikan → hasil cari', keys, { p95: 100 }), p50: NaN, p95: NaN, note: `tampilan salah: ${wrong.slice(0, 3).join('; ')}` }
        : summary('peramban: ketikan → hasil cari', keys, { p95: 100 }, `terlama: ${slowest(shownFor.map((x, i) => [x.typed, keys[i]] as const))}`),
    );

    await search.fill('');
    await page.waitForTimeout(500);
    const nodes: number[] = [];
    const scroller = page.locator('[role="rowgroup"][aria-label]').last();
    for (const f of [0, 0.1, 0.25, 0.5, 0.75, 0.9, 1]) {
      await scroller.evaluate((el, frac) => (el.scrollTop = (el.scrollHeight - el.clientHeight) * frac), f);
      await page.waitForTimeout(400);
      nodes.push(await page.evaluate(() => document.getElementsByTagName('*').length));
    }
    out.push({ ...summary('peramban: simpul DOM saat menggulir semua', nodes), p95: Math.max(...nodes), note: `maks ${Math.max(...nodes)} simpul` });

    const timeline: number[] = [];
    for (let i = 0; i < Math.min(runs, 5); i++) {
      const t0 = Date.now();
      await page.goto(`${base}#/kasus/${opts.longCaseId}`);
      await page.getByText(/Kunjungan Rumah|Penjangkauan|Telepon \/ Daring|Konferensi Kasus/).first().waitFor({ state: 'visible', timeout: 30_000 });
      timeline.push(Date.now() - t0);
    }
    out.push(summary('peramban: lini masa kasus 1.000+ tampil', timeline, { p95: 1000 }));
  } catch (e) {
    out.push({ name: 'peramban (berhenti)', runs: 0, p50: 0, p95: 0, note: (e as Error).message.split('\n')[0].slice(0, 120) });
  } finally {
    await browser.close();
    await web.close();
    await gate.close();
  }
  return out;
}
