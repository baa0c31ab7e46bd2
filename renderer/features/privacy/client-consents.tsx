import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Consent } from '../../../shared/contract';
import { Alert } from '../../components/alert';
import { formatDate } from '../../components/format';
import { TableHead } from '../../components/table-head';
import { usePrivacy } from '../../stores/privacy';
import { AttachmentViewer } from '../attachments/attachment-viewer';
import { ConsentDialog } from './consent-dialog';
import { WithdrawDialog } from './withdraw-dialog';

/** Who gave a consent, as a person reads it. */
export function useGivenBy() {
  const { t } = useTranslation();
  return (c: Pick<Consent, 'givenBy' | 'guardianName' | 'guardianRelation'>) =>
    c.givenBy === 'wali' ? t('consent.byGuardian', { name: c.guardianName, relation: c.guardianRelation }) : t('consent.byClient');
}

/** "Persetujuan" on the client page: every consent (withdrawn ones too), record and withdraw. */
export function ClientConsents({ clientId, today }: { clientId: string; today: string }) {
  const { t } = useTranslation();
  const consents = usePrivacy((s) => (s.clientId === clientId ? s.consents : null));
  const givenBy = useGivenBy();
  const [adding, setAdding] = useState(false);
  const [withdrawing, setWithdrawing] = useState<Consent | null>(null);
  const [viewing, setViewing] = useState<{ id: string; fileName: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <section className="card" aria-labelledby="client-consents-title">
      <div className="section-head">
        <h2 id="client-consents-title">{t('consent.title')}</h2>
        <button type="button" className="button" onClick={() => (setNotice(null), setAdding(true))}>
          {t('consent.add')}
        </button>
      </div>
      <p className="hint">{t('consent.intro')}</p>
      {notice && <Alert kind="success">{notice}</Alert>}
      {consents === null ? null : consents.length === 0 ? (
        <p className="muted">{t('consent.none')}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t('consent.title')}</caption>
          <TableHead columns={[t('consent.purpose'), t('consent.givenBy'), t('consent.givenOn'), t('consent.evidence'), t('consent.state')]} />
          <tbody>
            {consents.map((c) => (
              <tr key={c.id}>
                <td>
                  {t(`enum.consentPurpose.${c.purpose}`)}
                  {c.note && <div className="muted">{c.note}</div>}
                </td>
                <td>
                  {givenBy(c)}
                  {c.actorName && <div className="muted">{t('consent.recordedBy', { name: c.actorName })}</div>}
                </td>
                <td>{formatDate(c.givenOn)}</td>
                <td>
                  {c.evidence ? (
                    <button type="button" className="button button-small button-quiet" aria-label={t('consent.openEvidence', { name: c.evidence.fileName })} onClick={() => setViewing(c.evidence)}>
                      {c.evidence.fileName}
                    </button>
                  ) : (
                    <span className="muted">{t('consent.noEvidence')}</span>
                  )}
                </td>
                <td>
                  {c.withdrawnOn ? (
                    <>
                      <span className="badge">{t('consent.withdrawnOn', { date: formatDate(c.withdrawnOn) })}</span>
                      <div className="muted">{c.withdrawalReason}</div>
                    </>
                  ) : (
                    <>
                      <span className="badge badge-info">{t('consent.active')}</span>{' '}
                      <button
                        type="button"
                        className="button button-small"
                        aria-label={t('consent.withdrawNamed', { purpose: t(`enum.consentPurpose.${c.purpose}`), date: formatDate(c.givenOn) })}
                        onClick={() => (setNotice(null), setWithdrawing(c))}
                      >
                        {t('consent.withdraw')}
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ConsentDialog
        clientId={clientId}
        open={adding}
        today={today}
        onClose={() => setAdding(false)}
        onSaved={() => {
          setAdding(false);
          setNotice(t('consent.saved'));
        }}
      />
      <WithdrawDialog
        consent={withdrawing}
        today={today}
        onClose={() => setWithdrawing(null)}
        onDone={() => {
          setWithdrawing(null);
          setNotice(t('consent.withdrawn'));
        }}
      />
      <AttachmentViewer target={viewing} onClose={() => setViewing(null)} />
    </section>
  );
}
