import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportProblem, ImportReport, ImportRowReport } from '../../../shared/contract';
import { Alert } from '../../components/alert';
import { TableHead } from '../../components/table-head';
import { useServerText } from '../../i18n/server-messages';
import { formatCount } from '../../components/format';

const PAGE = 100;

/** "NIK: NIK harus 16 digit (sekarang 5). (kolom “No NIK”)" — the field, what is wrong, and where in the file, in the UI language. */
export function useProblemText() {
  const { t } = useTranslation();
  const st = useServerText();
  return (p: ImportProblem) => {
    const said = p.path ? `${t(`clientImport.fields.${p.path}`)}: ${st(p.message)}` : st(p.message);
    return p.column ? `${said} ${t('clientImport.inColumn', { column: p.column })}` : said;
  };
}

/** Counts, then the rows with errors (not imported) and the rows with warnings (imported). */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t, i18n } = useTranslation();
  const fmt = (v: number) => formatCount(v, i18n.language);
  const errors = report.rows.filter((r) => r.errors.length);
  const warnings = report.rows.filter((r) => !r.errors.length && r.warnings.length);
  return (
    <section aria-labelledby="import-report-title" className="subcard">
      <h3 id="import-report-title" tabIndex={-1}>{report.dryRun ? t('clientImport.reportTitleDry') : t('clientImport.reportTitle')}</h3>
      <dl className="report-counts" aria-label={t('clientImport.counts')}>
        <div>
          <dt>{t('clientImport.countTotal')}</dt>
          <dd>{fmt(report.total)}</dd>
        </div>
        <div>
          <dt>{t('clientImport.countValid')}</dt>
          <dd>{fmt(report.valid)}</dd>
        </div>
        <div className={report.invalid ? 'bad' : undefined}>
          <dt>{t('clientImport.countInvalid')}</dt>
          <dd>{fmt(report.invalid)}</dd>
        </div>
        <div className={warnings.length ? 'warn' : undefined}>
          <dt>{t('clientImport.countWarnings')}</dt>
          <dd>{fmt(warnings.length)}</dd>
        </div>
      </dl>
      <EncodingNote encoding={report.encoding} />
      {report.invalid === 0 && <p>{t('clientImport.allValid')}</p>}
      {errors.length > 0 && <RowTable title={t('clientImport.showErrors', { n: fmt(errors.length) })} rows={errors} kind="error" />}
      {warnings.length > 0 && <RowTable title={t('clientImport.showWarnings', { n: fmt(warnings.length) })} rows={warnings} kind="warning" />}
    </section>
  );
}

function RowTable({ title, rows, kind }: { title: string; rows: ImportRowReport[]; kind: 'error' | 'warning' }) {
  const { t } = useTranslation();
  const message = useProblemText();
  const [shown, setShown] = useState(PAGE);
  return (
    <>
      <h4>{title}</h4>
      <div className="table-scroll" style={{ maxHeight: '28rem' }}>
        <table className="table report-table" aria-label={title}>
          <TableHead columns={[t('clientImport.colRow'), t('clientImport.colName'), t('clientImport.colProblems')]} />
          <tbody>
            {rows.slice(0, shown).map((r) => (
              <tr key={r.row} className={`row-${kind}`}>
                <td>{r.row}</td>
                <td>{r.name ?? <span className="muted">{t('clientImport.noName')}</span>}</td>
                <td style={{ whiteSpace: 'normal' }}>
                  <ul>
                    {r.errors.map((m, i) => (
                      <li key={`e${i}`} className="msg-error">
                        <span className="tag">{t('clientImport.error')}</span>
                        {message(m)}
                      </li>
                    ))}
                    {r.warnings.map((m, i) => (
                      <li key={`w${i}`} className="msg-warning">
                        <span className="tag">{t('clientImport.warning')}</span>
                        {message(m)}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > shown && (
        <button type="button" className="button button-small" onClick={() => setShown((n) => n + PAGE * 5)}>
          {t('clientImport.more', { count: Math.min(PAGE * 5, rows.length - shown) })}
        </button>
      )}
    </>
  );
}

/** How a CSV that was not UTF-8 was read, and how to save it as UTF-8 next time. */
export function EncodingNote({ encoding }: { encoding: ImportReport['encoding'] }) {
  const { t } = useTranslation();
  if (encoding === 'windows-1252') {
    return (
      <Alert kind="warning" title={t('clientImport.encoding1252')}>
        <p>{t('clientImport.encoding1252Hint')}</p>
      </Alert>
    );
  }
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return <p className="hint">{t('clientImport.encodingUtf16')}</p>;
  return null;
}
