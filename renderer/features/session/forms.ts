import { i18n } from '../../i18n';

/**
 * The refine for a new passphrase typed twice (`schema.refine(...repeated('a', 'b'))`):
 * the second box must match. It runs even while other fields still have problems, so every
 * message shows at once.
 */
export function repeated<T extends Record<string, unknown>>(field: keyof T & string, repeat: keyof T & string) {
  const params: { path: PropertyKey[]; error: () => string; when: (p: { value: unknown }) => boolean } = {
    path: [repeat],
    error: () => i18n.t('session.mismatch'),
    when: (p) => {
      const v = p.value as Record<string, unknown> | undefined;
      return typeof v?.[field] === 'string' && typeof v?.[repeat] === 'string';
    },
  };
  return [(v: T) => v[field] === v[repeat], params] as const;
}
