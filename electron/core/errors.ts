import { AppError, type FieldError } from '../../shared/result';

/** A VALIDATION error about one field, found by the core (not by the schema). */
export const fieldError = (path: string, message: string) =>
  new AppError('VALIDATION', message, { fields: [{ path, message }] });

export const fieldErrors = (fields: FieldError[]) =>
  new AppError('VALIDATION', fields.map((f) => f.message).join(' '), { fields });

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} tidak ditemukan.`);

/** The record changed since the editor read it: reload rather than overwrite someone's work. */
export const staleVersion = (what: string) =>
  new AppError('CONFLICT', `${what} sudah diubah di tempat lain sejak dibuka. Muat ulang lalu ulangi perubahan Anda.`);
