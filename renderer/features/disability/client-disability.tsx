import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Device } from '../../../shared/contract';
import { DEVICE_STEP } from '../../../shared/enums';
import { Alert } from '../../components/alert';
import { useEnumLabel } from '../../components/enum-options';
import { formatDate } from '../../components/format';
import { TableHead } from '../../components/table-head';
import { useDisability } from '../../stores/disability';
import { DeviceAdvanceDialog, DeviceCreateDialog } from './device-dialogs';

/** Disability kinds (from the client's record) and the assistive-device pipeline. */
export function ClientDisability({ clientId, kinds, caseId }: { clientId: string; kinds: string[]; caseId?: string }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { devices, loadDevices } = useDisability();
  const mine = useDisability((s) => s.clientId === clientId);
  const [adding, setAdding] = useState(false);
  const [advancing, setAdvancing] = useState<Device | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    void loadDevices(clientId);
  }, [clientId, loadDevices]);
  const list = mine ? devices : null;
  const done = (m: string) => {
    setAdding(false);
    setAdvancing(null);
    setNotice(m);
  };

  return (
    <section className="card" aria-labelledby="disability-title">
      <div className="section-head">
        <h2 id="disability-title">{t('disability.title')}</h2>
        <button type="button" className="button" onClick={() => setAdding(true)}>
          {t('disability.addDevice')}
        </button>
      </div>
      <p>
        <span className="muted">{t('disability.kinds')}:</span>{' '}
        {kinds.length ? kinds.map((k) => label('disability', k)).join(', ') + (kinds.length > 1 ? ` (${t('disability.multiple')})` : '') : t('disability.noKinds')}
      </p>
      {notice && <Alert kind="success">{notice}</Alert>}
      {list === null ? null : list.length === 0 ? (
        <p className="muted">{t('disability.noDevices')}</p>
      ) : (
        <table className="table">
          <TableHead columns={[t('disability.device'), t('disability.pipeline'), t('disability.source')]} actions="shown" />
          <tbody>
            {list.map((d) => (
              <tr key={d.id}>
                <td>
                  {label('device', d.device)}
                  {d.detail && <span className="block muted small">{d.detail}</span>}
                </td>
                <td>
                  <ol className="pipeline" aria-label={t('disability.pipelineOf', { device: label('device', d.device), step: label('deviceStep', d.step) })}>
                    {DEVICE_STEP.values.map((s, i) => {
                      const date = [d.neededAt, d.requestedAt, d.receivedAt][i];
                      return (
                        <li key={s} className={date ? 'pipeline-done' : 'pipeline-todo'}>
                          <span>{label('deviceStep', s)}</span>
                          <span className="small muted">{date ? formatDate(date) : '—'}</span>
                        </li>
                      );
                    })}
                  </ol>
                </td>
                <td>{d.source ?? '—'}</td>
                <td>
                  {d.step !== 'diterima' && (
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={t(d.step === 'dibutuhkan' ? 'disability.requestNamed' : 'disability.receiveNamed', { device: label('device', d.device) })}
                      onClick={() => setAdvancing(d)}
                    >
                      {t(d.step === 'dibutuhkan' ? 'disability.request' : 'disability.receive')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <DeviceCreateDialog open={adding} clientId={clientId} caseId={caseId} onClose={() => setAdding(false)} onDone={done} />
      <DeviceAdvanceDialog device={advancing} onClose={() => setAdvancing(null)} onDone={done} />
    </section>
  );
}
