import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VisitSearchHit } from '../../../shared/contract';
import type { AppErrorBody } from '../../../shared/result';
import { ErrorAlert } from '../../components/alert';
import { searchCase } from '../../stores/visits';
import { SearchHits } from './search-hits';

const DELAY_MS = 200;

/** Full-text search of this case's visit notes, as you type. */
export function CaseVisitSearch({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [result, setResult] = useState<{ query: string; hits: VisitSearchHit[] } | { query: string; error: AppErrorBody } | null>(null);
  useEffect(() => {
    const q = text.trim();
    if (!q) return setResult(null);
    let live = true;
    const timer = setTimeout(() => {
      void searchCase(caseId, q).then((r) => live && setResult(r.ok ? { query: q, hits: r.value } : { query: q, error: r.error }));
    }, DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text, caseId]);

  return (
    <div className="case-search">
      <div className="field">
        <label htmlFor="case-visit-search">{t('visitSearch.inCase')}</label>
        <input id="case-visit-search" type="search" autoComplete="off" maxLength={100} placeholder={t('visitSearch.placeholder')} value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      {result && 'error' in result && <ErrorAlert error={result.error} />}
      {result && 'hits' in result && (
        <div className="case-search-results" role="region" aria-label={t('visitSearch.resultsLabel')}>
          <p className="count" role="status">
            {t('visitSearch.count', { count: result.hits.length, query: result.query })}
          </p>
          <SearchHits hits={result.hits} showCase={false} />
        </div>
      )}
    </div>
  );
}
