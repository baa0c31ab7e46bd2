import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErasureRequest, RetentionDueRow } from '../../../shared/contract';
import { paths } from '../../app/router';
import { Alert } from '../../components/alert';
import { formatDate } from '../../components/format';
import { TableHead } from '../../components/table-head';
import { useCan } from '../../stores/access';
import { usePrivacy } from '../../stores/privacy';
import { useDisplayName } from './display-name';
import { ApproveDialog, RejectDialog, RequestDialog } from './erasure-dialogs';

/**
 * On Tindak Lanjut, for those who decide: erasure requests waiting, and closed cases past
 * the retention period with a way to start an erasure from there.
 */
export function OfficePrivacy() {
  const decides = useCan('erasure:list') !== 'none';
  const loadOffice = usePrivacy((s) => s.loadOffice);
  useEffect(() => {
    if (decides) void loadOffice();
  }, [decides, loadOffice]);
  if (!decides) return null;
  return (
    <>
      <ErasureRequests />
      <RetentionList />
    </>
  );
}

function ErasureRequests() {
  const { t } = useTranslation();
  const show = useDisplayName();
  const waiting = usePrivacy((s) => s.waiting);
  const [approving, setApproving] = useState<ErasureRequest | null>(null);
  const [rejecting, setRejecting] = useState<ErasureRequest | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <section className="card" aria-labelledby="fu-erasure">
      <h2 id="fu-erasure">
        {t('erasure.requestsTitle')} <span className="badge">{waiting?.length ?? 0}</span>
      </h2>
      {notice && <Alert kind="success">{notice}</Alert>}
      {!waiting ? null : waiting.length === 0 ? (
        <p className="muted">{t('erasure.noRequests')}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t('erasure.requestsTitle')}</caption>
          <TableHead columns={[t('erasure.client'), t('erasure.cases'), t('erasure.reason'), t('erasure.requested')]} actions="shown" />
          <tbody>
            {waiting.map((r) => (
              <tr key={r.id}>
                <td>
                  <a href={paths.client(r.clientId)}>{show(r.clientName)}</a>
                </td>
                <td>
                  {r.caseNumbers.join(', ')}
                  {r.openCases.length > 0 && <div className="field-error">{t('erasure.openCases', { numbers: r.openCases.join(', ') })}</div>}
                </td>
                <td>
                  {t(`enum.erasureReason.${r.reason}`)}
                  {r.note && <div className="muted">{r.note}</div>}
                </td>
                <td>{t('erasure.requestedBy', { name: r.requestedByName ?? t('erasure.someone'), date: formatDate(r.requestedAt) })}</td>
                <td>
                  <div className="actions">
                    <button type="button" className="button button-small button-danger" aria-label={t('erasure.approveNamed', { name: show(r.clientName) })} onClick={() => (setNotice(null), setApproving(r))}>
                      {t('erasure.approve')}
                    </button>
                    <button type="button" className="button button-small" aria-label={t('erasure.rejectNamed', { name: show(r.clientName) })} onClick={() => (setNotice(null), setRejecting(r))}>
                      {t('erasure.reject')}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ApproveDialog
        request={approving}
        onClose={() => setApproving(null)}
        onDone={(done, name) => {
          setApproving(null);
          setNotice(t('erasure.approved', { name, count: Object.values(done.removed).reduce((a, b) => a + b, 0) }));
        }}
      />
      <RejectDialog
        request={rejecting}
        onClose={() => setRejecting(null)}
        onDone={(name) => {
          setRejecting(null);
          setNotice(t('erasure.rejected', { name }));
        }}
      />
    </section>
  );
}

function RetentionList() {
  const { t } = useTranslation();
  const show = useDisplayName();
  const due = usePrivacy((s) => s.due);
  const [asking, setAsking] = useState<RetentionDueRow | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  if (!due) return null;
  return (
    <section className="card" aria-labelledby="fu-retention">
      <h2 id="fu-retention">
        {t('retention.title')} <span className="badge">{due.rows.length}</span>
      </h2>
      <p className="hint">{t('retention.intro', { date: formatDate(due.cutoff), count: due.years })}</p>
      {notice && <Alert kind="success">{notice}</Alert>}
      {due.rows.length === 0 ? (
        <p className="muted">{t('retention.none')}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t('retention.title')}</caption>
          <TableHead columns={[t('retention.case'), t('retention.client'), t('retention.ppks'), t('retention.closedAt'), t('retention.dueOn'), t('retention.status')]} />
          <tbody>
            {due.rows.map((r) => (
              <tr key={r.caseId}>
                <td>
                  <a href={paths.case(r.caseId)}>{r.caseNumber}</a>
                </td>
                <td>
                  <a href={paths.client(r.clientId)}>{show(r.clientName)}</a>
                </td>
                <td>{t(`enum.ppks.${r.ppksType}`)}</td>
                <td>{formatDate(r.closedAt)}</td>
                <td>{formatDate(r.dueOn)}</td>
                <td>
                  {r.waitingRequestId ? (
                    <span className="badge badge-info">{t('retention.waitingRequest')}</span>
                  ) : r.blockingCases.length ? (
                    <span className="muted">{t('retention.blocked', { numbers: r.blockingCases.join(', ') })}</span>
                  ) : (
                    <button type="button" className="button button-small" aria-label={t('retention.startNamed', { name: show(r.clientName) })} onClick={() => (setNotice(null), setAsking(r))}>
                      {t('retention.start')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <RequestDialog
        client={asking ? { id: asking.clientId, name: asking.clientName, openCases: [] } : null}
        reason="masa_simpan_berakhir"
        onClose={() => setAsking(null)}
        onDone={() => {
          setAsking(null);
          setNotice(t('erasure.sent'));
        }}
      />
    </section>
  );
}
