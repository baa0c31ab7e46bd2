import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Letter, Referral } from '../../../shared/contract';
import { PAPER } from '../../../shared/enums';
import type { AppErrorBody } from '../../../shared/result';
import { Alert, ErrorAlert, Loading } from '../../components/alert';
import { EnumOptions, useEnumLabel } from '../../components/enum-options';
import { formatDateTime } from '../../components/format';
import { TableHead } from '../../components/table-head';
import { previewLetter, useLetters } from '../../stores/letters';
import { useTimeZone } from '../../stores/settings';
import { CancelLetterDialog } from './cancel-letter-dialog';
import { LetterPdfActions, LetterPdfDialog, type LetterRef } from './letter-pdf';
import { LetterPreview } from './letter-preview';

const ISSUABLE: Referral['status'][] = ['draft', 'dikirim', 'diterima'];
type Paper = (typeof PAPER.values)[number];

/** A referral's letters: those issued (PDF, cancel) and a new one (paper, summary, preview, issue). */
export function LetterPanel({ referral: r }: { referral: Referral }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const timeZone = useTimeZone();
  const [viewing, setViewing] = useState<LetterRef | null>(null);
  const [cancelling, setCancelling] = useState<LetterRef | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [issued, setIssued] = useState<Letter | null>(null);

  return (
    <section className="card" aria-labelledby="letters-title">
      <h2 id="letters-title">{t('letter.title')}</h2>
      {notice && <Alert kind="success">{notice}</Alert>}
      {issued && (
        <Alert kind="success" title={t('letter.issued', { number: issued.number })}>
          <p>{t('letter.issuedHelp')}</p>
          <LetterPdfActions letter={issued} />
        </Alert>
      )}
      <h3>{t('letter.letters')}</h3>
      {r.letters.length === 0 ? (
        <p className="muted">{t('letter.none')}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t('letter.letters')}</caption>
          <TableHead columns={[t('letter.col.number'), t('letter.col.issued'), t('letter.col.paper'), t('letter.col.state')]} actions="shown" />
          <tbody>
            {r.letters.map((l) => (
              <tr key={l.id} className={l.cancelledAt ? 'letter-cancelled' : undefined}>
                <th scope="row" className="mono">
                  {l.number}
                </th>
                <td>{formatDateTime(l.issuedAt, timeZone)}</td>
                <td>{label('paper', l.paper)}</td>
                <td>
                  {l.cancelledAt ? (
                    <span className="badge ref-dibatalkan">{t('letter.stateCancelled', { date: formatDateTime(l.cancelledAt, timeZone) })}</span>
                  ) : (
                    <span className="badge ref-selesai">{t('letter.stateIssued')}</span>
                  )}
                </td>
                <td>
                  <div className="actions">
                    <button type="button" className="button button-small" aria-label={t('letter.viewPdfNamed', { number: l.number })} onClick={() => setViewing(l)}>
                      {t('letter.viewPdf')}
                    </button>
                    {!l.cancelledAt && (
                      <button type="button" className="button button-small" aria-label={t('letter.cancelNamed', { number: l.number })} onClick={() => setCancelling(l)}>
                        {t('letter.cancel')}
                      </button>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {ISSUABLE.includes(r.status) ? (
        <NewLetter
          referral={r}
          onIssued={(l) => {
            setNotice(null);
            setIssued(l);
          }}
        />
      ) : (
        <p className="muted">{t('letter.notIssuable')}</p>
      )}
      <LetterPdfDialog letter={viewing} onClose={() => setViewing(null)} />
      <CancelLetterDialog
        letter={cancelling}
        referralId={r.id}
        onClose={() => setCancelling(null)}
        onDone={(number) => {
          setCancelling(null);
          if (issued?.number === number) setIssued(null);
          setNotice(t('letter.cancelled', { number }));
        }}
      />
    </section>
  );
}

function NewLetter({ referral: r, onIssued }: { referral: Referral; onIssued(l: Letter): void }) {
  const { t } = useTranslation();
  const { settings, settingsError, loadSettings, issue } = useLetters();
  const [paper, setPaper] = useState<Paper | null>(null);
  const [withSummary, setWithSummary] = useState(false);
  const [preview, setPreview] = useState<{ html: string; number: string; paper: Paper } | 'loading' | null>(null);
  const [error, setError] = useState<AppErrorBody | null>(null);
  const [issuing, setIssuing] = useState(false);
  useEffect(() => {
    void loadSettings();
  }, [loadSettings]);
  const chosenPaper = paper ?? settings?.paper ?? 'a4';

  const show = async (p: Paper, summary: boolean) => {
    setError(null);
    setPreview('loading');
    const res = await previewLetter({ referralId: r.id, paper: p, withSummary: summary });
    if (!res.ok) {
      setPreview(null);
      return setError(res.error);
    }
    setPreview({ ...res.value, paper: p });
  };
  // Once shown, the preview follows the chosen paper and summary (and the referral's changes);
  // `preview` itself is left out of the dependencies on purpose (showing it sets it).
  useEffect(() => {
    if (preview && preview !== 'loading') void show(chosenPaper, withSummary);
  }, [chosenPaper, withSummary, r.version]);

  const doIssue = async () => {
    setIssuing(true);
    setError(null);
    const res = await issue({ referralId: r.id, paper: chosenPaper, withSummary });
    setIssuing(false);
    if (!res.ok) return setError(res.error);
    setPreview(null);
    onIssued(res.value);
  };

  if (settingsError) return <ErrorAlert error={settingsError} />;
  if (!settings) return <Loading />;
  return (
    <div className="new-letter">
      <h3>{t('letter.preview')}</h3>
      <p className="hint">{t('letter.intro')}</p>
      <div className="letter-tools">
        <div className="field">
          <label htmlFor="letter-paper">{t('letter.paper')}</label>
          <select id="letter-paper" value={chosenPaper} onChange={(e) => setPaper(e.target.value as Paper)}>
            <EnumOptions kind="paper" values={PAPER.values} />
          </select>
        </div>
        <label className="check">
          <input type="checkbox" checked={withSummary} onChange={(e) => setWithSummary(e.target.checked)} />
          {t('letter.withSummary')}
        </label>
        <button type="button" className="button" onClick={() => void show(chosenPaper, withSummary)} disabled={preview === 'loading'}>
          {preview && preview !== 'loading' ? t('letter.refreshPreview') : t('letter.preview')}
        </button>
      </div>
      {error && <ErrorAlert error={error} />}
      {preview === 'loading' && <p className="loading" role="status">{t('letter.previewLoading')}</p>}
      {preview && preview !== 'loading' && (
        <>
          <div className="letter-issue-bar">
            <p className="letter-next-number" role="status">
              {t('letter.previewNumber', { number: preview.number })}
            </p>
            <button type="button" className="button button-primary" disabled={issuing} onClick={() => void doIssue()}>
              {issuing ? t('letter.issuing') : t('letter.issue')}
            </button>
          </div>
          <LetterPreview html={preview.html} number={preview.number} paper={preview.paper} margins={settings.margins} />
        </>
      )}
    </div>
  );
}
