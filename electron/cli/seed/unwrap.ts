/** Seeding goes through the core; a refusal there is a bug in the seed, so it stops loudly. */
export function unwrap<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
