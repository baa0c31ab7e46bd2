import { useEffect, useState, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

/** '9.30', '09:30' or '0930' → '09:30'; anything else stays as typed (the schema then says so). */
export function parseTime(text: string): string {
  const m = /^\s*(\d{1,2})[:.]?(\d{2})\s*$/.exec(text);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return text.trim();
  return `${m[1].padStart(2, '0')}:${m[2]}`;
}

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & { value: string; onChange(value: string): void };

/** A time typed as 24-hour JJ:MM, the way field forms write it, whatever the browser's locale. */
export function TimeInput({ value, onChange, ...rest }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  useEffect(() => {
    if (parseTime(text) !== value) setText(value);
  }, [value]);
  return (
    <input
      {...rest}
      type="text"
      inputMode="numeric"
      placeholder={t('visit.timePlaceholder')}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        onChange(parseTime(e.target.value));
      }}
    />
  );
}
