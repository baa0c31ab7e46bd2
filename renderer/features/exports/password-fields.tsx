import { useTranslation } from 'react-i18next';
import { Field, fieldAria } from '../../components/field';

interface Props {
  password: string;
  confirm: string;
  onPassword(v: string): void;
  onConfirm(v: string): void;
  errors: { password?: string; confirm?: string };
}

/** A new password for a sealed export, typed twice (it cannot be recovered later). */
export function PasswordFields({ password, confirm, onPassword, onConfirm, errors }: Props) {
  const { t } = useTranslation();
  return (
    <div className="grid-2 password-grid">
      <Field id="export-password" label={t('exporting.password')} error={errors.password} hint={t('exporting.passwordHint')} required>
        <input type="password" autoComplete="new-password" maxLength={200} value={password} onChange={(e) => onPassword(e.target.value)} {...fieldAria('export-password', errors.password, true)} />
      </Field>
      <Field id="export-password-confirm" label={t('exporting.passwordConfirm')} error={errors.confirm} required>
        <input type="password" autoComplete="new-password" maxLength={200} value={confirm} onChange={(e) => onConfirm(e.target.value)} {...fieldAria('export-password-confirm', errors.confirm)} />
      </Field>
    </div>
  );
}
