import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientDetail } from '../../../shared/contract';
import { paths } from '../../app/router';
import { Alert, ErrorAlert, Loading } from '../../components/alert';
import { useEnumLabel } from '../../components/enum-options';
import { formatDate, formatLongDate } from '../../components/format';
import { TableHead } from '../../components/table-head';
import { useServerText } from '../../i18n/server-messages';
import { useClients } from '../../stores/clients';
import { ClientCasework } from '../pasung/client-casework';
import { ClientFacts } from './client-facts';
import { ClientPrivacy, useClientPrivacy } from '../privacy/client-privacy';
import { TombstoneCard } from '../privacy/client-erasure';
import { useDisplayName } from '../privacy/display-name';

export function ClientPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const st = useServerText();
  const { current, currentId, error, load, lastSaved, clearLastSaved } = useClients();
  // An erased client is a tombstone: shown as such, with nothing to add or change.
  const tombstone = useClientPrivacy(id);
  const show = useDisplayName();
  useEffect(() => {
    void load(id);
  }, [id, load]);
  // The "saved" notice belongs to the visit right after the save, not to later ones.
  useEffect(() => () => clearLastSaved(), [clearLastSaved]);

  if (error && currentId === id) return <ErrorAlert error={error} />;
  if (!current || current.id !== id) return <Loading />;
  const justSaved = lastSaved?.clientId === id ? lastSaved : null;

  return (
    <>
      <p className="breadcrumb">
        <a href={paths.cases}>{t('nav.cases')}</a>
      </p>
      <div className="page-head">
        <div>
          <h1 tabIndex={-1}>{show(current.name)}</h1>
          <p className="subtitle">{current.nik ? `${t('client.nik')} ${current.nik}` : t('client.noNik')}</p>
        </div>
        <div className="actions" style={tombstone ? { display: 'none' } : undefined}>
          <a className="button" href={paths.clientEdit(id)}>
            {t('client.edit')}
          </a>
          <a className="button button-primary" href={paths.caseNew(id)}>
            {t('case.openNew')}
          </a>
        </div>
      </div>
      {justSaved && (
        <Alert kind={justSaved.warnings.length ? 'warning' : 'success'} title={t(justSaved.warnings.length ? 'client.savedWithWarnings' : 'client.saved')}>
          {justSaved.warnings.length > 0 && (
            <ul>
              {justSaved.warnings.map((w) => (
                <li key={w.code + w.message}>{st(w.message)}</li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      {!justSaved && current.warnings.length > 0 && (
        <Alert kind="warning" title={t('client.warnings')}>
          <ul>
            {current.warnings.map((w) => (
              <li key={w.code + w.message}>{st(w.message)}</li>
            ))}
          </ul>
        </Alert>
      )}
      {tombstone ? (
        <TombstoneCard tombstone={tombstone} />
      ) : (
        <>
          <ClientFacts client={current} />
          <ClientCases client={current} />
          <ClientCasework client={current} />
          <ClientPrivacy client={current} />
        </>
      )}
    </>
  );
}

function ClientCases({ client }: { client: ClientDetail }) {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  return (
    <section className="card" aria-labelledby="client-cases-title">
      <h2 id="client-cases-title">{t('client.cases')}</h2>
      {client.cases.length === 0 ? (
        <p className="muted">{t('client.noCases')}</p>
      ) : (
        <table className="table">
          <TableHead columns={[t('case.number'), t('case.stage'), t('case.status'), t('case.openedAt')]} />
          <tbody>
            {client.cases.map((c) => (
              <tr key={c.id}>
                <td>
                  <a href={paths.case(c.id)}>{c.number}</a>
                </td>
                <td>{label('stage', c.stage)}</td>
                <td>
                  <span className={`badge status-${c.status}`}>{label('status', c.status)}</span>
                </td>
                <td>
                  <time dateTime={c.openedAt} title={formatLongDate(c.openedAt, i18n.language)}>
                    {formatDate(c.openedAt)}
                  </time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
