import { useEffect, useState, type InputHTMLAttributes, type Ref } from 'react';
import { Controller, type Control, type FieldValues, type Path, type UseControllerProps } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formatDate } from './format';

/** 'DD-MM-YYYY' (also with / or .) → 'YYYY-MM-DD'; anything else stays as typed. */
export function parseDmy(text: string): string {
  const m = /^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$/.exec(text);
  if (!m) return text.trim();
  return `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
}

/** What the field shows for the form's value: an ISO date as DD-MM-YYYY, anything else as it was typed. */
const shown = (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : value);

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  /** ISO 'YYYY-MM-DD', or what was typed when it is not a date (the schema then says so). */
  value: string;
  onChange(value: string): void;
  ref?: Ref<HTMLInputElement>;
};

/**
 * A date typed the way Indonesian forms write it, DD-MM-YYYY, whatever the browser's locale
 * (a native date input shows MM/DD/YYYY on an English system). The form holds ISO dates.
 */
export function DateInput({ value, onChange, ...rest }: Props) {
  const { t } = useTranslation();
  // A partial date kept from before (a draft across a lock) shows as typed, not reversed.
  const [text, setText] = useState(() => shown(value));
  // A value set from outside (e.g. "use the NIK's birth date") replaces the text.
  useEffect(() => {
    if (parseDmy(text) !== value) setText(shown(value));
    // Only outside changes of `value` matter here; typing already keeps both in step.
  }, [value]);
  return (
    <input
      {...rest}
      type="text"
      inputMode="numeric"
      placeholder={t('date.placeholder')}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        onChange(parseDmy(e.target.value));
      }}
    />
  );
}

type FormDateProps<T extends FieldValues> = Omit<Props, 'value' | 'onChange' | 'ref' | 'name'> & {
  // The form's own control, whatever its parsed (resolver output) type.
  control: Control<T, any, any>;
  name: Path<T>;
  rules?: UseControllerProps<T>['rules'];
};

/** A DateInput bound to a react-hook-form field: its value, changes, blur, and focus when it is wrong. */
export function FormDateInput<T extends FieldValues>({ control, name, rules, ...rest }: FormDateProps<T>) {
  return (
    <Controller
      control={control}
      name={name}
      rules={rules}
      render={({ field }) => <DateInput {...rest} name={field.name} value={field.value} onChange={field.onChange} onBlur={field.onBlur} ref={field.ref} />}
    />
  );
}
