import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectCases } from '../../electron/core/exports/case-bundle';
import { openCore } from '../../electron/core/open-core';
import { casesCsvBaseline } from './csv-baseline';
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
  out.push(
    await compare(
      'ekspor riwayat kasus JSON (1.000+ peristiwa)',
      opts.runs.json,
      () => must(core.invokeAsync('exports:case-json', { caseIds: [opts.longCaseId] })),
      () => Buffer.from(JSON.stringify(collectCases(db, [opts.longCaseId]))).toString('base64'),
      { ratio: 1.5 },
    ),
  );
  out.push(await compare('ekspor riwayat kasus PDF (1.000+ peristiwa)', opts.runs.pdf, () => must(core.invokeAsync('exports:case-pdf', { caseIds: [opts.longCaseId] })), null, undefined, 'pencetakan Chromium'));
  const csvName = 'ekspor CSV semua kasus';
  const coreCsv = () => must<{ dataBase64: string }>(core.invokeAsync('exports:table', { table: 'cases', format: 'csv' }));
  const rawCsv = casesCsvBaseline(db);
  // The baseline writes the same file, byte for byte, or its figure means nothing.
  if (wanted(csvName) && (await coreCsv()).dataBase64 !== rawCsv()) throw new Error('CSV baseline differs from the core\'s file');
  out.push(await compare(csvName, opts.runs.csv, coreCsv, rawCsv, { ratio: 1.5 }));

  // Importing clients goes into a fresh data folder each run, so the big dataset stays as it is.
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  const lines = ['Nama,NIK,Jenis Kelamin,Tanggal Lahir,Kode Desa'];
  for (let i = 0; i < opts.importRows; i++) {
    const d = new Date(Date.UTC(1940 + (i % 70), i % 12, 1 + (i % 28)));
    const women = i % 2 === 1;
    lines.push(`Warga ${i},337410${pad(d.getUTCDate() + (women ? 40 : 0), 2)}${pad(d.getUTCMonth() + 1, 2)}${pad(d.getUTCFullYear() % 100, 2)}${pad(1 + Math.floor(i / 420), 4)},${women ? 'P' : 'L'},${d.toISOString().slice(0, 10)},33.74.10.1001`);
  }
  const csv = Buffer.from(lines.join('\n')).toString('base64');
  const mapping = { name: 'Nama', nik: 'NIK', sex: 'Jenis Kelamin', birthDate: 'Tanggal Lahir', villageCode: 'Kode Desa' };
  const fresh = () => openCore(mkdtempSync(join(tmpdir(), 'pendamping-bench-import-')), { key: Buffer.alloc(32, 5), log: { error() {}, info() {} } });
  out.push(
    await compare(
      `impor ${opts.importRows.toLocaleString('id-ID')} klien (CSV)`,
      opts.runs.import,
      async () => {
        const target = fresh();
        const r = await must<{ imported: number; invalid: number }>(target.invokeAsync('imports:clients', { fileName: 'klien.csv', dataBase64: csv, mapping, dryRun: false, skipInvalid: true }));
        const dir = target.ctx.storage!.dataDir;
        await target.close();
        rmSync(dir, { recursive: true, force: true });
        if (r.imported + r.invalid !== opts.importRows) throw new Error('import lost rows');
      },
      async () => {
        const target = fresh();
        const insert = target.db.prepare(`INSERT INTO clients (id, name, nik, sex, birth_date, village_code, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, 'x', 'x')`);
        target.db.transaction(() => lines.slice(1).forEach((l, i) => {
          const [name, nik, sex, birth, village] = l.split(',');
          insert.run(`R${i}`, name, nik, sex, birth, village);
        }))();
        const dir = target.ctx.storage!.dataDir;
        await target.close();
        rmSync(dir, { recursive: true, force: true });
      },
      { ratio: 1.5 },
      'ke folder data baru tiap putaran',
    ),
  );
  return out;
}
