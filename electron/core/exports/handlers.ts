import { DEFAULT_TABLE_COLUMNS, type ExportedFile } from '../../../shared/contract';
import type { AsyncHandler, HandlerGroup } from '../handlers';
import { buildCaseExport } from './case-bundle';
import { importCaseExport } from './import-case';
import { tableRows, toCsv, toXlsx } from './tables-export';

const day = (iso: string) => iso.slice(0, 10).replace(/-/g, '');

const table: AsyncHandler<'exports:table', ExportedFile> = {
  prepare: async (ctx, { table: name, format, columns, caseIds }) => {
    const cols = columns?.length ? columns : DEFAULT_TABLE_COLUMNS[name];
    const rows = tableRows(ctx, name, cols, caseIds);
    const fileName = `pendamping-${name}-${day(ctx.clock.now().toISOString())}.${format}`;
    if (format === 'csv') return { fileName, mimeType: 'text/csv; charset=utf-8', dataBase64: Buffer.from(toCsv(rows, cols), 'utf8').toString('base64') };
    return {
      fileName,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      dataBase64: (await toXlsx(rows, cols, name)).toString('base64'),
    };
  },
  run: (_ctx, file) => file,
};

export const exportHandlers: HandlerGroup = {
  // Mutates only the per-installation pseudonym secret, the first time it is needed.
  'exports:case-json': (ctx, { caseIds, deidentify }) => {
    const doc = buildCaseExport(ctx.db, caseIds, ctx.clock.now().toISOString(), deidentify);
    return {
      fileName: `pendamping-kasus-${deidentify ? 'anonim-' : ''}${day(doc.exportedAt)}.json`,
      mimeType: 'application/json',
      dataBase64: Buffer.from(JSON.stringify(doc), 'utf8').toString('base64'),
    };
  },
  'exports:table': table,
  'imports:case-json': (ctx, { json }) => importCaseExport(ctx, json),
};
