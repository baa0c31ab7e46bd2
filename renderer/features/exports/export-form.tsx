import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, ErrorAlert } from '../../components/alert';
import { JobProgress } from '../../components/job-progress';
import { useEnumLabel } from '../../components/enum-options';
import { useServerText } from '../../i18n/server-messages';
import type { CaseQuery } from '../../stores/cases';
import { useWorkers } from '../../stores/workers';
import { EXPORT_FORMATS, caseById, filteredQuery, useExports, type ExportChoices, type ExportScope } from '../../stores/exports';
import { CasePicker } from './case-picker';
import { formatBytes } from './files';
import { PasswordFields } from './password-fields';
import { TableChoice } from './table-choice';
import { formatCount } from '../../components/format';

type Problems = Partial<Record<'case' | 'table' | 'columns' | 'password' | 'passwordConfirm', string>>;

/** What the form can say before asking the core (the core checks again). */
function check(c: ExportChoices, t: (k: string) => string): Problems {
  const p: Problems = {};
  const table = c.format === 'csv' || c.format === 'xlsx';
  if (c.scope === 'case' && !c.chosen) p.case = t('exporting.chooseCase');
  if (table && c.table === 'clients' && c.scope !== 'all') p.table = t('exporting.clientsAllOnly');
  if (table && c.columns[c.table].length === 0) p.columns = t('exporting.chooseColumns');
  if (c.protect && c.password.length < 8) p.password = t('exporting.passwordShort');
  else if (c.protect && c.password !== c.passwordConfirm) p.passwordConfirm = t('exporting.passwordMismatch');
  return p;
}

const SERVER_FIELDS: Record<string, keyof Problems> = { caseIds: 'case', table: 'table', columns: 'columns', password: 'password' };

