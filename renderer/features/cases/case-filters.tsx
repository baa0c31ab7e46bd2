import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_SORTS } from '../../../shared/contract';
import { CASE_STATUS, CLUSTER, PPKS, STAGE } from '../../../shared/enums';
import { EnumOptions } from '../../components/enum-options';
import { useShallow } from 'zustand/react/shallow';
import { useCases, type CaseQuery } from '../../stores/cases';
import { useWorkers } from '../../stores/workers';
import { RegionPicker } from '../regions/region-picker';

/**
 * Search as you type, filters and sort of the case list. Every keystroke asks at once, with
 * no pause: the store keeps one first page on its way and asks for the newest query when it
 * answers, so fast typing never queues stale searches (target: keystroke to results ≤ 100 ms,
 * see npm run bench).
 */
export const CaseFilters = memo(function CaseFilters() {
  return (
    <div className="filters">
      <SearchField />
      <FilterFields />
    </div>
  );
});

/** The search box: its own state, so a keystroke draws the box and the list, not the filters. */
function SearchField() {
  const { t } = useTranslation();
  const setQuery = useCases((s) => s.setQuery);
  const [text, setText] = useState(() => useCases.getState().query.search ?? '');
  const type = (value: string) => {
    setText(value);
    // A space typed after a word changes nothing the core would find.
    if (value.trim() !== (useCases.getState().query.search ?? '').trim()) setQuery({ search: value });
  };
  return (
    <div className="field search-field">
      <label htmlFor="case-search">{t('cases.search')}</label>
      <input
        id="case-search"
        type="search"
        autoComplete="off"
        placeholder={t('cases.searchPlaceholder')}
        maxLength={100}
        value={text}
        onChange={(e) => type(e.target.value)}
      />
    </div>
  );
}

/** Filters and sort: drawn again only when one of them changes, not with every keystroke. */
function FilterFields() {
  const { t } = useTranslation();
  const setQuery = useCases((s) => s.setQuery);
  const query = useCases(useShallow(({ query: q }) => ({ stage: q.stage, status: q.status, cluster: q.cluster, ppksType: q.ppksType, regionCode: q.regionCode, workerId: q.workerId, sort: q.sort })));
  const workers = useWorkers((s) => s.workers) ?? [];
  const select = <K extends keyof typeof query>(key: K) => ({
    value: (query[key] as string | undefined) ?? '',
    onChange: (e: React.ChangeEvent<HTMLSelectElement>) => setQuery({ [key]: e.target.value || undefined } as Partial<CaseQuery>),
  });
  const filtered = Boolean(query.stage || query.status || query.cluster || query.ppksType || query.regionCode || query.workerId);

  return (
    <>
      <div className="filter-grid">
        <div className="field">
          <label htmlFor="filter-stage">{t('case.stage')}</label>
          <select id="filter-stage" {...select('stage')}>
            <EnumOptions kind="stage" values={STAGE.values} empty={t('cases.all')} />
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-status">{t('case.status')}</label>
          <select id="filter-status" {...select('status')}>
            <EnumOptions kind="status" values={CASE_STATUS.values} empty={t('cases.all')} />
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-cluster">{t('case.cluster')}</label>
          <select id="filter-cluster" {...select('cluster')}>
            <EnumOptions kind="cluster" values={CLUSTER.values} empty={t('cases.all')} />
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-ppks">{t('case.ppksType')}</label>
          <select id="filter-ppks" {...select('ppksType')}>
            <EnumOptions kind="ppks" values={PPKS.values} empty={t('cases.all')} />
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-worker">{t('case.worker')}</label>
          <select id="filter-worker" {...select('workerId')}>
            <option value="">{t('cases.all')}</option>
            {workers.map((w) => (
              <option key={w.id} value={w.id}>
                {w.name}
              </option>
            ))}
          </select>
        </div>
        <RegionPicker idPrefix="filter-region" value={query.regionCode ?? null} onChange={(c) => setQuery({ regionCode: c ?? undefined })} depth={2} emit="deepest" />
        <div className="field">
          <label htmlFor="case-sort">{t('cases.sort')}</label>
          <select id="case-sort" {...select('sort')}>
            {CASE_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`cases.sorts.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {filtered && (
        <button
          type="button"
          className="button button-small"
          onClick={() => setQuery({ stage: undefined, status: undefined, cluster: undefined, ppksType: undefined, regionCode: undefined, workerId: undefined })}
        >
          {t('cases.clearFilters')}
        </button>
      )}
    </>
  );
}
