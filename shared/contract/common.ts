import { z } from 'zod';

// Indonesian first: zod's own messages (wrong type, missing field) speak Indonesian unless
// the renderer switches to English.
z.config(z.locales.id());

/** Every input is an object with bounded strings: nothing unbounded reaches the core. */
export const id = z.ulid({ error: 'ID tidak sah.' });
export const isoDate = z.iso.date({ error: 'Tanggal harus berformat YYYY-MM-DD.' });
export const text = (max: number) => z.string().trim().max(max, { error: `Paling banyak ${max} karakter.` });
export const requiredText = (max: number, label: string) =>
  z.string({ error: `${label} wajib diisi.` }).trim().min(1, { error: `${label} wajib diisi.` }).max(max, { error: `Paling banyak ${max} karakter.` });
/** Optional free text: empty strings become null so the store never keeps "". */
export const optionalText = (max: number) =>
  text(max).nullable().optional().transform((v) => (v === undefined || v === '' ? null : v));
/** An optional field that is stored as null when absent. */
export const nullable = <T extends z.ZodType>(s: T) =>
  s.nullable().optional().transform((v) => (v ?? null) as z.output<T> | null);

/** Optimistic concurrency: the version the editor started from; a newer one is a CONFLICT. */
export const version = z.int({ error: 'Versi harus bilangan bulat.' }).min(1);

export const paging = {
  offset: z.int().min(0).max(10_000_000).default(0),
  limit: z.int().min(1).max(500).default(100),
};

/** Uniqueness for multi-selects, with the duplicate named. */
export const uniqueList = <T extends z.ZodType<string>>(item: T, max: number) =>
  z.array(item).max(max).refine((a) => new Set(a).size === a.length, { error: 'Ada pilihan yang terulang.' });

/** A channel definition: its input schema, whether it changes data, and (as a type) its result. */
export interface ChannelDef<S extends z.ZodType = z.ZodType, R = unknown> {
  input: S;
  mutates: boolean;
  summary: string;
  /** Type-only carrier of the result type; always undefined at run time. */
  result?: R;
}

export const channel =
  <R>() =>
  <S extends z.ZodType>(input: S, mutates: boolean, summary: string): ChannelDef<S, R> => ({ input, mutates, summary });

/** Inputs that take no fields still must be an object (or nothing), never null or an array. */
export const empty = z.strictObject({}).optional().transform(() => ({}));