export function ExportForm({ presetCaseId, presetScope }: { presetCaseId: string | null; presetScope: string | null }) {
  const { t, i18n } = useTranslation();
  const st = useServerText();
  const { choices: c, setChoices, step, job, cancelled, cancel, error, saved, run, counts, loadCounts } = useExports();
  const [problems, setProblems] = useState<Problems>({});
  const filtered = filteredQuery();
  const table = c.format === 'csv' || c.format === 'xlsx';

  useEffect(() => {
    void loadCounts();
    // "Ekspor hasil ini" on the case list asks for its filter; a filter since cleared cannot be chosen.
    if (presetScope === 'filtered' && filteredQuery()) setChoices({ scope: 'filtered' });
    else if (useExports.getState().choices.scope === 'filtered' && !filteredQuery()) setChoices({ scope: 'case' });
  }, [loadCounts, presetScope, setChoices]);
  // A link from a case page ("Ekspor kasus ini") arrives with that case chosen.
  useEffect(() => {
    if (!presetCaseId || useExports.getState().choices.chosen?.id === presetCaseId) return;
    void caseById(presetCaseId).then((chosen) => chosen && setChoices({ scope: 'case', chosen }));
  }, [presetCaseId, setChoices]);

  const change = (patch: Partial<ExportChoices>) => {
    setChoices(patch);
    setProblems((p) => {
      const next = { ...p };
      if ('chosen' in patch || 'scope' in patch) delete next.case;
      if ('columns' in patch || 'table' in patch) delete next.columns;
      if ('table' in patch || 'scope' in patch) delete next.table;
      if ('password' in patch || 'protect' in patch) delete next.password;
      if ('password' in patch || 'passwordConfirm' in patch || 'protect' in patch) delete next.passwordConfirm;
      return next;
    });
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = check(c, t);
    setProblems(found);
    if (Object.keys(found).length) {
      document.getElementById(`export-${Object.keys(found)[0] === 'passwordConfirm' ? 'password-confirm' : Object.keys(found)[0]}`)?.focus();
      return;
    }
    const ok = await run();
    // The progress (and its Cancel button, which had the focus) is gone: the keyboard goes back to the form's button.
    if (ok || useExports.getState().cancelled) setTimeout(() => document.getElementById('export-submit')?.focus(), 0);
    const err = useExports.getState().error;
    if (!ok && err?.fields) {
      const mapped: Problems = {};
      for (const f of err.fields) {
        const key = SERVER_FIELDS[f.path.split('.')[0]];
        if (key) mapped[key] = st(f.message);
      }
      setProblems(mapped);
    }
  };

  const scopeOption = (scope: ExportScope, label: string, hint?: string, disabled = false) => (
    <label className="choice" key={scope}>
      <input type="radio" name="export-scope" value={scope} checked={c.scope === scope} disabled={disabled} onChange={() => change({ scope, ...(scope !== 'all' && c.table === 'clients' ? { table: 'cases' } : {}) })} />
      <span className="choice-label">{label}</span>
      {hint && <span className="hint">{hint}</span>}
    </label>
  );
  const filterText = useFilterText(filtered);
  const n = (v: number | null) => (v === null ? '…' : formatCount(v, i18n.language));

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="export-title">
      <h2 id="export-title" className="visually-hidden">
        {t('exporting.title')}
      </h2>
      <fieldset className="section">
        <legend>{t('exporting.what')}</legend>
        <div className="choice-list">
          <div>
            {scopeOption('case', t('exporting.scopeCase'))}
            {c.scope === 'case' && (
              <div className="choice-body" style={{ marginLeft: '1.55rem' }}>
                <CasePicker chosen={c.chosen} onChoose={(chosen) => change({ chosen })} error={problems.case} />
              </div>
            )}
          </div>
          {filtered
            ? scopeOption('filtered', t('exporting.scopeFiltered', { n: n(counts.filtered) }), t('exporting.scopeFilteredHint', { filter: filterText }))
            : scopeOption('filtered', t('exporting.scopeFilteredNone'), t('exporting.scopeFilteredNoneHint'), true)}
          {scopeOption('all', counts.all === null ? t('exporting.scopeAllLoading') : t('exporting.scopeAll', { n: n(counts.all) }))}
        </div>
      </fieldset>

      <fieldset className="section">
        <legend>{t('exporting.format')}</legend>
        <div className="choice-list">
          {EXPORT_FORMATS.map((f) => (
            <label className="choice" key={f}>
              <input type="radio" name="export-format" value={f} checked={c.format === f} onChange={() => change({ format: f })} aria-describedby={`export-format-${f}-hint`} />
              <span className="choice-label">{t(`exporting.formats.${f}`)}</span>
              <span className="hint" id={`export-format-${f}-hint`}>
                {t(`exporting.formatHints.${f}`)}
              </span>
            </label>
          ))}
        </div>
        {c.format === 'pdf' && (
          <fieldset className="inline-group">
            <legend>{t('exporting.paper')}</legend>
            {(['a4', 'f4'] as const).map((p) => (
              <label className="check" key={p}>
                <input type="radio" name="export-paper" value={p} checked={c.paper === p} onChange={() => change({ paper: p })} />
                {t(`exporting.papers.${p}`)}
              </label>
            ))}
          </fieldset>
        )}
        {table && (
          <TableChoice
            table={c.table}
            columns={c.columns[c.table]}
            clientsAllowed={c.scope === 'all'}
            onTable={(name) => change({ table: name })}
            onColumns={(cols) => change({ columns: { ...c.columns, [c.table]: cols } })}
            errors={{ table: problems.table, columns: problems.columns }}
          />
        )}
      </fieldset>

      <fieldset className="section">
        <legend>{t('exporting.protection')}</legend>
        <div className="toggle-block">
          <label className="check">
            <input type="checkbox" checked={c.deidentify} onChange={(e) => change({ deidentify: e.target.checked })} aria-describedby="export-deidentify-hint" />
            <strong>{t('exporting.deidentify')}</strong>
          </label>
          <div className="hint" id="export-deidentify-hint">
            {t('exporting.deidentifyHint')}
          </div>
        </div>
        <div className="toggle-block">
          <label className="check">
            <input type="checkbox" checked={c.protect} onChange={(e) => change({ protect: e.target.checked })} aria-describedby="export-protect-hint" />
            <strong>{t('exporting.protect')}</strong>
          </label>
          <div className="hint" id="export-protect-hint">
            {t('exporting.protectHint')}
          </div>
          {c.protect && (
            <PasswordFields
              idPrefix="export"
              hint={t('exporting.passwordHint')}
              password={c.password}
              confirm={c.passwordConfirm}
              onPassword={(password) => change({ password })}
              onConfirm={(passwordConfirm) => change({ passwordConfirm })}
              errors={{ password: problems.password, confirm: problems.passwordConfirm }}
            />
          )}
        </div>
      </fieldset>

      {error && !Object.keys(problems).length && (
        <ErrorAlert error={error}>
          <p>{t('exporting.notDone')}</p>
        </ErrorAlert>
      )}
      {error && Object.keys(problems).length > 0 && <Alert kind="error" title={t('exporting.notDone')} />}
      {cancelled && !job && <Alert kind="info" title={t('exporting.cancelled')} />}
      {saved && !step && !job && !error && !cancelled && (
        <Alert kind="success" title={t('exporting.done', { fileName: saved.fileName, size: formatBytes(saved.size, i18n.language) })}>
          <p>
            {t('exporting.doneHint')}{' '}
            <a href={saved.url} download={saved.fileName}>
              {t('exporting.downloadAgain', { fileName: saved.fileName })}
            </a>
          </p>
        </Alert>
      )}
      {job && <JobProgress job={job} label={t('exporting.progressLabel')} onCancel={() => void cancel()} />}
      <div className="actions">
        <button type="submit" id="export-submit" className="button button-primary" disabled={step !== null || job !== null}>
          {t('exporting.submit')}
        </button>
        <span role="status" aria-live="polite">
          {step && <span className="busy">{t('exporting.collecting')}</span>}
        </span>
      </div>
    </form>
  );
}

/** "pencarian “budi”, Status: Aktif, Pekerja Sosial: Rina" — the case list's filter in words. */
function useFilterText(q: CaseQuery | null): string {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const workers = useWorkers((s) => s.workers) ?? [];
  if (!q) return '';
  const parts: string[] = [];
  if (q.search) parts.push(t('exporting.filterSearch', { search: q.search }));
  if (q.stage) parts.push(`${t('case.stage')}: ${label('stage', q.stage)}`);
  if (q.status) parts.push(`${t('case.status')}: ${label('status', q.status)}`);
  if (q.cluster) parts.push(`${t('case.cluster')}: ${label('cluster', q.cluster)}`);
  if (q.ppksType) parts.push(`${t('case.ppksType')}: ${label('ppks', q.ppksType)}`);
  if (q.workerId) parts.push(`${t('case.worker')}: ${workers.find((w) => w.id === q.workerId)?.name ?? '—'}`);
  if (q.regionCode) parts.push(t('exporting.filterRegion', { code: q.regionCode }));
  return parts.join(', ');
}
