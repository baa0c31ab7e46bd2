import type { openCore } from '../../electron/core/open-core';
import { casesCsvBaseline } from './csv-baseline';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { canonicalCaseExport, caseJsonBaseline } from './json-baseline';
import { reporting, compare, wanted, onlyText, type Measured } from './measure';

type Core = ReturnType<typeof openCore>;
const must = async <T>(p: Promise<{ ok: boolean; value?: T; error?: { message: string } }>): Promise<T> => {
  const r = await p;
  if (!r.ok) throw new Error(r.error!.message);
  return r.value as T;
};

/** Exports and the import: slower operations, fewer runs (the count is in the report). */
export async function exportOps(core: Core, opts: { report?: (m: Measured) => void; longCaseId: string; runs: { json: number; pdf: number; csv: number; import: number }; importRows: number }): Promise<Measured[]> {
  const db = core.db;
  const out = reporting(opts.report);
  const jsonName = 'ekspor riwayat kasus JSON (1.000+ peristiwa)';
  const coreJson = () => must<{ dataBase64: string }>(core.invokeAsync('exports:case-json', { caseIds: [opts.longCaseId] }));
  const rawJson = caseJsonBaseline(db);
  const rawLong = () => rawJson(opts.longCaseId, new Date().toISOString());
  // The baseline makes the same document (its rows, not its time), or its figure means nothing.
  if (wanted(jsonName) && canonicalCaseExport((await coreJson()).dataBase64) !== canonicalCaseExport(rawLong())) throw new Error('JSON baseline differs from the core\'s export');
  out.push(await compare(jsonName, opts.runs.json, coreJson, rawLong, { ratio: 1.5 }));
  out.push(await compare('ekspor riwayat kasus PDF (1.000+ peristiwa)', opts.runs.pdf, () => must(core.invokeAsync('exports:case-pdf', { caseIds: [opts.longCaseId] })), null, undefined, 'pencetakan Chromium'));
  const csvName = 'ekspor CSV semua kasus';
  const coreCsv = () => must<{ dataBase64: string }>(core.invokeAsync('exports:table', { table: 'cases', format: 'csv' }));
  const rawCsv = casesCsvBaseline(db);
  // The baseline writes the same file, byte for byte, or its figure means nothing.
  if (wanted(csvName) && (await coreCsv()).dataBase64 !== rawCsv()) throw new Error('CSV baseline differs from the core\'s file');
  out.push(await compare(csvName, opts.runs.csv, coreCsv, rawCsv, { ratio: 1.5 }));

  out.push(...importInItsOwnProcess(opts.runs.import, opts.importRows));
  return out;
}

/** import-probe.ts in a fresh Node process; a failure is reported as a row, not thrown away. */
function importInItsOwnProcess(runs: number, rows: number): Measured[] {
  const probe = fileURLToPath(new URL('./import-probe.ts', import.meta.url));
  const r = spawnSync(process.execPath, ['--import', 'tsx', probe, String(runs), String(rows), onlyText() ?? ''], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (r.status !== 0) return [{ name: 'impor klien (CSV)', runs: 0, p50: NaN, p95: NaN, note: `gagal: ${r.stderr.trim().split('\n').at(-1)?.slice(0, 120)}` }];
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Measured[];
}
