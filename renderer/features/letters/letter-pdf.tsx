import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorBody } from '../../../shared/result';
import { ErrorAlert, Loading } from '../../components/alert';
import { Dialog } from '../../components/dialog';
import { letterFileName, letterPdfUrl } from '../../stores/letters';

export interface LetterRef {
  id: string;
  number: string;
}

/**
 * "Open to print" and "Download" for an issued letter, from its archived PDF (a blob: URL,
 * revoked when this goes away). Reprinting is always the archived file.
 */
export function LetterPdfActions({ letter, primary = true }: { letter: LetterRef; primary?: boolean }) {
  const { t } = useTranslation();
  const [state, setState] = useState<{ url: string } | { error: AppErrorBody } | null>(null);
  useEffect(() => {
    let url: string | null = null;
    let live = true;
    void letterPdfUrl(letter.id).then((r) => {
      if (!r.ok) return live && setState({ error: r.error });
      if (!live) return URL.revokeObjectURL(r.value.url);
      url = r.value.url;
      setState({ url });
    });
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [letter.id]);
  if (state === null) return <Loading />;
  if ('error' in state) return <ErrorAlert error={state.error} />;
  return (
    <div className="actions">
      <a className={`button${primary ? ' button-primary' : ''}`} href={state.url} target="_blank" rel="noopener">
        {t('letter.openPdf')}
      </a>
      <a className="button" href={state.url} download={letterFileName(letter.number)}>
        {t('letter.downloadPdf')}
      </a>
    </div>
  );
}

/** The archived PDF of one letter, in a dialog: open it to print, or download it. */
export function LetterPdfDialog({ letter, onClose }: { letter: LetterRef | null; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={letter !== null} onClose={onClose} title={letter ? t('letter.pdfTitle', { number: letter.number }) : ''}>
      {letter && (
        <div className="letter-pdf form">
          <p>{t('letter.pdfHelp')}</p>
          <LetterPdfActions letter={letter} />
          <div className="actions">
            <button type="button" className="button" onClick={onClose}>
              {t('letter.close')}
            </button>
          </div>
        </div>
      )}
    </Dialog>
  );
}

/** A button that opens one letter's PDF dialog (used by the case timeline). */
export function LetterPdfButton({ letter }: { letter: LetterRef }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button-small" onClick={() => setOpen(true)} aria-label={t('letter.openFromTimeline', { number: letter.number })}>
        {t('letter.viewPdf')}
      </button>
      <LetterPdfDialog letter={open ? letter : null} onClose={() => setOpen(false)} />
    </>
  );
}
