import { useState } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { LetterSettings } from '../../../shared/contract';
import { GroupError } from '../../components/field';
import type { LetterSettingsValues } from './letter-settings-values';

const readDataUrl = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });

/**
 * The letterhead logo as a data: URL. The file is read as it is; whether it really is a PNG
 * or JPEG is for the schema (its type) and the core (its content) to say, beside this field.
 */
export function LogoField({ form }: { form: UseFormReturn<LetterSettingsValues, unknown, LetterSettings> }) {
  const { t } = useTranslation();
  const logo = useWatch({ control: form.control, name: 'logo' });
  const error = form.formState.errors.logo?.message;
  const [inputKey, setInputKey] = useState(0);
  const choose = async (file: File | undefined) => {
    if (!file) return;
    form.setValue('logo', await readDataUrl(file), { shouldDirty: true, shouldValidate: true });
  };
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor="letter-logo">{t('letterSettings.logo')}</label>
      <div className="logo-preview">
        {logo ? <img src={logo} alt={t('letterSettings.logoAlt')} /> : <span className="muted">{t('letterSettings.logoNone')}</span>}
        <input
          key={inputKey}
          id="letter-logo"
          type="file"
          accept="image/png,image/jpeg"
          aria-invalid={error ? true : undefined}
          aria-describedby={['letter-logo-hint', error ? 'letter-logo-error' : ''].join(' ').trim()}
          onChange={(e) => void choose(e.target.files?.[0])}
        />
        {logo && (
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              form.setValue('logo', null, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
              setInputKey((k) => k + 1);
            }}
          >
            {t('letterSettings.logoRemove')}
          </button>
        )}
      </div>
      <div className="hint" id="letter-logo-hint">
        {t('letterSettings.logoHint')}
      </div>
      <GroupError id="letter-logo-error" error={error} />
    </div>
  );
}
