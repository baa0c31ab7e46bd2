/**
 * Turns what a person typed into an FTS5 query: every word must match as a word prefix
 * ("sit rah" finds "Siti Rahayu"). Each word is quoted, so FTS syntax in the input
 * (AND, NEAR, *, quotes) is only ever text.
 */
export function ftsQuery(search: string): string | null {
  // Control characters split words too: FTS5 reads the query as a C string, and a NUL inside
  // a quoted word ended it early ("unterminated string", found by tests/faults/fuzz.test.ts).
  const words = search
    .split(/[\s\p{P}\p{Cc}]+/u)
    .map((w) => w.replace(/"/g, ''))
    .filter(Boolean)
    .slice(0, 8);
  return words.length ? words.map((w) => `"${w}"*`).join(' ') : null;
}
