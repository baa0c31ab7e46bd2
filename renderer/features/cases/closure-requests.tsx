import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRow } from '../../../shared/contract';
import { call } from '../../api/client';
import { paths } from '../../app/router';
import { useSupervises } from '../../stores/access';

/** Beranda for a koordinator: the cases whose closure a pekerja sosial asked for. */
export function ClosureRequests() {
  const { t } = useTranslation();
  const supervises = useSupervises();
  const [rows, setRows] = useState<CaseRow[] | null>(null);
  useEffect(() => {
    if (!supervises) return;
    let live = true;
    void call('cases:list', { closureRequested: true, sort: 'opened_asc', limit: 50 }).then((r) => live && r.ok && setRows(r.value.rows));
    return () => {
      live = false;
    };
  }, [supervises]);
  if (!supervises || !rows?.length) return null;
  return (
    <section className="card" aria-labelledby="closure-requests-title">
      <h2 id="closure-requests-title">{t('access.closure.listTitle')}</h2>
      <ul className="dash-list">
        {rows.map((c) => (
          <li key={c.id}>
            <a href={paths.case(c.id)}>{c.clientName}</a>
            <span className="muted mono small"> {c.number}</span>
            {c.workerName && <span className="block muted small">{c.workerName}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
