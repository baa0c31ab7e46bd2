import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { useServerText } from '../../i18n/server-messages';
import { ACCEPT, useAttachments } from '../../stores/attachments';
import { uploadAll, type UploadProblem } from './attachment-picker';
import { AttachmentThumb, AttachmentViewer } from './attachment-viewer';

/** The client's photos and scans (their own and their visits'), with an upload button. */
export function ClientAttachments({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const st = useServerText();
  const { list, load } = useAttachments();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: number; problems: UploadProblem[] } | null>(null);
  const [viewing, setViewing] = useState<{ id: string; fileName: string } | null>(null);
  useEffect(() => {
    void load(clientId);
  }, [clientId, load]);

  const onFiles = async (files: File[]) => {
    if (!files.length) return;
    setBusy(true);
    setResult(null);
    const problems = await uploadAll(files, { clientId });
    setBusy(false);
    setResult({ ok: files.length - problems.length, problems });
    if (input.current) input.current.value = '';
  };

  return (
    <section className="card" aria-labelledby="client-attachments-title">
      <div className="section-head">
        <h2 id="client-attachments-title">{t('attachment.title')}</h2>
        <div>
          <input
            ref={input}
            id="client-upload"
            className="visually-hidden"
            type="file"
            multiple
            accept={ACCEPT}
            disabled={busy}
            aria-describedby="client-upload-hint"
            onChange={(e) => void onFiles(Array.from(e.target.files ?? []))}
          />
          {/* The label is the visible button; the input itself keeps the keyboard focus. */}
          <label className="button file-button" htmlFor="client-upload">
            {busy ? t('attachment.uploading') : t('attachment.upload')}
          </label>
        </div>
      </div>
      <p className="hint" id="client-upload-hint">
        {t('attachment.allowed')}
      </p>
      {result && result.ok > 0 && <Alert kind="success">{t('attachment.uploaded', { count: result.ok })}</Alert>}
      {result && result.problems.length > 0 && (
        <Alert kind="error" title={t('attachment.refused')}>
          <ul>
            {result.problems.map((p) => (
              <li key={p.fileName}>
                <strong>{p.fileName}</strong>: {st(p.message)}
              </li>
            ))}
          </ul>
        </Alert>
      )}
      {list === null ? null : list.length === 0 ? (
        <p className="muted">{t('attachment.none')}</p>
      ) : (
        <div className="thumbs">
          {list.map((a) => (
            <AttachmentThumb key={a.id} a={a} onOpen={setViewing} />
          ))}
        </div>
      )}
      <AttachmentViewer target={viewing} onClose={() => setViewing(null)} />
    </section>
  );
}
