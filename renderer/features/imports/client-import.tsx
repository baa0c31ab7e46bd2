import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REQUIRED_IMPORT_FIELDS } from '../../../shared/contract';
import { paths } from '../../app/router';
import { Alert, ErrorAlert } from '../../components/alert';
import { JobProgress } from '../../components/job-progress';
import { useClientImport } from '../../stores/imports';
import { EncodingNote, ImportReportView } from './import-report';
import { MappedPreview, MappingTable } from './mapping-table';
import { formatCount } from '../../components/format';

/** Client list from CSV/XLSX: choose → map columns → check (dry run) → import; progress and cancel while it runs. */
export function ClientImport() {
  const { t, i18n } = useTranslation();
  const s = useClientImport();
  const [inputKey, setInputKey] = useState(0);
  const [showMissing, setShowMissing] = useState(false);
  const fmt = (v: number) => formatCount(v, i18n.language);
  const missing = REQUIRED_IMPORT_FIELDS.filter((f) => !s.mapping[f]);
  const used = Object.values(s.mapping);
  const twice = used.find((c, i) => used.indexOf(c) !== i);
  const busy = s.job !== null;
  const imported = s.outcome === 'imported';

  // When a run ends, what it found is where the keyboard goes next (its buttons were gone while it ran).
  const mounted = useRef(false);
  useEffect(() => {
    // Coming back to this tab shows the last result without pulling focus to it.
    if (!mounted.current) return void (mounted.current = true);
    if (!s.outcome) return;
    document.getElementById(s.outcome === 'checked' ? 'import-report-title' : 'client-import-outcome')?.focus();
  }, [s.outcome, s.report]);

  const check = () => {
    if (missing.length) {
      setShowMissing(true);
      document.getElementById(`import-map-${missing[0]}`)?.focus();
      return;
    }
    setShowMissing(false);
    void s.run({ dryRun: true, skipInvalid: false });
  };
  const startOver = () => {
    s.reset();
    setInputKey((k) => k + 1);
  };

  return (
    <section className="card" aria-labelledby="client-import-title">
      <h2 id="client-import-title">{t('clientImport.title')}</h2>
      <p>{t('clientImport.intro')}</p>
      <div className="field" style={{ maxWidth: '36rem' }}>
        <label htmlFor="client-import-file">{t('clientImport.file')}</label>
        <input
          key={inputKey}
          id="client-import-file"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby="client-import-file-hint"
          disabled={busy || s.reading}
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void s.choose(f);
          }}
        />
        <div className="hint" id="client-import-file-hint">
          {t('clientImport.fileHint')}
        </div>
      </div>
      {s.reading && (
        <p className="busy" role="status">
          {t('clientImport.reading')}
        </p>
      )}
      {s.error && !s.preview && <ErrorAlert error={s.error} />}

      {s.preview && s.file && (
        <div className="form">
          <p>
            <strong>{t('clientImport.fileSummary', { fileName: s.file.name, format: s.preview.format.toUpperCase(), count: s.preview.rowCount, n: fmt(s.preview.rowCount), columns: s.preview.columns.length })}</strong>{' '}
            <button type="button" className="button button-small" onClick={startOver} disabled={busy}>
              {t('clientImport.chooseOther')}
            </button>
          </p>
          <h3>{t('clientImport.mappingTitle')}</h3>
          <p className="hint">{t('clientImport.mappingIntro')}</p>
          <EncodingNote encoding={s.preview.encoding} />
          <MappingTable preview={s.preview} mapping={s.mapping} onChange={s.setMapping} disabled={busy || imported} missing={showMissing ? missing : []} />
          {showMissing && missing.length > 0 && (
            <div className="field-error" id="import-mapping-error" role="alert">
              <p>{t('clientImport.missingRequired', { fields: missing.map((f) => t(`clientImport.fields.${f}`)).join(', ') })}</p>
            </div>
          )}
          {twice && <Alert kind="warning">{t('clientImport.usedTwice', { column: twice })}</Alert>}
          <h3>{t('clientImport.previewTitle')}</h3>
          <MappedPreview preview={s.preview} mapping={s.mapping} report={s.report} />

          {s.job && <JobProgress job={s.job} label={t('clientImport.progressLabel')} onCancel={() => void s.cancel()} />}
          <div id="client-import-outcome" tabIndex={-1}>
            {s.outcome === 'cancelled' && <Alert kind="info" title={t('clientImport.cancelled')} />}
            {s.outcome === 'failed' && s.error && (
              <ErrorAlert error={s.error}>
                <p>{t('clientImport.failedNothing')}</p>
              </ErrorAlert>
            )}
            {s.outcome === 'refused' && s.report && <Alert kind="error" title={t('clientImport.refused', { count: s.report.invalid, n: fmt(s.report.invalid) })} />}
            {imported && s.report && (
              <Alert kind="success" title={t('clientImport.imported', { count: s.report.imported, n: fmt(s.report.imported) })}>
                <ImportedClients clients={s.report.importedClients} />
              </Alert>
            )}
          </div>
          {s.report && <ImportReportView report={s.report} />}

          {!busy && !imported && (
            <div className="actions">
              <button type="button" className={s.report ? 'button' : 'button button-primary'} onClick={check} aria-describedby="client-import-check-hint">
                {t('clientImport.check')}
              </button>
              {s.report && s.report.dryRun && <ImportButtons valid={s.report.valid} invalid={s.report.invalid} onImport={(skipInvalid) => void s.run({ dryRun: false, skipInvalid })} />}
              <span className="hint" id="client-import-check-hint">
                {t('clientImport.checkHint')}
              </span>
            </div>
          )}
        </div>
      )}
    </section>
  );
}

function ImportButtons({ valid, invalid, onImport }: { valid: number; invalid: number; onImport(skipInvalid: boolean): void }) {
  const { t, i18n } = useTranslation();
  const fmt = (v: number) => formatCount(v, i18n.language);
  if (valid === 0) return <span className="field-error">{t('clientImport.nothingValid')}</span>;
  if (invalid === 0)
    return (
      <button type="button" className="button button-primary" onClick={() => onImport(false)}>
        {t('clientImport.importAll', { count: valid, n: fmt(valid) })}
      </button>
    );
  return (
    <>
      <button type="button" className="button button-primary" onClick={() => onImport(true)} aria-describedby="client-import-skip-hint">
        {t('clientImport.importValidOnly', { count: valid, n: fmt(valid) })}
      </button>
      <span className="hint" id="client-import-skip-hint">
        {t('clientImport.importValidOnlyHint', { count: invalid, n: fmt(invalid) })}
      </span>
    </>
  );
}

const SHOWN = 10;

/** The clients just stored, to open one (and open a case for them), or all who still wait for a case. */
function ImportedClients({ clients }: { clients: { row: number; id: string; name: string }[] }) {
  const { t, i18n } = useTranslation();
  const fmt = (v: number) => formatCount(v, i18n.language);
  return (
    <>
      <p>{t('clientImport.importedHint')}</p>
      <ul className="imported-clients" aria-label={t('clientImport.importedList')}>
        {clients.slice(0, SHOWN).map((c) => (
          <li key={c.id}>
            <a href={paths.client(c.id)}>{c.name}</a>
          </li>
        ))}
      </ul>
      <p>
        <a href={`${paths.cases}?tampil=tanpa-kasus`}>
          {clients.length > SHOWN ? t('clientImport.importedAll', { count: clients.length, n: fmt(clients.length) }) : t('clientImport.importedWaiting')}
        </a>
      </p>
    </>
  );
}
