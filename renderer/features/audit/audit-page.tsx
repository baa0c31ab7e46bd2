import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading } from '../../components/alert';
import { useAudit } from '../../stores/audit';
import { AuditFilters } from './audit-filters';
import { AuditTable } from './audit-table';
import { VerifySection } from './verify-section';
import './audit.css';

/** Jejak Audit (koordinator and admin): the trail, filtered and paged, and the chain check. */
export function AuditPage() {
  const { t } = useTranslation();
  const { entries, next, error, loadingMore, load, loadMore } = useAudit();
  useEffect(() => {
    void load();
  }, [load]);
  // A refused date range is shown beside its field (AuditFilters), not as a page error.
  const pageError = error && !(error.code === 'VALIDATION' && error.fields?.length) ? error : null;

  return (
    <>
      <h1 tabIndex={-1}>{t('audit.title')}</h1>
      <p className="lead">{t('audit.lead')}</p>
      <VerifySection />
      <AuditFilters />
      {pageError && <ErrorAlert error={pageError} />}
      {entries === null ? (
        !error && <Loading />
      ) : (
        <>
          <p className="count" role="status">
            {entries.length === 0 ? t('audit.none') : t('audit.shown', { count: entries.length })}
          </p>
          {entries.length > 0 && <AuditTable entries={entries} />}
          {next !== null ? (
            <button type="button" className="button" onClick={() => void loadMore()} disabled={loadingMore}>
              {loadingMore ? t('audit.loadingMore') : t('audit.more')}
            </button>
          ) : (
            entries.length > 0 && <p className="muted small">{t('audit.end')}</p>
          )}
        </>
      )}
    </>
  );
}
