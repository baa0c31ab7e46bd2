import { useTranslation } from 'react-i18next';
import { Field, fieldAria } from '../../components/field';

interface Props {
  /** Ids `${idPrefix}-password` and `${idPrefix}-password-confirm` (errors and focus use them). */
  idPrefix: string;
  hint: string;
  password: string;
  confirm: string;
  onPassword(v: string): void;
  onConfirm(v: string): void;
  errors: { password?: string; confirm?: string };
}

/** A new password for a sealed file, typed twice (it cannot be recovered later). */
export function PasswordFields({ idPrefix, hint, password, confirm, onPassword, onConfirm, errors }: Props) {
  const { t } = useTranslation();
  const id = `${idPrefix}-password`;
  return (
    <div className="grid-2 password-grid">
      <Field id={id} label={t('exporting.password')} error={errors.password} hint={hint} required>
        <input type="password" autoComplete="new-password" maxLength={200} value={password} onChange={(e) => onPassword(e.target.value)} {...fieldAria(id, errors.password, true)} />
      </Field>
      <Field id={`${id}-confirm`} label={t('exporting.passwordConfirm')} error={errors.confirm} required>
        <input type="password" autoComplete="new-password" maxLength={200} value={confirm} onChange={(e) => onConfirm(e.target.value)} {...fieldAria(`${id}-confirm`, errors.confirm)} />
      </Field>
    </div>
  );
}
