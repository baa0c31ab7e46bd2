/**
 * Domain enums are stable slugs (stored in the database, used in the contract) with an
 * Indonesian label for reports and letters. UI text for them lives in renderer/i18n;
 * these labels are the canonical Indonesian names used outside the UI.
 */
export function defineEnum<const T extends readonly string[]>(values: T, labels: Record<T[number], string>) {
  return { values, labels, label: (v: T[number]) => labels[v] ?? v };
}
export type EnumValue<E extends { values: readonly string[] }> = E['values'][number];
