import type { Database } from 'better-sqlite3-multiple-ciphers';

/**
 * Preparing a statement costs more than running most of ours (measured by `npm run bench`:
 * a case-list page took ~0.6 ms of its ~1 ms in prepare). The core asks for the same SQL
 * text again and again, so `prepare` keeps the last few hundred compiled statements.
 * Safe because the core never leaves an iterator open or switches a statement to raw mode.
 */
export function cacheStatements(db: Database, limit = 500): Database {
  const prepare = db.prepare.bind(db);
  const cache = new Map<string, ReturnType<typeof prepare>>();
  db.prepare = ((sql: string) => {
    const hit = cache.get(sql);
    if (hit) {
      cache.delete(sql); // re-insert: the map's order is the use order
      cache.set(sql, hit);
      return hit;
    }
    const stmt = prepare(sql);
    cache.set(sql, stmt);
    if (cache.size > limit) cache.delete(cache.keys().next().value!);
    return stmt;
  }) as typeof db.prepare;
  return db;
}
