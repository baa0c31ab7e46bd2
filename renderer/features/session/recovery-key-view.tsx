import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { formatLongDate, todayIn } from '../../components/format';
import { useSettings } from '../../stores/settings';
import '../../styles/session.css';

/** '7K2QM4XH9A…' or '7K2QM-4XH9A-…' → its five groups as printed. */
export function keyGroups(key: string): string[] {
  const plain = key.replace(/[\s-]/g, '').toUpperCase();
  return plain.match(/.{1,5}/g) ?? [];
}

interface Props {
  recoveryKey: string;
  onDone(): void;
  doneLabel?: string;
  /** The heading level: a screen of its own (h1) or a section of Settings (h3). */
  heading?: 'h1' | 'h3';
}

/**
 * A recovery key, shown once: large monospace groups, a Print button (the print sheet holds
 * only the key, the office and the date) and a tick that it was kept before going on.
 */
export function RecoveryKeyView({ recoveryKey, onDone, doneLabel, heading: H = 'h1' }: Props) {
  const { t, i18n } = useTranslation();
  const { settings, load } = useSettings();
  const [kept, setKept] = useState(false);
  const [refused, setRefused] = useState(false);
  const checkbox = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const id = useId();
  const groups = keyGroups(recoveryKey);

  useEffect(() => {
    if (!settings) void load();
  }, [settings, load]);
  // Only the sheet prints while a key is on screen, whether by the button or Ctrl+P.
  useEffect(() => {
    document.body.classList.add('print-recovery');
    headingRef.current?.focus();
    return () => document.body.classList.remove('print-recovery');
  }, []);

  const done = () => {
    if (!kept) {
      setRefused(true);
      return checkbox.current?.focus();
    }
    onDone();
  };

  const today = formatLongDate(todayIn(settings?.timeZone ?? 'Asia/Jakarta'), i18n.language);
  return (
    <div className="recovery-key">
      <H tabIndex={-1} ref={headingRef}>
        {t('session.key.title')}
      </H>
      <p>{t('session.key.intro')}</p>
      <p>
        <strong>{t('session.key.keep')}</strong>
      </p>
      <p className="visually-hidden" id={`${id}-label`}>
        {t('session.key.label')}
      </p>
      <p className="recovery-groups mono" aria-labelledby={`${id}-label`} data-testid="recovery-key">
        {groups.map((g, i) => (
          <span key={i} className="recovery-group">
            {g}
          </span>
        ))}
      </p>
      <div className="actions">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('session.key.print')}
        </button>
      </div>
      <div className={`field${refused && !kept ? ' has-error' : ''}`}>
        <label className="check">
          <input
            ref={checkbox}
            type="checkbox"
            checked={kept}
            aria-invalid={refused && !kept ? true : undefined}
            aria-describedby={refused && !kept ? `${id}-error` : undefined}
            onChange={(e) => setKept(e.target.checked)}
          />
          {t('session.key.confirm')}
        </label>
        {refused && !kept && (
          <div className="field-error" id={`${id}-error`}>
            <p>{t('session.key.confirmFirst')}</p>
          </div>
        )}
      </div>
      <div className="actions">
        <button type="button" className="button button-primary" onClick={done}>
          {doneLabel ?? t('session.key.continue')}
        </button>
      </div>
      {createPortal(
        <div className="recovery-sheet" aria-hidden="true">
          <h1>{t('session.key.sheetTitle')}</h1>
          <p className="recovery-sheet-key mono">{groups.join('-')}</p>
          <dl>
            <dt>{t('session.key.sheetOffice')}</dt>
            <dd>{settings?.officeName ?? ''}</dd>
            <dt>{t('session.key.sheetDate')}</dt>
            <dd>{today}</dd>
          </dl>
          <p>{t('session.key.sheetNote')}</p>
        </div>,
        document.body,
      )}
    </div>
  );
}
