import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../shared/contract';
import { ErrorAlert, Loading } from '../../components/alert';
import { Dialog } from '../../components/dialog';
import type { AppErrorBody } from '../../../shared/result';
import { blobUrl, getAttachment } from '../../stores/attachments';
import { formatSize } from './attachment-picker';

interface Target {
  id: string;
  fileName: string;
}

/** Shows an image in a dialog, or offers a PDF to open or download, from a blob: URL. */
export function AttachmentViewer({ target, onClose }: { target: Target | null; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={target !== null} onClose={onClose} title={target?.fileName ?? t('attachment.viewer')}>
      {target && <ViewerBody id={target.id} onClose={onClose} />}
    </Dialog>
  );
}

function ViewerBody({ id, onClose }: { id: string; onClose(): void }) {
  const { t } = useTranslation();
  const [state, setState] = useState<{ a: Attachment; url: string } | { error: AppErrorBody } | null>(null);
  useEffect(() => {
    let url: string | null = null;
    let live = true;
    void getAttachment(id).then((r) => {
      if (!live) return;
      if (!r.ok) return setState({ error: r.error });
      url = blobUrl(r.value.dataBase64, r.value.mimeType);
      setState({ a: r.value, url });
    });
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [id]);

  return (
    <div className="viewer">
      {state === null && <Loading />}
      {state && 'error' in state && <ErrorAlert error={state.error} />}
      {state && 'a' in state && (
        <>
          {state.a.mimeType === 'application/pdf' ? (
            <p>{t('attachment.pdfHelp')}</p>
          ) : (
            <img className="viewer-image" src={state.url} alt={t('attachment.imageAlt', { name: state.a.fileName })} />
          )}
          <p className="muted">
            {formatSize(state.a.size)} · {state.a.mimeType}
          </p>
        </>
      )}
      <div className="actions">
        {state && 'a' in state && (
          <>
            {state.a.mimeType === 'application/pdf' && (
              <a className="button button-primary" href={state.url} target="_blank" rel="noopener">
                {t('attachment.open')}
              </a>
            )}
            <a className="button" href={state.url} download={state.a.fileName}>
              {t('attachment.download')}
            </a>
          </>
        )}
        <button type="button" className="button" onClick={onClose}>
          {t('attachment.close')}
        </button>
      </div>
    </div>
  );
}

/** A thumbnail (or a PDF tile) that opens the viewer. */
export function AttachmentThumb({ a, onOpen }: { a: { id: string; fileName: string; thumbnail: string | null; mimeType: string }; onOpen(t: Target): void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="thumb" onClick={() => onOpen({ id: a.id, fileName: a.fileName })} aria-label={t('attachment.openNamed', { name: a.fileName })}>
      {a.thumbnail ? <img src={a.thumbnail} alt="" /> : <span className="thumb-pdf">{a.mimeType === 'application/pdf' ? 'PDF' : '?'}</span>}
      <span className="thumb-name">{a.fileName}</span>
    </button>
  );
}
