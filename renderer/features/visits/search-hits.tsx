import { useTranslation } from 'react-i18next';
import type { VisitSearchHit } from '../../../shared/contract';
import { paths } from '../../app/router';
import { formatDateTime } from '../../components/format';
import { useTimeZone } from '../../stores/settings';
import { Highlighted } from './highlight';

/** Visit notes that matched, newest first: when, which case, and the words in context. */
export function SearchHits({ hits, showCase }: { hits: VisitSearchHit[]; showCase: boolean }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  return (
    <ol className="search-hits">
      {hits.map((h) => (
        <li key={h.visitId} className="search-hit">
          <p className="search-hit-head">
            {showCase && (
              <>
                <a href={paths.case(h.caseId)}>{h.clientName}</a> <span className="muted">· {t('visitSearch.caseNumber', { number: h.caseNumber })} · </span>
              </>
            )}
            <time className="muted" dateTime={h.visitedAt}>
              {formatDateTime(h.visitedAt, timeZone)}
            </time>
          </p>
          <p className="search-snippet">
            <Highlighted snippet={h.snippet} />
          </p>
        </li>
      ))}
    </ol>
  );
}
