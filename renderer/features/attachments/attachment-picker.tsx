import { useTranslation } from 'react-i18next';
import { MAX_ATTACHMENT_BYTES } from '../../../shared/contract';
import { ACCEPT, useAttachments } from '../../stores/attachments';

export interface UploadProblem {
  fileName: string;
  message: string;
}

/** Uploads files one by one; the refusals come back as messages (nothing else is lost). */
export async function uploadAll(files: File[], owner: { clientId: string } | { visitId: string }): Promise<UploadProblem[]> {
  const problems: UploadProblem[] = [];
  for (const f of files) {
    const r = await useAttachments.getState().upload(f, owner);
    if (!r.ok) problems.push({ fileName: f.name, message: r.error.fields?.[0]?.message ?? r.error.message });
  }
  return problems;
}

export const formatSize = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`);

/** Choosing photos or scans to attach once the visit is saved (JPEG, PNG, PDF up to 20 MB). */
export function AttachmentPicker({ id, label, files, onChange }: { id: string; label: string; files: File[]; onChange(files: File[]): void }) {
  const { t } = useTranslation();
  const tooBig = files.filter((f) => f.size > MAX_ATTACHMENT_BYTES);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="file"
        multiple
        accept={ACCEPT}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onChange([...files, ...Array.from(e.target.files ?? [])])}
      />
      <div className="hint" id={`${id}-hint`}>
        {t('attachment.allowed')}
      </div>
      {files.length > 0 && (
        <ul className="file-list">
          {files.map((f, i) => (
            <li key={`${f.name}-${i}`}>
              {f.name} <span className="muted">({formatSize(f.size)})</span>
              {f.size > MAX_ATTACHMENT_BYTES && <span className="field-error"> {t('attachment.tooBig')}</span>}
              <button type="button" className="button button-small button-quiet" aria-label={t('attachment.removeNamed', { name: f.name })} onClick={() => onChange(files.filter((_, j) => j !== i))}>
                {t('attachment.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {tooBig.length > 0 && <span className="visually-hidden" role="status">{t('attachment.tooBig')}</span>}
    </div>
  );
}
