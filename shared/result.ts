/**
 * The one envelope every door returns. Handlers never throw across a door: the
 * dispatcher turns every outcome into one of these two shapes.
 */
export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'LOCKED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with one field; `path` is the dotted path into the input (`address.villageCode`). */
export interface FieldError {
  path: string;
  message: string;
}

export interface AppErrorBody {
  code: ErrorCode;
  message: string;
  fields?: FieldError[];
  /** Present on INTERNAL: a short id the user can quote; the full error is in the main log. */
  incidentId?: string;
  /** Optional structured detail, e.g. the id of the existing client on a NIK conflict. */
  details?: Record<string, string>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorBody };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: AppErrorBody): Result<never> => ({ ok: false, error });

/** Thrown inside the core to end a handler with a typed error; never crosses a door. */
export class AppError extends Error {
  readonly body: AppErrorBody;
  constructor(code: ErrorCode, message: string, extra: Omit<AppErrorBody, 'code' | 'message'> = {}) {
    super(message);
    this.name = 'AppError';
    this.body = { code, message, ...extra };
  }
}

/** A warning that does not block a save (e.g. a NIK whose encoded birth date differs). */
export interface Warning {
  code: string;
  path: string;
  message: string;
}
