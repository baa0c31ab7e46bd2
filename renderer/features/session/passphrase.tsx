import { useState, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';

type InputProps = Omit<ComponentProps<'input'>, 'type'> & { id: string; label: string };

/**
 * A passphrase box with a show/hide toggle (typing a long phrase blind is error-prone).
 * The toggle is a real button named for the field, so it is reachable and announced.
 */
export function PassphraseInput({ label, ...input }: InputProps) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  return (
    <div className="passphrase-input">
      <input type={shown ? 'text' : 'password'} spellCheck={false} autoCapitalize="off" autoCorrect="off" {...input} />
      <button
        type="button"
        className="button button-small"
        aria-pressed={shown}
        aria-controls={input.id}
        aria-label={shown ? t('session.hideNamed', { field: label }) : t('session.showNamed', { field: label })}
        onClick={() => setShown((s) => !s)}
      >
        {shown ? t('session.hide') : t('session.show')}
      </button>
    </div>
  );
}

export type Strength = 'empty' | 'short' | 'fair' | 'good' | 'strong';

/**
 * Length and words, never character classes: a long phrase of ordinary words is strong
 * and is never refused for lacking capitals or symbols. Only the contract's 10 characters
 * are a rule; the rest is advice.
 */
export function strengthOf(passphrase: string): Strength {
  const length = [...passphrase].length;
  const words = passphrase.trim().split(/\s+/).filter(Boolean).length;
  if (length === 0) return 'empty';
  if (length < 10) return 'short';
  if (words >= 4 || length >= 24) return 'strong';
  if (words >= 3 || length >= 16) return 'good';
  return 'fair';
}

/** The hint under a new passphrase, read out as it changes. */
export function StrengthHint({ passphrase }: { passphrase: string }) {
  const { t } = useTranslation();
  const s = strengthOf(passphrase);
  return (
    <span className={`strength strength-${s}`} aria-live="polite">
      {t(`session.strength.${s}`, { count: [...passphrase].length })}
    </span>
  );
}
