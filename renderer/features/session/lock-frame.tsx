import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, setLanguage } from '../../i18n';
import '../../styles/session.css';

/** The frame of the screens shown before the data is open: name, language switch, content. */
export function LockFrame({ wide, children }: { wide?: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  const other = currentLanguage() === 'id' ? 'en' : 'id';
  return (
    <main className={`page page-narrow first-run lock-screen${wide ? ' wide' : ''}`} id="main">
      <div className="first-run-top">
        <span className="brand-name">{t('app.name')}</span>
        <button type="button" className="button button-quiet" lang={other} aria-label={t('app.switchLanguageLabel')} onClick={() => void setLanguage(other)}>
          {t('app.switchLanguage')}
        </button>
      </div>
      {children}
    </main>
  );
}
