import fc from 'fast-check';
import { isAbsolute, join } from 'node:path';
import { z } from 'zod';
import { channels, type ChannelName } from '../../shared/contract';

/**
 * Malformed payloads for one channel, as any door could deliver them (JSON from the browser
 * bridge and the command line; structured clones over Electron IPC, which also carry Date,
 * Map, BigInt, NaN and typed arrays): arbitrary values, and the channel's valid sample
 * mutated — a field replaced, removed or added, an id of another kind of record — so that
 * payloads also get past the schema and into the handlers.
 */

/** Values that have broken parsers and SQL before: edges of every type a schema meets. */
const awkward = (ids: string[]): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constantFrom<unknown>(
      null, undefined, true, false, 0, -0, -1, 1.5, 2 ** 31, 2 ** 53 + 2, -(2 ** 63), 1e308, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY,
      '', ' ', '\t\n', '\u0000', '\u200b', '\ud800', 'null', 'undefined', '[]', '{}', '0', '-1', '1e999',
      '2026-02-30', '2026-13-01', '0000-01-01', '9999-12-31', '1900-01-01', '2026-11-28T25:61:00+07:00', '2026-11-28T09:30:00+14:00', '2026-11-28T09:30:00Z',
      "'; DROP TABLE clients; --", '" OR 1=1 --', '"', '*', 'NEAR(a b)', 'a AND', '^', '%', '_', '\\', '../../../etc/passwd', '..', '.', 'CON', 'nul.txt',
      '{nomor}{nomor:0}{', '{}', '{{nomor}}', '<script>alert(1)</script>', 'data:image/png;base64,AAAA', '=cmd|\' /C calc\'!A0', '@SUM(1+1)',
      'x'.repeat(101), 'x'.repeat(100_001), 'é'.repeat(5000), '😀'.repeat(300),
      '00000000000000000000000000', 'ZZZZZZZZZZZZZZZZZZZZZZZZZZ', '7ZZZZZZZZZZZZZZZZZZZZZZZZZ', '01ARZ3NDEKTSV4RRFFQ69G5FAV',
      [], [null], [[]], {}, { a: 1 }, JSON.parse('{"__proto__": {"polluted": true}}'), JSON.parse('{"constructor": {"prototype": {"x": 1}}}'),
      new Date('2026-11-28T03:00:00Z'), new Date(Number.NaN), new Map([['a', 1]]), new Set([1]), 10n, new Uint8Array([1, 2, 3]),
    ),
    fc.constantFrom(...ids),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.integer(),
    fc.double(),
    fc.jsonValue({ maxDepth: 3 }),
  );

type Path = (string | number)[];

/** Every place in a value where a mutation may land (the root included). */
function paths(value: unknown, at: Path = []): Path[] {
  const out: Path[] = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...at, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...at, k]));
  return out;
}

const clone = <T>(v: T): T => (v === undefined ? v : structuredClone(v));

type Mutation = { where: number; how: 'similar' | 'replace' | 'remove' | 'add' | 'wrap' | 'duplicate'; value: unknown; key: string; pick: number };

const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T/;
const BASE64 = /^[A-Za-z0-9+/]+=*$/;

/** A file sent as base64 (a photo, a zip, a spreadsheet), damaged: a byte changed, cut short, or garbage added. */
function damageBytes(b64: string, pick: number): string {
  const bytes = Buffer.from(b64, 'base64');
  const at = pick % bytes.length;
  switch (pick % 3) {
    case 0:
      bytes[at] ^= 1 + (pick % 255);
      return bytes.toString('base64');
    case 1:
      return bytes.subarray(0, at).toString('base64');
    default:
      return Buffer.concat([bytes, Buffer.from('PK\u0003\u0004 sampah')]).toString('base64');
  }
}

/**
 * A value of the same kind as the one replaced, so the payload often still passes the schema
 * and reaches the handler: an id of another record (or of no record), another plausible date,
 * a string at the edges of its length, a neighbouring number.
 */
function similar(current: unknown, ids: string[], pick: number): unknown {
  const choose = (options: unknown[]) => options[pick % options.length];
  if (typeof current === 'string') {
    const inner = embeddedJson(current);
    if (inner !== undefined && pick % 4 !== 0) return JSON.stringify(mutateInside(inner, ids, Math.floor(pick / 4)));
    if (current.length > 100 && BASE64.test(current) && pick % 4 !== 0) return damageBytes(current, Math.floor(pick / 4));
    if (ULID.test(current)) return choose([...ids, '01ARZ3NDEKTSV4RRFFQ69G5FAV', '7ZZZZZZZZZZZZZZZZZZZZZZZZZ', '00000000000000000000000000', current.toLowerCase()]);
    if (DATE.test(current)) return choose(['1900-01-01', '1899-12-31', '2100-12-31', '2026-11-28', '2026-11-29', '2027-01-01', '2024-02-29', '1970-01-01', '2026-10-01', '2026-09-30']);
    if (DATETIME.test(current)) return choose(['2026-11-28T10:00:00+07:00', '2026-11-29T00:00:00+09:00', '2026-11-27T23:59:59Z', '1900-01-01T00:00:00+07:00', '2100-12-31T23:59:59-12:00', '2026-11-28T10:00:00.123456+07:00']);
    return choose(['', ' ', 'a', `${current} `, ` ${current}`, current.toUpperCase(), current.repeat(3), 'x'.repeat(40), 'x'.repeat(100), 'x'.repeat(199), 'x'.repeat(200), 'x'.repeat(201), 'x'.repeat(2001), 'é'.repeat(120), '"*^:-()', 'OR NOT AND', "O'Brien", '<b>x</b>', '{klien.nama}', '{nomor}', '\u0000x', '😀', '0', '3374105203850001', '33.74.10.1001', '33.74', '99.99.99.9999']);
  }
  if (typeof current === 'number') return choose([0, 1, -1, 2, current + 1, current - 1, current * 1000, 2 ** 31 - 1, 2 ** 53, 0.5, 366, 365, 10_000_000]);
  if (typeof current === 'boolean') return !current;
  if (Array.isArray(current)) return choose([[], [...current, ...current], [...current].reverse(), current.slice(1)]);
  if (current && typeof current === 'object') return choose([{}, current]);
  return choose([null, undefined, '', 0, false]);
}

