import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErasureDone, ErasureRequest } from '../../../shared/contract';
import { ERASURE_REASON } from '../../../shared/enums/consent';
import { Alert, ErrorAlert } from '../../components/alert';
import { Dialog } from '../../components/dialog';
import { Field, fieldAria } from '../../components/field';
import { FormDialogBody, useSaveForm } from '../../components/form-dialog';
import type { AppErrorBody } from '../../../shared/result';
import { usePrivacy } from '../../stores/privacy';
import { useDisplayName } from './display-name';
import './privacy.css';

/** What goes, what stays, and what an erasure cannot reach (old backups, files handed out). */
export function ErasureScope() {
  const { t } = useTranslation();
  return (
    <>
      <p>{t('erasure.whatGoes')}</p>
      <p>{t('erasure.whatStays')}</p>
      <Alert kind="warning">
        <p>{t('erasure.backups')}</p>
      </Alert>
    </>
  );
}

interface Target {
  id: string;
  name: string;
  openCases: string[];
}

/** Asks for a client's personal data to be erased; a koordinator decides. */
export function RequestDialog({ client, reason, onClose, onDone }: { client: Target | null; reason?: string; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const show = useDisplayName();
  return (
    <Dialog open={client !== null} onClose={onClose} title={client ? t('erasure.requestTitle', { name: show(client.name) }) : ''}>
      {client && <RequestForm client={client} reason={reason} onClose={onClose} onDone={onDone} />}
    </Dialog>
  );
}

function RequestForm({ client, reason, onClose, onDone }: { client: Target; reason?: string; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const requestErasure = usePrivacy((s) => s.requestErasure);
  const saver = useSaveForm({
    defaultValues: { reason: reason ?? '', note: '' },
    fields: ['reason', 'note'],
    save: (values) => requestErasure({ clientId: client.id, reason: values.reason as never, note: values.note }),
    onSaved: () => onDone(),
  });
  const { form, errors: e } = saver;
  return (
    <FormDialogBody saver={saver} submitLabel={t('erasure.send')} onCancel={onClose}>
      <ErasureScope />
      {client.openCases.length > 0 && <p className="hint">{t('erasure.openCases', { numbers: client.openCases.join(', ') })}</p>}
      <Field id="erasure-reason" label={t('erasure.reason')} error={e.reason?.message} required>
        <select {...fieldAria('erasure-reason', e.reason?.message)} {...form.register('reason', { validate: (v) => v !== '' || t('referral.noteRequired', { what: t('erasure.reason') }) })}>
          <option value="">{t('common.choose')}</option>
          {ERASURE_REASON.values.map((r) => (
            <option key={r} value={r}>
              {t(`enum.erasureReason.${r}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="erasure-note" label={t('erasure.note')} error={e.note?.message} hint={t('erasure.noteHint')}>
        <textarea rows={2} maxLength={1000} {...fieldAria('erasure-note', e.note?.message, true)} {...form.register('note')} />
      </Field>
    </FormDialogBody>
  );
}

/** The koordinator's confirmation: irreversible, what goes and stays, then the erasure. */
export function ApproveDialog({ request, onClose, onDone }: { request: ErasureRequest | null; onClose(): void; onDone(done: ErasureDone, name: string): void }) {
  const { t } = useTranslation();
  const show = useDisplayName();
  return (
    <Dialog open={request !== null} onClose={onClose} title={request ? t('erasure.approveTitle', { name: show(request.clientName) }) : ''}>
      {request && <ApproveBody request={request} onClose={onClose} onDone={onDone} />}
    </Dialog>
  );
}

function ApproveBody({ request, onClose, onDone }: { request: ErasureRequest; onClose(): void; onDone(done: ErasureDone, name: string): void }) {
  const { t } = useTranslation();
  const approve = usePrivacy((s) => s.approve);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorBody | null>(null);
  const go = async () => {
    setBusy(true);
    setError(null);
    const r = await approve(request);
    setBusy(false);
    if (r.ok) onDone(r.value, request.clientName);
    else setError(r.error);
  };
  return (
    <div className="form">
      <p>
        <strong>{t('erasure.approveIntro')}</strong>
      </p>
      <ErasureScope />
      {request.openCases.length > 0 && <p className="hint">{t('erasure.openCases', { numbers: request.openCases.join(', ') })}</p>}
      {busy && (
        <p role="status" className="loading">
          {t('erasure.approving')}
        </p>
      )}
      {error && <ErrorAlert error={error} />}
      <div className="actions">
        {/* A case still open would stop the erasure: the reason is said above, the button waits. */}
        <button type="button" className="button button-danger" disabled={busy || request.openCases.length > 0} onClick={() => void go()}>
          {t('erasure.approveConfirm')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}

/** Rejects a request with a reason; nothing else changes. */
export function RejectDialog({ request, onClose, onDone }: { request: ErasureRequest | null; onClose(): void; onDone(name: string): void }) {
  const { t } = useTranslation();
  const show = useDisplayName();
  return (
    <Dialog open={request !== null} onClose={onClose} title={request ? t('erasure.rejectTitle', { name: show(request.clientName) }) : ''}>
      {request && <RejectForm request={request} onClose={onClose} onDone={onDone} />}
    </Dialog>
  );
}

function RejectForm({ request, onClose, onDone }: { request: ErasureRequest; onClose(): void; onDone(name: string): void }) {
  const { t } = useTranslation();
  const reject = usePrivacy((s) => s.reject);
  const saver = useSaveForm({
    defaultValues: { reason: '' },
    fields: ['reason'],
    save: ({ reason }) => reject({ id: request.id, version: request.version, reason }),
    onSaved: () => onDone(request.clientName),
  });
  const { form, errors: e } = saver;
  return (
    <FormDialogBody saver={saver} submitLabel={t('erasure.rejectSave')} onCancel={onClose}>
      <Field id="erasure-reject-reason" label={t('erasure.rejectReason')} error={e.reason?.message} required>
        <textarea
          rows={3}
          maxLength={1000}
          {...fieldAria('erasure-reject-reason', e.reason?.message)}
          {...form.register('reason', { validate: (v) => v.trim() !== '' || t('referral.noteRequired', { what: t('erasure.rejectReason') }) })}
        />
      </Field>
    </FormDialogBody>
  );
}
