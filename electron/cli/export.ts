import { readFileSync, writeFileSync } from 'node:fs';
import type { Result } from '../../shared/result';
import type { Core } from '../core/core';

/**
 * `pendamping export` and `pendamping import`: the same channels as the app; the file
 * is written here because the command line is the door that owns a path.
 */
export async function exportToFile(
  core: Core,
  opts: { caseIds: string[] | 'all'; format: string; table?: string; out: string; redact: boolean; password?: string; bundle: boolean; paper?: string },
): Promise<Result<string>> {
  const caseIds = opts.caseIds === 'all' ? (core.ctx.db.prepare('SELECT id FROM cases ORDER BY opened_at').all() as { id: string }[]).map((r) => r.id) : opts.caseIds;
  const result =
    opts.format === 'json'
      ? await core.callAsync('exports:case-json', { caseIds, deidentify: opts.redact, password: opts.password, bundle: opts.bundle })
      : opts.format === 'pdf'
        ? await core.callAsync('exports:case-pdf', { caseIds, deidentify: opts.redact, password: opts.password, paper: opts.paper })
        : await core.callAsync('exports:table', {
          table: opts.table ?? 'cases',
          format: opts.format,
          caseIds: opts.caseIds === 'all' ? undefined : caseIds,
          deidentify: opts.redact,
          password: opts.password,
        });
  if (!result.ok) return result;
  const file = result.value as { dataBase64: string; fileName: string };
  // Exports hold personal data: readable by their owner only.
  writeFileSync(opts.out, Buffer.from(file.dataBase64, 'base64'), { mode: 0o600 });
  return { ok: true, value: `Ekspor ${opts.format.toUpperCase()} → ${opts.out}` };
}

export async function importFromFile(core: Core, file: string, password?: string): Promise<Result<string>> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return { ok: false, error: { code: 'NOT_FOUND', message: `Berkas tidak dapat dibaca: ${(e as Error).message}` } };
  }
  // A zip starts with "PK": a bundle or a sealed export; anything else is read as JSON.
  const r =
    bytes.subarray(0, 2).toString('latin1') === 'PK'
      ? await core.callAsync('imports:case-bundle', { dataBase64: bytes.toString('base64'), password })
      : await core.callAsync('imports:case-json', { json: bytes.toString('utf8') });
  if (!r.ok) return r;
  const counts = (r.value as { imported: Record<string, number> }).imported;
  return { ok: true, value: `Diimpor: ${Object.entries(counts).map(([t, n]) => `${t} ${n}`).join(', ') || 'tidak ada yang baru'}` };
}