/** A string that carries JSON (a case export being imported): mutated inside, not only replaced. */
function embeddedJson(s: string): unknown {
  if (s.length < 3 || !/^[[{]/.test(s)) return undefined;
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}

function mutateInside(value: unknown, ids: string[], pick: number): unknown {
  const all = paths(value).filter((p) => p.length > 0);
  if (!all.length) return value;
  const path = all[pick % all.length];
  const root = clone(value);
  const parent = path.slice(0, -1).reduce<any>((o, k) => o?.[k], root);
  const last = path[path.length - 1];
  const next = Math.floor(pick / all.length);
  if (next % 5 === 0 && !Array.isArray(parent)) delete parent[last];
  else parent[last] = similar(parent[last], ids, next);
  return root;
}

function apply(sample: unknown, mutations: Mutation[], ids: string[]): unknown {
  let root: unknown = clone(sample);
  for (const m of mutations) {
    const all = paths(root);
    const path = all[m.where % all.length];
    const parent = path.length ? (path.slice(0, -1).reduce<any>((o, k) => o?.[k], root) as Record<string | number, unknown>) : null;
    const last = path[path.length - 1];
    const current = path.reduce<any>((o, k) => o?.[k], root);
    if (m.how === 'similar') {
      if (parent) parent[last] = similar(current, ids, m.pick);
      else root = similar(current, ids, m.pick);
    } else if (m.how === 'replace' || (!parent && m.how === 'remove')) {
      if (parent) parent[last] = m.value;
      else root = m.value;
    } else if (m.how === 'remove') {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent![last];
    } else if (m.how === 'add') {
      if (Array.isArray(current)) current.push(m.value);
      else if (current && typeof current === 'object') (current as Record<string, unknown>)[m.key] = m.value;
      else if (parent) parent[last] = m.value;
    } else if (m.how === 'wrap') {
      if (parent) parent[last] = [current];
      else root = [current];
    } else if (Array.isArray(current)) {
      current.push(clone(current[0]));
    }
  }
  return root;
}

/** The channel's own field names, with arbitrary values: past the "unknown field" check at least. */
function ownKeys(name: ChannelName): string[] {
  const schema = z.toJSONSchema(channels[name].input, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, unknown> };
  return Object.keys(schema.properties ?? {});
}

export function payloads(name: ChannelName, sample: unknown, ids: string[]): fc.Arbitrary<unknown> {
  const value = awkward(ids);
  const keys = ownKeys(name);
  const mutation = fc.record({
    where: fc.nat(),
    how: fc.constantFrom<Mutation['how']>('similar', 'similar', 'similar', 'similar', 'replace', 'replace', 'remove', 'add', 'wrap', 'duplicate'),
    value,
    pick: fc.nat(),
    key: fc.oneof(fc.constantFrom(...keys, 'surpriseField', '__proto__'), fc.string({ maxLength: 10 })),
  });
  const ownFields = keys.length ? fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: keys.length }) : fc.constant({});
  return fc.oneof(
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
    { weight: 1, arbitrary: fc.oneof(value, ownFields) },
    // Mostly one change, so that the rest of the sample still carries the payload past the schema.
    { weight: 4, arbitrary: fc.oneof({ weight: 3, arbitrary: fc.tuple(mutation) }, { weight: 1, arbitrary: fc.array(mutation, { minLength: 2, maxLength: 3 }) }).map((ms) => apply(sample, ms, ids)) },
  );
}

/**
 * Running as root, a fuzzed backup folder of "/x" would really be created: every absolute
 * path in a payload is moved under the test's own folder, keeping the rest of the string.
 */
export function sandboxPaths(value: unknown, root: string): unknown {
  if (typeof value === 'string') return isAbsolute(value) || /^([a-zA-Z]:|\\\\)/.test(value) ? join(root, value.replace(/^([a-zA-Z]:)/, '$1_')) : value;
  if (Array.isArray(value)) return value.map((v) => sandboxPaths(v, root));
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sandboxPaths(v, root)]));
  }
  return value;
}
