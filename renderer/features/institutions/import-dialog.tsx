import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INSTITUTION_CSV_COLUMNS, type InstitutionImportReport } from '../../../shared/contract';
import type { AppErrorBody } from '../../../shared/result';
import { Alert, ErrorAlert, Loading } from '../../components/alert';
import { Dialog } from '../../components/dialog';
import { TableHead } from '../../components/table-head';
import { useServerText } from '../../i18n/server-messages';
import { useInstitutions } from '../../stores/institutions';

const SAMPLE = `${INSTITUTION_CSV_COLUMNS.join(',')}\nPuskesmas Contoh,puskesmas,Jl. Contoh No. 1,,024-000000,,dr. Contoh,Kepala Puskesmas Contoh,\n`;

/** CSV import: a dry run shows the per-row report; only a clean file can then be imported (all rows or none). */
export function ImportDialog({ open, onClose, onDone }: { open: boolean; onClose(): void; onDone(count: number): void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={onClose} title={t('institution.importTitle')}>
      <ImportBody onClose={onClose} onDone={onDone} />
    </Dialog>
  );
}

type State = { step: 'idle' } | { step: 'checking' } | { step: 'report'; csv: string; report: InstitutionImportReport } | { step: 'error'; error: AppErrorBody };

function ImportBody({ onClose, onDone }: { onClose(): void; onDone(count: number): void }) {
  const { t } = useTranslation();
  const st = useServerText();
  const importCsv = useInstitutions((s) => s.importCsv);
  const [state, setState] = useState<State>({ step: 'idle' });
  const [busy, setBusy] = useState(false);
  const [sampleUrl, setSampleUrl] = useState<string | null>(null);
  useEffect(() => {
    const url = URL.createObjectURL(new Blob([SAMPLE], { type: 'text/csv' }));
    setSampleUrl(url);
    return () => URL.revokeObjectURL(url);
  }, []);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setState({ step: 'checking' });
    const csv = await file.text();
    const r = await importCsv(csv, true);
    setState(r.ok ? { step: 'report', csv, report: r.value } : { step: 'error', error: r.error });
  };
  const commit = async (csv: string) => {
    setBusy(true);
    const r = await importCsv(csv, false);
    setBusy(false);
    if (!r.ok) return setState({ step: 'error', error: r.error });
    if (r.value.dryRun) return setState({ step: 'report', csv, report: r.value });
    onDone(r.value.imported);
  };

  const report = state.step === 'report' ? state.report : null;
  const bad = report?.rows.filter((r) => !r.ok).length ?? 0;
  const ready = (report?.rows.length ?? 0) - bad;
  return (
    <div className="form">
      <p>{t('institution.importIntro', { columns: INSTITUTION_CSV_COLUMNS.join(',') })}</p>
      {sampleUrl && (
        <p>
          <a href={sampleUrl} download="contoh-lembaga.csv">
            {t('institution.importSample')}
          </a>
        </p>
      )}
      <div className="field">
        <label htmlFor="inst-import-file">{t('institution.importFile')}</label>
        <input id="inst-import-file" type="file" accept=".csv,text/csv" onChange={(e) => void choose(e.target.files?.[0])} />
      </div>
      {state.step === 'checking' && <Loading />}
      {state.step === 'error' && (
        <ErrorAlert error={state.error}>
          {state.error.fields?.filter((f) => f.message !== state.error.message).map((f) => <p key={f.path}>{st(f.message)}</p>)}
        </ErrorAlert>
      )}
      {report && (
        <>
          {report.rows.length === 0 ? (
            <Alert kind="warning">{t('institution.importEmpty')}</Alert>
          ) : bad > 0 ? (
            <Alert kind="error" title={t('institution.importReady', { ok: ready, total: report.rows.length })}>
              <p>{t('institution.importBad', { count: bad })}</p>
            </Alert>
          ) : (
            <Alert kind="info">{t('institution.importReady', { ok: ready, total: report.rows.length })}</Alert>
          )}
          {report.rows.length > 0 && (
            <table className="table report-table">
              <caption className="visually-hidden">{t('institution.importReport')}</caption>
              <TableHead columns={[t('institution.importCol.row'), t('institution.importCol.name'), t('institution.importCol.result')]} />
              <tbody>
                {report.rows.map((r) => (
                  <tr key={r.row} className={r.ok ? undefined : 'row-bad'}>
                    <td>{r.row}</td>
                    <td>{r.name ?? '—'}</td>
                    <td>{r.ok ? t('institution.importRowOk') : r.errors.map((m) => <span key={m} className="block">{st(m)}</span>)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
      <div className="actions">
        {report && bad === 0 && ready > 0 && (
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void commit(state.step === 'report' ? state.csv : '')}>
            {busy ? t('common.saving') : t('institution.importCommit', { count: ready })}
          </button>
        )}
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
