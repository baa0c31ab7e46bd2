import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { ImportProblem } from '../../shared/contract';
import type { Result } from '../../shared/result';
import type { Core } from '../core/core';
import { processIo, withProgress, type JobIo } from './job-progress';

/**
 * `pendamping export` and `pendamping import`: the same channels as the app; the file
 * is written here because the command line is the door that owns a path.
 */
export async function exportToFile(
  core: Core,
  opts: { caseIds: string[] | 'all'; format: string; table?: string; out: string; redact: boolean; password?: string; bundle: boolean; paper?: string },
  io: JobIo = processIo,
): Promise<Result<string>> {
  const caseIds = opts.caseIds === 'all' ? (core.ctx.db.prepare('SELECT id FROM cases ORDER BY opened_at').all() as { id: string }[]).map((r) => r.id) : opts.caseIds;
  const result = await withProgress(
    core,
    (jobId) =>
      opts.format === 'json'
        ? core.callAsync('exports:case-json', { caseIds, deidentify: opts.redact, password: opts.password, bundle: opts.bundle, jobId })
        : opts.format === 'pdf'
          ? core.callAsync('exports:case-pdf', { caseIds, deidentify: opts.redact, password: opts.password, paper: opts.paper, jobId })
          : core.callAsync('exports:table', {
            table: opts.table ?? 'cases',
            format: opts.format,
            caseIds: opts.caseIds === 'all' ? undefined : caseIds,
            deidentify: opts.redact,
            password: opts.password,
            jobId,
          }),
    io,
  );
  if (!result.ok) return result;
  const file = result.value as { dataBase64: string; fileName: string };
  writeWhole(opts.out, Buffer.from(file.dataBase64, 'base64'));
  return { ok: true, value: `Ekspor ${opts.format.toUpperCase()} → ${opts.out}` };
}

/**
 * Exports hold personal data: readable by their owner only, and never half-written under
 * the chosen name (a full disk leaves nothing rather than a truncated file).
 */
function writeWhole(out: string, bytes: Buffer) {
  const partial = `${out}.sebagian`;
  try {
    writeFileSync(partial, bytes, { mode: 0o600 });
    renameSync(partial, out);
  } finally {
    rmSync(partial, { force: true });
  }
}

/** "kolom NIK: NIK harus 16 digit": where in the file a problem is, then what it is. */
const cell = (p: ImportProblem) => (p.column ? `kolom ${p.column}: ${p.message}` : p.message);

/** A CSV or XLSX of clients: mapped by its headers, checked row by row, committed all at once. */
async function importClients(core: Core, file: string, bytes: Buffer, opts: { dryRun: boolean; skipInvalid: boolean }, io: JobIo): Promise<Result<string>> {
  const fileName = file.split(/[\\/]/).pop()!;
  const preview = await core.invokeAsync('imports:clients-preview', { fileName, dataBase64: bytes.toString('base64') });
  if (!preview.ok) return preview;
  const r = await withProgress(
    core,
    (jobId) =>
      core.invokeAsync('imports:clients', {
        fileName,
        dataBase64: bytes.toString('base64'),
        mapping: preview.value.suggestedMapping,
        dryRun: opts.dryRun,
        skipInvalid: opts.skipInvalid,
        jobId,
      }),
    io,
  );
  if (!r.ok) return r;
  const lines = [
    `Kolom: ${Object.entries(preview.value.suggestedMapping).map(([f, c]) => `${c} → ${f}`).join(', ')}`,
    `${r.value.total} baris: ${r.value.valid} sah, ${r.value.invalid} bermasalah; diimpor ${r.value.imported}${r.value.dryRun ? ' (uji coba / tidak disimpan)' : ''}.`,
    ...r.value.rows.map((row) => `  baris ${row.row}${row.name ? ` (${row.name})` : ''}: ${[...row.errors.map(cell), ...row.warnings.map((w) => `peringatan: ${cell(w)}`)].join('; ')}`),
  ];
  if (r.value.encoding === 'windows-1252') lines.unshift('Perhatian: berkas ini bukan UTF-8 dan dibaca sebagai Windows-1252; periksa huruf seperti é dan ’. Sebaiknya simpan sebagai "CSV UTF-8".');
  if (r.value.invalid && !opts.dryRun && !opts.skipInvalid) lines.push('Tidak ada yang disimpan karena ada baris bermasalah. Perbaiki berkasnya, atau pakai --skip-invalid.');
  return { ok: true, value: lines.join('\n') };
}

export async function importFromFile(core: Core, file: string, password?: string, opts = { dryRun: false, skipInvalid: false }, io: JobIo = processIo): Promise<Result<string>> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return { ok: false, error: { code: 'NOT_FOUND', message: `Berkas tidak dapat dibaca: ${(e as Error).message}` } };
  }
  if (/\.(csv|xlsx|txt)$/i.test(file)) return importClients(core, file, bytes, opts, io);
  // A zip starts with "PK": a bundle or a sealed export; anything else is read as JSON.
  const r =
    bytes.subarray(0, 2).toString('latin1') === 'PK'
      ? await core.callAsync('imports:case-bundle', { dataBase64: bytes.toString('base64'), password })
      : await core.callAsync('imports:case-json', { json: bytes.toString('utf8') });
  if (!r.ok) return r;
  const counts = (r.value as { imported: Record<string, number> }).imported;
  return { ok: true, value: `Diimpor: ${Object.entries(counts).map(([t, n]) => `${t} ${n}`).join(', ') || 'tidak ada yang baru'}` };
}
