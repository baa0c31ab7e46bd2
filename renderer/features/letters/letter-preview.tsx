import { useTranslation } from 'react-i18next';
import type { LetterSettings } from '../../../shared/contract';
import { PAPER_SIZE_MM } from '../../../shared/enums';

/**
 * The letter exactly as the core will print it, in a sandboxed srcdoc frame: no scripts, an
 * opaque origin, nothing in it can run or reach the app. The frame is one sheet's printable
 * area and its padding the sheet's margins, so the HTML itself is shown untouched.
 */
export function LetterPreview({ html, number, paper, margins }: { html: string; number: string; paper: 'a4' | 'f4'; margins: LetterSettings['margins'] }) {
  const { t } = useTranslation();
  const size = PAPER_SIZE_MM[paper];
  return (
    <div className="letter-preview">
      <iframe
        className="letter-sheet"
        sandbox=""
        srcDoc={html}
        title={t('letter.previewFrame', { number })}
        style={{
          width: `${size.width - margins.left - margins.right}mm`,
          height: `${size.height - margins.top - margins.bottom}mm`,
          padding: `${margins.top}mm ${margins.right}mm ${margins.bottom}mm ${margins.left}mm`,
        }}
      />
    </div>
  );
}
