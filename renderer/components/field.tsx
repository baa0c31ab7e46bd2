import type { ReactNode } from 'react';
import { useServerText } from '../i18n/server-messages';

/** aria attributes tying a control to its hint and error text. */
export function fieldAria(id: string, error?: string, hint?: boolean) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy || undefined };
}

interface FieldProps {
  id: string;
  label: string;
  error?: string;
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
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {st(error)}
        </p>
      )}
    </div>
  );
}

/** The error of a group of checkboxes or radios, shown under its legend. */
export function GroupError({ id, error }: { id: string; error?: string }) {
  const st = useServerText();
  return error ? (
    <p className="field-error" id={id}>
      {st(error)}
    </p>
  ) : null;
}
