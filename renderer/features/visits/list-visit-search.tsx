import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/alert';
import { useCases } from '../../stores/cases';
import { useVisits } from '../../stores/visits';
import { specificEnough } from '../cases/resting-search';
import { SearchHits } from './search-hits';

/**
 * The case list's second section: visit notes matching the same search box, asked once the
 * typing rests (`rested`, see cases/resting-search.ts) so it never holds up the list, and
 * only for words of two letters or more.
 */
export function ListVisitSearch({ rested }: { rested: string | null }) {
  const { t } = useTranslation();
  const search = useCases((s) => (s.query.search ?? '').trim());
  const { listSearch, searchAll } = useVisits();
  useEffect(() => {
    if (rested !== null && specificEnough(rested)) void searchAll(rested);
  }, [rested, searchAll]);
  if (!search) return null;
  const current = listSearch.query === search;
  return (
    <section className="card visit-search-section" aria-labelledby="visit-search-title">
      <h2 id="visit-search-title">{t('visitSearch.title')}</h2>
      {!specificEnough(search) ? (
        <p className="muted">{t('visitSearch.tooShort')}</p>
      ) : current && listSearch.error ? (
        <ErrorAlert error={listSearch.error} />
      ) : !current || listSearch.hits === null ? (
        <p className="muted">{t('common.loading')}</p>
      ) : listSearch.hits.length === 0 ? (
        <p className="muted">{t('visitSearch.none', { query: search })}</p>
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
