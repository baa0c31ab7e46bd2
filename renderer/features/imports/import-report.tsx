import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, type ImportReport, type ImportRowReport } from '../../../shared/contract';
import { useServerText } from '../../i18n/server-messages';

const PAGE = 100;

/** Paths in the core's row messages ("address.villageCode: …") → the import's field names. */
const PATH_FIELD: Record<string, string> = {
  'address.street': 'street',
  'address.rt': 'rt',
  'address.rw': 'rw',
  'address.villageCode': 'villageCode',
  'guardian.name': 'guardianName',
  'guardian.relationship': 'guardianRelationship',
  'guardian.phone': 'guardianPhone',
  'dtsen.registered': 'dtsenRegistered',
  'dtsen.decile': 'dtsenDecile',
};

/** "nik: NIK harus 16 digit" → "NIK: NIK harus 16 digit", in the UI language. */
function useRowMessage() {
  const { t } = useTranslation();
  const st = useServerText();
  return (message: string) => {
    const m = /^([A-Za-z.]+): (.*)$/.exec(message);
    if (!m) return st(message);
    const field = PATH_FIELD[m[1]] ?? m[1];
    const label = (IMPORT_FIELDS as readonly string[]).includes(field) ? t(`clientImport.fields.${field}`) : m[1];
    return `${label}: ${st(m[2])}`;
  };
}

/** Counts, then the rows with errors (not imported) and the rows with warnings (imported). */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t, i18n } = useTranslation();
  const fmt = (v: number) => v.toLocaleString(i18n.language === 'en' ? 'en-US' : 'id-ID');
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
      {report.invalid === 0 && <p>{t('clientImport.allValid')}</p>}
      {errors.length > 0 && <RowTable title={t('clientImport.showErrors', { n: fmt(errors.length) })} rows={errors} kind="error" />}
      {warnings.length > 0 && <RowTable title={t('clientImport.showWarnings', { n: fmt(warnings.length) })} rows={warnings} kind="warning" />}
    </section>
  );
}

function RowTable({ title, rows, kind }: { title: string; rows: ImportRowReport[]; kind: 'error' | 'warning' }) {
  const { t } = useTranslation();
  const message = useRowMessage();
  const [shown, setShown] = useState(PAGE);
  return (
    <>
      <h4>{title}</h4>
      <div className="table-scroll" style={{ maxHeight: '28rem' }}>
        <table className="table report-table" aria-label={title}>
          <thead>
            <tr>
              <th scope="col">{t('clientImport.colRow')}</th>
              <th scope="col">{t('clientImport.colName')}</th>
              <th scope="col">{t('clientImport.colProblems')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, shown).map((r) => (
              <tr key={r.row} className={`row-${kind}`}>
                <td>{r.row}</td>
                <td>{r.name ?? <span className="muted">{t('clientImport.noName')}</span>}</td>
                <td style={{ whiteSpace: 'normal' }}>
                  <ul>
                    {r.errors.map((m) => (
                      <li key={`e${m}`} className="msg-error">
                        <span className="tag">{t('clientImport.error')}</span>
                        {message(m)}
                      </li>
                    ))}
                    {r.warnings.map((m) => (
                      <li key={`w${m}`} className="msg-warning">
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
