import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientDetail, ErasureRequest, Tombstone } from '../../../shared/contract';
import { CLOSED_STATUSES } from '../../../shared/enums';
import { paths } from '../../app/router';
import { Alert } from '../../components/alert';
import { formatDate, formatLongDate } from '../../components/format';
import { useCan } from '../../stores/access';
import { usePrivacy } from '../../stores/privacy';
import { ApproveDialog, RejectDialog, RequestDialog } from './erasure-dialogs';
import './privacy.css';

const isOpen = (status: string) => !(CLOSED_STATUSES as readonly string[]).includes(status);

/**
 * The erasure part of the client page: a request waiting (with the koordinator's buttons for
 * those who decide), the last rejection, or the button to ask for one.
 */
export function ClientErasure({ client }: { client: ClientDetail }) {
  const { t } = useTranslation();
  const status = usePrivacy((s) => (s.clientId === client.id ? s.erasure : null));
  const decides = useCan('erasure:approve') !== 'none';
  const [asking, setAsking] = useState(false);
  const [approving, setApproving] = useState<ErasureRequest | null>(null);
  const [rejecting, setRejecting] = useState<ErasureRequest | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  if (!status || status.tombstone) return null;
  const waiting = status.waiting;
  const lastRejected = status.history.find((r) => r.status === 'ditolak');
  const openCases = client.cases.filter((c) => isOpen(c.status)).map((c) => c.number);

  return (
    <section className="card" aria-labelledby="client-erasure-title">
      <h2 id="client-erasure-title">{t('erasure.title')}</h2>
      <p className="hint">{t('erasure.intro')}</p>
      {notice && <Alert kind="success">{notice}</Alert>}
      {waiting ? (
        <Alert kind="info" title={t('erasure.waiting')}>
          <p>
            {t('erasure.waitingText', {
              name: waiting.requestedByName ?? t('erasure.someone'),
              date: formatDate(waiting.requestedAt),
              reason: t(`enum.erasureReason.${waiting.reason}`),
            })}
          </p>
          {waiting.note && <p>{waiting.note}</p>}
          {waiting.openCases.length > 0 && <p>{t('erasure.openCases', { numbers: waiting.openCases.join(', ') })}</p>}
          {decides && (
            <div className="actions">
              <button type="button" className="button button-danger" onClick={() => setApproving(waiting)}>
                {t('erasure.approve')}
              </button>
              <button type="button" className="button" onClick={() => setRejecting(waiting)}>
                {t('erasure.reject')}
              </button>
            </div>
          )}
        </Alert>
      ) : (
        <>
          {lastRejected && (
            <p className="muted">
              {t('erasure.rejectedBefore', { name: lastRejected.decidedByName ?? t('erasure.someone'), date: formatDate(lastRejected.decidedAt), note: lastRejected.decisionNote ?? '' })}
            </p>
          )}
          <button type="button" className="button" onClick={() => (setNotice(null), setAsking(true))}>
            {t('erasure.requestButton')}
          </button>
        </>
      )}
      <RequestDialog
        client={asking ? { id: client.id, name: client.name, openCases } : null}
        onClose={() => setAsking(false)}
        onDone={() => {
          setAsking(false);
          setNotice(t('erasure.sent'));
        }}
      />
      <ApproveDialog request={approving} onClose={() => setApproving(null)} onDone={() => setApproving(null)} />
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

/** What is left of an erased client, said plainly: no name, no number, only the registers. */
export function TombstoneCard({ tombstone }: { tombstone: Tombstone }) {
  const { t, i18n } = useTranslation();
  const request = usePrivacy((s) => s.erasure?.history.find((r) => r.status === 'disetujui'));
  const statement = t(request?.reason === 'masa_simpan_berakhir' ? 'erasure.statementRetention' : 'erasure.statementRequest', {
    date: formatLongDate(tombstone.erasedAt, i18n.language),
    name: tombstone.approvedByName ?? t('erasure.someone'),
  });
  return (
    <section className="card tombstone" aria-labelledby="tombstone-title">
      <h2 id="tombstone-title">{t('erasure.tombstoneTitle')}</h2>
      <p>{statement}</p>
      <dl>
        <dt>{t('erasure.region')}</dt>
        <dd>{tombstone.region.length ? tombstone.region.map((r) => r.name).join(', ') : t('erasure.noRegion')}</dd>
        <dt>{t('erasure.cases')}</dt>
        <dd>
          <ul className="plain-list">
            {tombstone.cases.map((c) => (
              <li key={c.id}>
                <a href={paths.case(c.id)}>{c.number}</a> · {t(`enum.ppks.${c.ppksType}`)} · {formatDate(c.openedAt)}
                {c.closedAt ? ` – ${formatDate(c.closedAt)}` : ''} · {t(`enum.status.${c.status}`)}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      <p className="hint">{t('erasure.backups')}</p>
    </section>
  );
}
