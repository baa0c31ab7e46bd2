import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/contract';
import type { AppErrorBody } from '../../../shared/result';
import { Alert, ErrorAlert, Loading } from '../../components/alert';
import { Dialog } from '../../components/dialog';
import { useEnumLabel } from '../../components/enum-options';
import { TableHead } from '../../components/table-head';
import { useAccounts } from '../../stores/accounts';

/** Every account: worker, role, login, failed tries; removing one asks first. */
export function AccountsTable() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { accounts, error } = useAccounts();
  const [removing, setRemoving] = useState<Account | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  if (error && !accounts) return <ErrorAlert error={error} />;
  if (!accounts) return <Loading />;
  return (
    <>
      <h3>{t('accounts.list')}</h3>
      {notice && <Alert kind="success">{notice}</Alert>}
      <table className="table">
        <TableHead columns={[t('accounts.worker'), t('accounts.role'), t('accounts.login'), t('accounts.failed')]} actions="hidden" />
        <tbody>
          {accounts.map((a) => (
            <tr key={a.workerId}>
              <td>
                {a.workerName}
                {a.you && <span className="badge badge-info">{t('accounts.you')}</span>}
                {!a.active && <span className="badge">{t('accounts.inactive')}</span>}
              </td>
              <td>{label('role', a.role)}</td>
              <td className="mono">{a.login}</td>
              <td>{a.failedAttempts}</td>
              <td>
                <button
                  type="button"
                  className="button button-small"
                  aria-label={t('accounts.removeNamed', { name: a.workerName })}
                  onClick={() => {
                    setNotice(null);
                    setRemoving(a);
                  }}
                >
                  {t('accounts.remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Dialog open={removing !== null} onClose={() => setRemoving(null)} title={t('accounts.removeTitle', { name: removing?.workerName ?? '' })}>
        {removing && (
          <ConfirmRemove
            account={removing}
            onCancel={() => setRemoving(null)}
            onRemoved={() => {
              setNotice(t('accounts.removed', { name: removing.workerName }));
              setRemoving(null);
            }}
          />
        )}
      </Dialog>
    </>
  );
}

function ConfirmRemove({ account, onCancel, onRemoved }: { account: Account; onCancel(): void; onRemoved(): void }) {
  const { t } = useTranslation();
  const remove = useAccounts((s) => s.remove);
  const [error, setError] = useState<AppErrorBody | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <p>{t('accounts.removeText', { name: account.workerName })}</p>
      {/* The core refuses the last admin's account; its reason shows here. */}
      {error && <ErrorAlert error={error} />}
      <div className="actions">
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            const r = await remove(account.workerId);
            setBusy(false);
            if (r.ok) onRemoved();
            else setError(r.error);
          }}
        >
          {t('accounts.removeConfirm')}
        </button>
        <button type="button" className="button" autoFocus onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </>
  );
}
