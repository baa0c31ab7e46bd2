import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/alert';
import { useCases } from '../../stores/cases';
import { useVisits } from '../../stores/visits';
import { SearchHits } from './search-hits';

/** The case list's second section: visit notes matching the same search box. */
export function ListVisitSearch() {
  const { t } = useTranslation();
  const search = useCases((s) => s.query.search ?? '');
  const { listSearch, searchAll } = useVisits();
  useEffect(() => {
    void searchAll(search);
  }, [search, searchAll]);
  if (!search.trim()) return null;
  return (
    <section className="card visit-search-section" aria-labelledby="visit-search-title">
      <h2 id="visit-search-title">{t('visitSearch.title')}</h2>
      {listSearch.error && <ErrorAlert error={listSearch.error} />}
      {listSearch.hits === null ? (
        <p className="muted">{t('common.loading')}</p>
      ) : listSearch.hits.length === 0 ? (
        <p className="muted">{t('visitSearch.none', { query: search.trim() })}</p>
      ) : (
        <>
          <p className="count" role="status">
            {t('visitSearch.count', { count: listSearch.hits.length, query: listSearch.query })}
          </p>
          <SearchHits hits={listSearch.hits} showCase />
        </>
      )}
    </section>
  );
}
