import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientSearchRow } from '../../../shared/contract';
import { paths } from '../../app/router';
import { ErrorAlert, Loading } from '../../components/alert';
import { useEnumLabel } from '../../components/enum-options';
import { formatDate, formatDateTime, regionName, formatCount } from '../../components/format';
import { TableHead } from '../../components/table-head';
import { useTimeZone } from '../../stores/settings';
import { useWaitingClients, waitingMatches } from '../../stores/waiting-clients';
import './waiting-clients.css';

const SEARCH_DELAY_MS = 120;
export const waitingHref = (search?: string) => `${paths.cases}?tampil=tanpa-kasus${search ? `&cari=${encodeURIComponent(search)}` : ''}`;

/**
 * "Klien tanpa kasus": registered (often imported) clients with no case yet, found by name
 * or NIK; each opens on its client page, or straight into a new case for them.
 */
export function WaitingClients({ initialSearch }: { initialSearch: string }) {
  const { t, i18n } = useTranslation();
  const { search, rows, total, error, setSearch, more } = useWaitingClients();
  const [text, setText] = useState(initialSearch);
  const fmt = (v: number) => formatCount(v, i18n.language);

  // Arriving (or coming back) always asks again: a case may have been opened meanwhile.
  useEffect(() => setSearch(initialSearch), [initialSearch, setSearch]);
  useEffect(() => {
    if (text === search) return;
    const timer = setTimeout(() => setSearch(text), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, search, setSearch]);

  return (
    <section aria-labelledby="waiting-title">
      <h2 id="waiting-title" className="visually-hidden">
        {t('waitingClients.title')}
      </h2>
      <p className="hint">{t('waitingClients.intro')}</p>
      <div className="filters">
        <div className="field search-field">
          <label htmlFor="waiting-search">{t('waitingClients.search')}</label>
          <input id="waiting-search" type="search" autoComplete="off" placeholder={t('waitingClients.searchPlaceholder')} maxLength={100} value={text} onChange={(e) => setText(e.target.value)} />
        </div>
      </div>
      {error && <ErrorAlert error={error} />}
      <p className="count" role="status" aria-live="polite">
        {total === null ? t('common.loading') : search ? t('waitingClients.countMatching', { count: total, n: fmt(total) }) : t('waitingClients.count', { count: total, n: fmt(total) })}
      </p>
      {rows === null ? (
        !error && <Loading />
      ) : rows.length === 0 ? (
        <div className="placeholder">
          <p>{search ? t('waitingClients.noneMatching') : t('waitingClients.none')}</p>
        </div>
      ) : (
        <WaitingTable rows={rows} />
      )}
      {rows && total !== null && rows.length < total && (
        <button type="button" className="button" onClick={() => void more()}>
          {t('waitingClients.more', { count: Math.min(100, total - rows.length) })}
        </button>
      )}
    </section>
  );
}

function WaitingTable({ rows }: { rows: ClientSearchRow[] }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const timeZone = useTimeZone();
  return (
    <div className="table-scroll">
      <table className="table" aria-label={t('waitingClients.tableLabel')}>
        <TableHead
          columns={[
            t('waitingClients.colName'),
            t('waitingClients.colNik'),
            t('waitingClients.colSex'),
            t('waitingClients.colBirth'),
            t('waitingClients.colVillage'),
            t('waitingClients.colCreated'),
          ]}
          actions="hidden"
        />
        <tbody>
          {rows.map((c) => (
            <tr key={c.id}>
              <td>
                <a href={paths.client(c.id)}>{c.name}</a>
              </td>
              <td className="mono">{c.nik ?? '—'}</td>
              <td>{label('sex', c.sex)}</td>
              <td>{formatDate(c.birthDate) || '—'}</td>
              <td>{c.villageName ? regionName(c.villageName) : '—'}</td>
              <td>{formatDateTime(c.createdAt, timeZone)}</td>
              <td>
                <a className="button button-small" href={paths.caseNew(c.id)} aria-label={t('waitingClients.openCaseFor', { name: c.name })}>
                  {t('waitingClients.openCase')}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Under a case-list search: the clients without a case it also matches (they have no row above). */
export function WaitingMatches({ search }: { search: string }) {
  const { t, i18n } = useTranslation();
  const [found, setFound] = useState<{ search: string; rows: ClientSearchRow[]; total: number } | null>(null);
  useEffect(() => {
    if (!search.trim()) return setFound(null);
    let live = true;
    const timer = setTimeout(() => void waitingMatches(search).then((r) => live && setFound(r && { search, ...r })), SEARCH_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [search]);
  if (!found || found.search !== search || found.total === 0) return null;
  const n = formatCount(found.total, i18n.language);
  return (
    <aside className="subcard waiting-matches" aria-labelledby="waiting-matches-title">
      <h2 id="waiting-matches-title">
        {t('waitingClients.matches', { count: found.total, n })}
      </h2>
      <ul>
        {found.rows.map((c) => (
          <li key={c.id}>
            <a href={paths.client(c.id)}>{c.name}</a>
            {c.nik && <span className="muted mono"> {c.nik}</span>}{' '}
            <a className="button button-small" href={paths.caseNew(c.id)} aria-label={t('waitingClients.openCaseFor', { name: c.name })}>
              {t('waitingClients.openCase')}
            </a>
          </li>
        ))}
      </ul>
      {found.total > found.rows.length && <a href={waitingHref(search)}>{t('waitingClients.seeAll', { n })}</a>}
    </aside>
  );
}
