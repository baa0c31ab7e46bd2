import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { paths } from '../../app/router';
import { ErrorAlert } from '../../components/alert';
import { useShallow } from 'zustand/react/shallow';
import { useCases, type CaseQuery } from '../../stores/cases';
import { WaitingClients, WaitingMatches, waitingHref } from '../clients/waiting-clients';
import { exportFilteredHref, useHashParams } from '../exports/hash-params';
import { CaseFilters } from './case-filters';
import { ListVisitSearch } from '../visits/list-visit-search';
import { CaseTable } from './case-table';
import { specificEnough, useRestingSearch } from './resting-search';
import { formatCount } from '../../components/format';

/**
 * Klien & Kasus: the case list, and beside it the clients who have no case yet (`?tampil=
 * tanpa-kasus`, e.g. just imported) — the case list cannot show them, and a search of the
 * case list points at those it also matches.
 */
export function CaseListPage() {
  const { t } = useTranslation();
  const refreshOnShow = useCases((s) => s.refreshOnShow);
  const narrowed = useCases((s) => isNarrowed(s.query));
  const params = useHashParams();
  const waiting = params.get('tampil') === 'tanpa-kasus';
  // Coming back to the list shows what changed meanwhile (a new case, a stage moved).
  useEffect(() => refreshOnShow(), [refreshOnShow]);

  return (
    <>
      <div className="page-head">
        <h1 tabIndex={-1}>{t('cases.title')}</h1>
        <div className="actions">
          {narrowed && !waiting && (
            <a className="button" href={exportFilteredHref}>
              {t('exporting.exportFiltered')}
            </a>
          )}
          <a className="button button-primary" href={paths.clientNew}>
            {t('client.register')}
          </a>
        </div>
      </div>
      <nav className="list-views" aria-label={t('waitingClients.viewsLabel')}>
        <a href={paths.cases} aria-current={waiting ? undefined : 'page'}>
          {t('waitingClients.viewCases')}
        </a>
        <a href={waitingHref()} aria-current={waiting ? 'page' : undefined}>
          {t('waitingClients.viewWaiting')}
        </a>
      </nav>
      {waiting ? <WaitingClients initialSearch={params.get('cari') ?? ''} /> : <CaseList />}
    </>
  );
}

function CaseList() {
  const { t, i18n } = useTranslation();
  // Only what the count line needs: the rows are the table's own subscription.
  const { total, totalCapped, totalGeneration, generation, listError, search, narrowed } = useCases(
    useShallow((s) => ({ total: s.total, totalCapped: s.totalCapped, totalGeneration: s.totalGeneration, generation: s.generation, listError: s.listError, search: (s.query.search ?? '').trim(), narrowed: isNarrowed(s.query) })),
  );
  const rested = useRestingSearch();
  const shown = total !== null && totalGeneration === generation;
  return (
    <>
      <CaseFilters />
      {listError && <ErrorAlert error={listError} />}
      {/* data-search: the search the count and rows shown belong to (the bench waits for it). */}
      <p className="count" role="status" aria-live="polite" data-search={shown ? search : undefined}>
        {total === null
          ? t('common.loading')
          : !shown
            ? t('cases.searching')
            : t(totalCapped ? 'cases.countMore' : 'cases.count', { count: total, n: formatCount(total, i18n.language) })}
      </p>
      {total === 0 && totalGeneration === generation ? (
        <div className="placeholder">
          <p>{narrowed ? t('cases.noneMatching') : t('cases.noneYet')}</p>
        </div>
      ) : (
        <CaseTable />
      )}
      {rested && specificEnough(rested) && <WaitingMatches search={rested} />}
      <ListVisitSearch rested={rested} />
    </>
  );
}

/** Whether the list shows fewer than all cases: a search or any filter. */
const isNarrowed = (q: CaseQuery) => Boolean(q.search || q.stage || q.status || q.cluster || q.ppksType || q.regionCode || q.workerId);
