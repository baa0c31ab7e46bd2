import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * How hard the fault tests push: modest inside `npm test` (a shared two-core machine), full
 * with PENDAMPING_FAULTS=full (`npm run test:faults`).
 */
export const FULL = process.env.PENDAMPING_FAULTS === 'full';
export const KILL_CYCLES = FULL ? 100 : 10;
export const PAYLOADS_PER_CHANNEL = FULL ? 200 : 30;

const figuresDir = fileURLToPath(new URL('../../.tmp/faults/', import.meta.url));

/** Records what a run proved, for `npm run test:faults` to print at the end. */
export function recordFigures(name: string, figures: Record<string, unknown>): void {
  mkdirSync(figuresDir, { recursive: true });
  writeFileSync(join(figuresDir, `${name}.json`), JSON.stringify({ name, full: FULL, ...figures }, null, 2));
}
