import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccounts } from '../../stores/accounts';
import { useSession } from '../../stores/session';
import '../../styles/session.css';
import { AccountsTable } from './accounts-table';
import { AddAccount } from './add-account';
import { AutoLockForm } from './auto-lock-form';
import { ChangePassphraseForm } from './change-passphrase-form';
import { NewRecoveryKey } from './new-recovery-key';

/**
 * Settings → Akun & keamanan. Everyone changes their own passphrase and sees the auto-lock
 * time; an admin also manages the accounts, the recovery key and the auto-lock time.
 * (No account behind the session — the system door of tests — counts as admin; the core decides.)
 */
export function AccountsSection() {
  const { t } = useTranslation();
  const worker = useSession((s) => s.status?.currentWorker ?? null);
  const admin = worker === null || worker.role === 'admin';
  const { load, loadSecurity } = useAccounts();
  useEffect(() => {
    if (admin) void load();
    void loadSecurity();
  }, [admin, load, loadSecurity]);

  return (
    <section className="card" aria-labelledby="settings-accounts-title">
      <h2 id="settings-accounts-title">{t('accounts.title')}</h2>
      <p className="lead">{t('accounts.intro')}</p>
      {admin && (
        <>
          <AccountsTable />
          <AddAccount />
        </>
      )}
      <ChangePassphraseForm />
      {admin && <NewRecoveryKey />}
      <AutoLockForm admin={admin} />
    </section>
  );
}
