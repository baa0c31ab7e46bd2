import type { ReactNode } from 'react';
import { useServerText } from '../i18n/server-messages';

/** aria attributes tying a control to its hint and error text. */
export function fieldAria(id: string, error?: string | string[], hint?: boolean) {
  const has = Boolean(error && error.length);
  const describedBy = [hint ? `${id}-hint` : null, has ? `${id}-error` : null].filter(Boolean).join(' ');
  return { id, 'aria-invalid': has ? true : undefined, 'aria-describedby': describedBy || undefined };
}

/** Every message of a field error (react-hook-form with criteriaMode 'all' keeps them in `types`). */
export function allMessages(error: { message?: string; types?: Record<string, unknown> } | undefined): string[] {
  if (!error) return [];
  const fromTypes = Object.values(error.types ?? {}).flatMap((v) => (Array.isArray(v) ? v : [v])).filter((v): v is string => typeof v === 'string');
  return [...new Set(fromTypes.length ? fromTypes : error.message ? [error.message] : [])];
}

interface FieldProps {
  id: string;
  label: string;
  /** One message, or several when a rule finds more than one problem (a template). */
  error?: string | string[];
  hint?: ReactNode;
  required?: boolean;
  className?: string;
  children: ReactNode;
}

/** A label, its control, an optional hint and the error beside it. */
export function Field({ id, label, error, hint, required, className, children }: FieldProps) {
  const st = useServerText();
  return (
    <div className={`field${error ? ' has-error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && <span className="required" aria-hidden="true"> *</span>}
      </label>
      {children}
      {hint && (
        <div className="hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && error.length > 0 && (
        <div className="field-error" id={`${id}-error`}>
          {(Array.isArray(error) ? error : [error]).map((m) => (
            <p key={m}>{st(m)}</p>
          ))}
        </div>
      )}
    </div>
  );
}

/** The error of a group of checkboxes or radios, shown under its legend. */
export function GroupError({ id, error }: { id: string; error?: string }) {
  const st = useServerText();
  return error ? (
    <div className="field-error" id={id}>
      <p>{st(error)}</p>
    </div>
  ) : null;
}
