import type { z } from 'zod';
import type { AppErrorBody, FieldError } from '../result';

/** Turns a zod error into the envelope's VALIDATION error, one entry per field path. */
export function validationError(error: z.ZodError, what = 'Data'): AppErrorBody {
  const fields: FieldError[] = error.issues.map((i) => ({
    path: i.path.map(String).join('.'),
    message: i.message,
  }));
  const first = fields[0];
  const detail = first ? first.message.replace(/\.$/, '') : '';
  const where = first?.path ? ` (${first.path}: ${detail})` : first ? ` (${detail})` : '';
  const more = fields.length > 1 ? ` dan ${fields.length - 1} masalah lain` : '';
  return { code: 'VALIDATION', message: `${what} tidak sah${where}${more}.`, fields };
}
