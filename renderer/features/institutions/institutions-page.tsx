import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Institution } from '../../../shared/contract';
import { INSTITUTION_TYPE } from '../../../shared/enums';
import { Alert, ErrorAlert, Loading } from '../../components/alert';
import { EnumOptions, useEnumLabel } from '../../components/enum-options';
import { regionName } from '../../components/format';
import { TableHead } from '../../components/table-head';
import { useInstitutions, type InstitutionType } from '../../stores/institutions';
import { ReferralTabs } from '../referrals/referral-tabs';
import '../referrals/referrals.css';
import { InstitutionDialog } from './institution-dialog';
import { ImportDialog } from './import-dialog';

/** The directory of referral destinations: search, filter by type, add, edit, import from CSV. */
export function InstitutionsPage() {
  const { t } = useTranslation();
  const { list, error, query, setQuery, load } = useInstitutions();
  const [search, setSearch] = useState(query.search);
  const [editing, setEditing] = useState<Institution | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    void load();
  }, [load]);
  // Typing searches after a short pause; an older answer is dropped by the store.
  useEffect(() => {
    if (search === query.search) return;
    const timer = setTimeout(() => setQuery({ search }), 200);
    return () => clearTimeout(timer);
  }, [search, query.search, setQuery]);

  const filtered = Boolean(query.search || query.type);
  return (
    <>
      <h1 tabIndex={-1}>{t('referrals.title')}</h1>
      <ReferralTabs current="directory" />
      <div className="page-head">
        <div>
          <h2>{t('institution.title')}</h2>
          <p className="subtitle">{t('institution.lead')}</p>
        </div>
        <div className="actions">
          <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
            {t('institution.add')}
          </button>
          <button type="button" className="button" onClick={() => setImporting(true)}>
            {t('institution.import')}
          </button>
        </div>
      </div>
      {notice && <Alert kind="success">{notice}</Alert>}
      <div className="toolbar" role="search">
        <div className="field">
          <label htmlFor="inst-search">{t('institution.search')}</label>
          <input id="inst-search" type="search" maxLength={100} value={search} onChange={(e) => setSearch(e.target.value)} />
        </div>
        <div className="field narrow">
          <label htmlFor="inst-type">{t('institution.type')}</label>
          <select id="inst-type" value={query.type} onChange={(e) => setQuery({ type: e.target.value as InstitutionType | '' })}>
            <EnumOptions kind="institutionType" values={INSTITUTION_TYPE.values} empty={t('institution.allTypes')} />
          </select>
        </div>
        <label className="check">
          <input type="checkbox" checked={query.includeInactive} onChange={(e) => setQuery({ includeInactive: e.target.checked })} />
          {t('institution.includeInactive')}
        </label>
      </div>
      {error && <ErrorAlert error={error} />}
      {list === null ? (
        !error && <Loading />
      ) : (
        <>
          <p className="count" role="status">
            {t('institution.count', { count: list.length })}
          </p>
          {list.length === 0 ? (
            <p className="muted">{filtered ? t('institution.none') : t('institution.noneYet')}</p>
          ) : (
            <InstitutionTable list={list} onEdit={setEditing} />
          )}
        </>
      )}
      <InstitutionDialog
        open={editing !== null}
        institution={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
        onSaved={(inst, created) => {
          setEditing(null);
          setNotice(t(created ? 'institution.created' : 'institution.updated', { name: inst.name }));
        }}
      />
      <ImportDialog
        open={importing}
        onClose={() => setImporting(false)}
        onDone={(count) => {
          setImporting(false);
          setNotice(t('institution.importDone', { count }));
        }}
      />
    </>
  );
}

function InstitutionTable({ list, onEdit }: { list: Institution[]; onEdit(i: Institution): void }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  return (
    <div className="card">
      <table className="table">
        <caption className="visually-hidden">{t('institution.tableLabel')}</caption>
        <TableHead columns={[t('institution.col.name'), t('institution.col.type'), t('institution.col.address'), t('institution.col.contact')]} actions="shown" />
        <tbody>
          {list.map((i) => (
            <tr key={i.id}>
              <th scope="row" className="cell-name">
                {i.name}
                {!i.active && <span className="badge">{t('institution.inactive')}</span>}
                {i.recipientTitle && <span className="block muted small">{t('institution.recipientTitle')}: {i.recipientTitle}</span>}
              </th>
              <td>{label('institutionType', i.type)}</td>
              <td>
                {i.street}
                {i.regionName && <span className="block muted">{regionName(i.regionName)}</span>}
              </td>
              <td>
                {[i.contactPerson, i.phone, i.email].filter(Boolean).map((c) => (
                  <span key={c} className="block">
                    {c}
                  </span>
                ))}
              </td>
              <td>
                <button type="button" className="button button-small" aria-label={t('institution.editNamed', { name: i.name })} onClick={() => onEdit(i)}>
                  {t('common.edit')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
