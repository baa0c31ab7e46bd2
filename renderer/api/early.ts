/**
 * Start-up requests sent all at once, beside session:status, instead of one after another
 * as each screen mounts and asks (status → workers → the list: three round trips before the
 * first row). The screen's own call then takes the answer already on its way.
 *
 * An answer is taken once, by a call with the same channel and input, within a few seconds;
 * then it is dropped, so nothing read early lingers in memory. An answer that is not ok
 * (LOCKED: the folder was not open yet) is never handed out: that call goes out afresh.
 */
const TAKE_WITHIN_MS = 5_000;

const waiting = new Map<string, Promise<unknown>>();

/** Same channel and input, whatever the key order and absent (undefined) fields. */
function keyOf(name: string, input: unknown): string {
  const canonical = (v: unknown): unknown =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v)
            .filter(([, x]) => x !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([k, x]) => [k, canonical(x)]),
        )
      : v;
  return `${name} ${JSON.stringify(canonical(input ?? {}))}`;
}

export function sendEarly(name: string, input: unknown, send: () => Promise<unknown>): void {
  const key = keyOf(name, input);
  if (waiting.has(key)) return;
  // A failed send is an answer like any other: the taker falls back to its own call.
  waiting.set(key, send().catch(() => null));
  setTimeout(() => waiting.delete(key), TAKE_WITHIN_MS);
}

/** The early answer for this call, if one was sent and not yet taken. */
export function takeEarly(name: string, input: unknown): Promise<unknown> | undefined {
  const key = keyOf(name, input);
  const answer = waiting.get(key);
  waiting.delete(key);
  return answer;
}

/** Locked: answers read early and not yet taken leave memory with the rest (app/forget-data.ts). */
export function dropEarly(): void {
  waiting.clear();
}
