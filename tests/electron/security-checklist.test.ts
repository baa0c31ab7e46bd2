import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * docs/security-checklist.md claims a test for each item of Electron's security checklist;
 * this keeps the claim true when tests are renamed or removed.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const doc = readFileSync(`${root}docs/security-checklist.md`, 'utf8');
const REFERENCE = /`(tests\/electron\/[\w.-]+\.test\.ts)` "([^"]+)"/g;

const checklistRows = doc
  .split('\n')
  .map((line) => /^\| (\d+) \|/.exec(line))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => ({ item: Number(m[1]), line: m.input }));

const references = [...doc.matchAll(REFERENCE)].map((m) => ({ file: m[1], title: m[2] }));

describe('docs/security-checklist.md', () => {
  it('answers all twenty items of Electron’s checklist, in order, each with at least one test', () => {
    expect(checklistRows.map((r) => r.item)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    for (const row of checklistRows) expect([...row.line.matchAll(REFERENCE)].length, `item ${row.item}`).toBeGreaterThan(0);
  });

  it('names only tests that exist, by their exact titles', () => {
    expect(references.length).toBeGreaterThan(20);
    for (const { file, title } of references) {
      expect(existsSync(`${root}${file}`), file).toBe(true);
      expect(readFileSync(`${root}${file}`, 'utf8').includes(title), `${file} › ${title}`).toBe(true);
    }
  });
});
