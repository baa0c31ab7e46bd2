import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorBody } from '../../shared/result';
import { useServerText } from '../i18n/server-messages';

/** A problem or notice for the whole page or form, announced to screen readers. */
export function Alert({ kind = 'error', title, children }: { kind?: 'error' | 'warning' | 'success' | 'info'; title?: string; children?: ReactNode }) {
  return (
    <div className={`alert alert-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {title && <p className="alert-title">{title}</p>}
      {children}
    </div>
  );
}

/** An envelope error as a sentence, with the incident id to quote when there is one. */
export function ErrorAlert({ error, children }: { error: AppErrorBody; children?: ReactNode }) {
  const { t } = useTranslation();
  const st = useServerText();
  return (
    <Alert kind="error" title={t(`errorCode.${error.code}`)}>
      <p>{st(error.message)}</p>
      {children}
    </Alert>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('common.loading')}
    </p>
  );
}
