import { DEFAULT_TABLE_COLUMNS, type ExportedFile } from '../../../shared/contract';
import type { AsyncHandler, HandlerGroup } from '../handlers';
import { buildCaseExport, type Row } from './case-bundle';
import { deidentifyRows } from './deidentify';
import { caseHistoryPdf } from './history-pdf';
import { importCaseExport } from './import-case';
import { withJob } from '../jobs/registry';
import { asObjects, fromObjects, tableRows, toCsv, toXlsx } from './tables-export';
import { unzipFiles, zipFiles, type ZipEntry } from './zip';
import { AppError } from '../../../shared/result';

const day = (iso: string) => iso.slice(0, 10).replace(/-/g, '');
const ZIP = 'application/zip';

/** Attachments and letter PDFs as files beside export.json, their bytes out of the JSON. */
function bundleEntries(json: Awaited<ReturnType<typeof buildCaseExport>>): ZipEntry[] {
  const files: ZipEntry[] = [];
  const atts = new Map((json.tables.attachments ?? []).map((a) => [a.id as string, a]));
  for (const d of json.tables.attachment_data ?? []) {
    const a = atts.get(d.attachment_id as string);
    files.push({ name: `lampiran/${d.attachment_id}-${String(a?.file_name ?? 'berkas').replace(/[\\/:*?"<>|]/g, '_')}`, data: Buffer.from(d.data as string, 'base64') });
    d.data = `lampiran/${d.attachment_id}`; // where the bytes went; an import reads them back from the zip
  }
  for (const l of json.tables.letters ?? []) {
    if (typeof l.pdf !== 'string') continue;
    files.push({ name: `surat/${String(l.number).replace(/[\\/:*?"<>|]/g, '-')}.pdf`, data: Buffer.from(l.pdf, 'base64') });
  }
  return [{ name: 'export.json', data: JSON.stringify(json, null, 1) }, ...files];
}

/**
 * Every export is built in `prepare`, in memory, as a named job (progress and cancel); the
 * file only exists once the door saves the finished bytes, so a cancelled export leaves
 * nothing anywhere and records nothing.
 */
const caseJson: AsyncHandler<'exports:case-json', ExportedFile> = {
  prepare: (ctx, { caseIds, deidentify, bundle, password, jobId }) =>
    withJob(ctx, jobId, async (job) => {
      const doc = await buildCaseExport(ctx.db, caseIds, ctx.clock.now().toISOString(), deidentify, job);
      const base = `pendamping-kasus-${deidentify ? 'anonim-' : ''}${day(doc.exportedAt)}`;
      if (!bundle && !password) {
        return { fileName: `${base}.json`, mimeType: 'application/json', dataBase64: Buffer.from(JSON.stringify(doc), 'utf8').toString('base64') };
      }
      const entries = bundle ? bundleEntries(doc) : [{ name: `${base}.json`, data: JSON.stringify(doc) }];
      return { fileName: `${base}.zip`, mimeType: ZIP, dataBase64: (await zipFiles(entries, password, job)).toString('base64') };
    }),
  run: (_ctx, file) => file,
};

const table: AsyncHandler<'exports:table', ExportedFile> = {
  prepare: (ctx, { table: name, format, columns, caseIds, deidentify, password, jobId }) =>
    withJob(ctx, jobId, async (job) => {
      const cols = columns?.length ? columns : DEFAULT_TABLE_COLUMNS[name];
      job.phase = 'mengumpulkan';
      let rows = tableRows(ctx, name, cols, { caseIds, withClient: deidentify });
      if (deidentify) rows = fromObjects(cols, deidentifyRows(ctx.db, name, asObjects(cols, rows)));
      const fileName = `pendamping-${name}${deidentify ? '-anonim' : ''}-${day(ctx.clock.now().toISOString())}.${format}`;
      const data = format === 'csv' ? await toCsv(name, cols, rows, job) : await toXlsx(name, cols, rows, job);
      const mimeType = format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      if (!password) return { fileName, mimeType, dataBase64: data.toString('base64') };
      return { fileName: `${fileName}.zip`, mimeType: ZIP, dataBase64: (await zipFiles([{ name: fileName, data }], password, job)).toString('base64') };
    }),
  run: (_ctx, file) => file,
};

const bundleImport: AsyncHandler<'imports:case-bundle', string> = {
  prepare: async (_ctx, { dataBase64, password }) => {
    const files = await unzipFiles(Buffer.from(dataBase64, 'base64'), password);
    const name = files.has('export.json') ? 'export.json' : [...files.keys()].find((n) => n.endsWith('.json'));
    if (!name) throw new AppError('VALIDATION', 'Zip ini tidak memuat ekspor kasus Pendamping (export.json).');
    let doc: { tables?: { attachment_data?: unknown } } | null;
    try {
      doc = JSON.parse(files.get(name)!.toString('utf8')) as typeof doc;
    } catch {
      // A damaged or foreign export.json is bad input, not an unexpected error (found by tests/faults/fuzz.test.ts).
      throw new AppError('VALIDATION', 'Berkas ekspor bukan JSON yang sah (mungkin terpotong).', { fields: [{ path: 'dataBase64', message: 'Bukan JSON yang sah.' }] });
    }
    // Attachments travel as files beside export.json: put their bytes back in the rows (the
    // shape of the rest is checked by importCaseExport).
    const attachments = doc?.tables?.attachment_data;
    for (const d of Array.isArray(attachments) ? (attachments.filter((a) => a && typeof a === 'object') as Row[]) : []) {
      const file = [...files.keys()].find((n) => n.startsWith(`${String(d.data)}-`));
      if (typeof d.data === 'string' && d.data.startsWith('lampiran/')) {
        if (!file) throw new AppError('VALIDATION', `Lampiran ${d.attachment_id} tidak ada di dalam zip.`);
        d.data = files.get(file)!.toString('base64');
      }
    }
    return JSON.stringify(doc);
  },
  run: (ctx, json) => importCaseExport(ctx, json),
};

const casePdf: AsyncHandler<'exports:case-pdf', ExportedFile> = {
  prepare: (ctx, { caseIds, paper, deidentify, password, jobId }) =>
    withJob(ctx, jobId, async (job) => {
      const pdf = await caseHistoryPdf(ctx, caseIds, { paper, deidentify }, job);
      const fileName = `pendamping-riwayat-${deidentify ? 'anonim-' : ''}${day(ctx.clock.now().toISOString())}.pdf`;
      if (!password) return { fileName, mimeType: 'application/pdf', dataBase64: pdf.toString('base64') };
      return { fileName: `${fileName}.zip`, mimeType: ZIP, dataBase64: (await zipFiles([{ name: fileName, data: pdf }], password, job)).toString('base64') };
    }),
  run: (_ctx, file) => file,
};

export const exportHandlers: HandlerGroup = {
  'exports:case-pdf': casePdf,
  'imports:case-bundle': bundleImport,
  'exports:case-json': caseJson,
  'exports:table': table,
  'imports:case-json': (ctx, { json }) => importCaseExport(ctx, json),
};
