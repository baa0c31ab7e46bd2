import type { openCore } from '../../electron/core/open-core';
import { casesCsvBaseline } from './csv-baseline';
import { importOps } from './import-ops';
import { canonicalCaseExport, caseJsonBaseline } from './json-baseline';
import { reporting, compare, wanted, type Measured } from './measure';

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

  out.push(...(await importOps(opts.runs.import, opts.importRows)));
  return out;
}
