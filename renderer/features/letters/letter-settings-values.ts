import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldError, FieldErrors, Resolver, UseFormSetError } from 'react-hook-form';
import { LETTER_NUMBER_PLACEHOLDERS, LetterSettingsInput, templateProblems, type LetterSettings } from '../../../shared/contract';
import type { AppErrorBody } from '../../../shared/result';
import { i18n } from '../../i18n';
import { translateServerMessage } from '../../i18n/server-messages';

/** The three lists are edited as text, one item per line. */
export const LIST_FIELDS = ['agencyLines', 'tembusan', 'referralDocuments'] as const;
type ListField = (typeof LIST_FIELDS)[number];

export interface LetterSettingsValues extends Omit<LetterSettings, ListField | 'phone' | 'email' | 'website' | 'signer'> {
  agencyLines: string;
  tembusan: string;
  referralDocuments: string;
  phone: string;
  email: string;
  website: string;
  signer: { position: string; name: string; rank: string; nip: string };
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function toValues(s: LetterSettings): LetterSettingsValues {
  return {
    ...s,
    agencyLines: s.agencyLines.join('\n'),
    tembusan: s.tembusan.join('\n'),
    referralDocuments: s.referralDocuments.join('\n'),
    phone: s.phone ?? '',
    email: s.email ?? '',
    website: s.website ?? '',
    signer: { position: s.signer.position, name: s.signer.name, rank: s.signer.rank ?? '', nip: s.signer.nip ?? '' },
  };
}

export function toInput(v: LetterSettingsValues): unknown {
  return {
    ...v,
    agencyLines: lines(v.agencyLines),
    tembusan: lines(v.tembusan),
    referralDocuments: lines(v.referralDocuments),
    margins: { top: Number(v.margins.top), right: Number(v.margins.right), bottom: Number(v.margins.bottom), left: Number(v.margins.left) },
  };
}

const lineMessage = (line: number, message: string) =>
  i18n.t('letterSettings.lineError', { line, message: translateServerMessage(message, i18n.language) });

/** A list's errors (on the list, or on its items) as one error of its text field, every message kept. */
function flattenList(err: unknown): FieldError | undefined {
  if (!err || typeof err !== 'object') return undefined;
  const messages: string[] = [];
  const node = err as Record<string, unknown> & { message?: unknown; root?: { message?: string } };
  if (typeof node.message === 'string') messages.push(node.message);
  if (node.root?.message) messages.push(node.root.message);
  for (const [k, v] of Object.entries(node)) {
    if (/^\d+$/.test(k) && v && typeof v === 'object' && typeof (v as { message?: unknown }).message === 'string') {
      messages.push(lineMessage(Number(k) + 1, (v as { message: string }).message));
    }
  }
  if (!messages.length) return undefined;
  return { type: 'list', message: messages[0], types: Object.fromEntries(messages.map((m, i) => [`m${i}`, m])) };
}

const base = zodResolver(LetterSettingsInput);

export const letterSettingsResolver: Resolver<LetterSettingsValues, unknown, LetterSettings> = async (values, context, options) => {
  const r = (await base(toInput(values) as never, context, options as never)) as { values: unknown; errors: FieldErrors<LetterSettingsValues> };
  if (!Object.keys(r.errors).length) return r as never;
  const errors = r.errors as Record<string, unknown>;
  for (const f of LIST_FIELDS) {
    const flat = flattenList(errors[f]);
    if (flat) errors[f] = flat;
    else delete errors[f];
  }
  return { values: {}, errors } as never;
};

/** The server's field errors beside their fields (list items on their text field). Returns true when all found one. */
export function applyLetterServerErrors(error: AppErrorBody, setError: UseFormSetError<LetterSettingsValues>): boolean {
  if (!error.fields?.length) return false;
  const known = new Set(['address', 'phone', 'email', 'website', 'logo', 'place', 'numberTemplate', 'classificationCode', 'unitCode', 'signer', 'bodyTemplate', 'closing', 'paper', 'margins', ...LIST_FIELDS]);
  let all = true;
  const lists: Partial<Record<ListField, string[]>> = {};
  for (const f of error.fields) {
    const [head, index] = f.path.split('.');
    if (!known.has(head)) {
      all = false;
      continue;
    }
    if ((LIST_FIELDS as readonly string[]).includes(head)) {
      const list = (lists[head as ListField] ??= []);
      list.push(index !== undefined && /^\d+$/.test(index) ? lineMessage(Number(index) + 1, f.message) : f.message);
    } else setError(f.path as never, { type: 'server', message: f.message });
  }
  for (const [f, messages] of Object.entries(lists)) {
    setError(f as ListField, { type: 'server', message: messages[0], types: Object.fromEntries(messages.map((m, i) => [`m${i}`, m])) });
  }
  return all;
}

/** What the number template gives for the first letter of this year, or null while it has problems. */
export function numberExample(template: string, kode: string, unit: string): string | null {
  if (templateProblems(template, LETTER_NUMBER_PLACEHOLDERS).length) return null;
  const now = new Date();
  const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
  return template.replace(/\{([a-z_]+)(?::(\d))?\}/g, (_, name: string, width?: string) => {
    if (name === 'nomor') return '1'.padStart(Number(width ?? 1), '0');
    if (name === 'tahun') return String(now.getFullYear());
    if (name === 'bulan') return String(now.getMonth() + 1).padStart(2, '0');
    if (name === 'bulan_romawi') return roman[now.getMonth()];
    if (name === 'kode') return kode;
    return unit;
  });
}
