import type { Database } from 'better-sqlite3-multiple-ciphers';

/** Words as FTS5's `unicode61 remove_diacritics 2` tokenizer sees them: lower case, no accents. */
export function noteTokens(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Adds the words of a visit's searchable text to note_terms (migration 0010). */
export function rememberNoteTerms(db: Database, ...texts: (string | null | undefined)[]): void {
  const insert = db.prepare('INSERT OR IGNORE INTO note_terms (term) VALUES (?)');
  for (const term of new Set(texts.flatMap((t) => (t ? noteTokens(t) : [])))) insert.run(term);
}

/** Up to this many whole words stand in for one typed prefix; beyond it, FTS5's own prefix search runs. */
const MAX_EXPANSION = 32;

/**
 * Turns what a person typed into an FTS5 query over visit notes: every word must match as
 * a word prefix. Prefixes of up to four letters use FTS5's prefix indexes; longer ones are
 * replaced by the whole words they begin (from note_terms), which FTS5 can stream newest
 * first instead of merging first. Each word is quoted, so FTS syntax in the input is text.
 */
export function noteQuery(db: Database, search: string): string | null {
  const words = search
    .split(/[\s\p{P}]+/u)
    .flatMap((w) => noteTokens(w))
    .slice(0, 8);
  if (!words.length) return null;
  const range = db.prepare(`SELECT term FROM note_terms WHERE term >= ? AND term < ? ORDER BY term LIMIT ${MAX_EXPANSION + 1}`);
  return words
    .map((w) => {
      if (w.length <= 4) return `"${w}"*`;
      const terms = (range.all(w, `${w}\u{10FFFF}`) as { term: string }[]).map((r) => r.term);
      // No known word: FTS5's prefix search finds nothing quickly too, and stays right if
      // a word ever escaped note_terms.
      if (!terms.length || terms.length > MAX_EXPANSION) return `"${w}"*`;
      return `(${terms.map((t) => `"${t}"`).join(' OR ')})`;
    })
    .join(' AND '); // FTS5 takes no implicit AND next to a bracketed group
}

/**
 * After notes are deleted (an erasure), drops their words that no other note still holds,
 * so a client's name or a rare word of theirs does not outlive them in the word list.
 */
export function forgetNoteTerms(db: Database, texts: (string | null | undefined)[]): number {
  const stillUsed = db.prepare(`SELECT 1 FROM visits_fts WHERE visits_fts MATCH ? LIMIT 1`);
  const remove = db.prepare('DELETE FROM note_terms WHERE term = ?');
  let removed = 0;
  for (const term of new Set(texts.flatMap((t) => (t ? noteTokens(t) : [])))) {
    if (!stillUsed.get(`"${term}"`)) removed += remove.run(term).changes;
  }
  return removed;
}
