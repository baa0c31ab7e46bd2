import type { Database } from 'better-sqlite3-multiple-ciphers';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Kemendagri region codes come from the npm package idn-area-data (data licence ODbL; its
 * LICENSE.md travels with the package in node_modules and in the packaged app). They are
 * reference data, not schema: loaded into the encrypted store on first open, and reloaded
 * when the package version changes. Stored inside the encrypted file so not even the
 * region names appear in plaintext in the data folder.
 */
const LEVELS = [
  ['provinces.csv', 'province'],
  ['regencies.csv', 'regency'],
  ['districts.csv', 'district'],
  ['villages.csv', 'village'],
] as const;

export function regionDataDir(): { dir: string; version: string } {
  const require = createRequire(import.meta.url);
  const pkgFile = require.resolve('idn-area-data/package.json');
  const version = (JSON.parse(readFileSync(pkgFile, 'utf8')) as { version: string }).version;
  return { dir: join(dirname(pkgFile), 'data'), version };
}

/** Simple CSV: the package's files have no quoted commas in code or parent columns; names may be quoted. */
function* rows(file: string): Generator<string[]> {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const first = line.indexOf(',');
    const second = line.indexOf(',', first + 1);
    const code = line.slice(0, first);
    if (second < 0) yield [code, '', unquote(line.slice(first + 1))];
    else yield [code, line.slice(first + 1, second), unquote(line.slice(second + 1))];
  }
}

const unquote = (s: string) => (s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1).replace(/""/g, '"') : s);

export function ensureRegions(db: Database, source = regionDataDir()): boolean {
  const loaded = db.prepare(`SELECT value FROM meta WHERE key = 'region_data_version'`).get() as { value: string } | undefined;
  if (loaded?.value === source.version) return false;
  db.transaction(() => {
    db.exec('DELETE FROM regions');
    const insert = db.prepare('INSERT INTO regions (code, parent_code, level, name) VALUES (?, ?, ?, ?)');
    for (const [file, level] of LEVELS) {
      for (const [code, parent, name] of rows(join(source.dir, file))) {
        insert.run(code, level === 'province' ? null : parent, level, name);
      }
    }
    db.prepare(`INSERT INTO meta (key, value) VALUES ('region_data_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(
      source.version,
    );
  })();
  return true;
}
