import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTION, AUDIT_OUTCOME } from '../../../shared/enums';
import { DateInput } from '../../components/date-input';
import { Field, fieldAria } from '../../components/field';
import { useAudit, type AuditFilter } from '../../stores/audit';
import { useWorkers } from '../../stores/workers';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Date range, worker, action and outcome; a case chosen from a row shows as a removable chip. */
export function AuditFilters() {
  const { t } = useTranslation();
  const { filter, error, setFilter, resetFilter } = useAudit();
  const { workers, load: loadWorkers } = useWorkers();
  useEffect(() => {
    if (!workers) void loadWorkers();
  }, [workers, loadWorkers]);

  const fieldError = (path: string) => (error?.code === 'VALIDATION' ? error.fields?.find((f) => f.path === path)?.message : undefined);
  const select = (key: 'workerId' | 'action' | 'outcome') => ({
    value: filter[key] ?? '',
    onChange: (e: React.ChangeEvent<HTMLSelectElement>) => void setFilter({ [key]: e.target.value || undefined } as Partial<AuditFilter>),
  });
  const filtered = Object.values(filter).some((v) => v !== undefined && v !== '');

  return (
    <section className="filters audit-filters" aria-label={t('audit.filtersLabel')}>
      <div className="filter-grid">
        <DateFilter id="audit-from" label={t('audit.from')} value={filter.from} error={fieldError('from')} onChange={(from) => void setFilter({ from })} />
        <DateFilter id="audit-to" label={t('audit.to')} value={filter.to} error={fieldError('to')} onChange={(to) => void setFilter({ to })} />
        <div className="field">
          <label htmlFor="audit-worker">{t('audit.worker')}</label>
          <select id="audit-worker" {...select('workerId')}>
            <option value="">{t('audit.all')}</option>
            {(workers ?? []).map((w) => (
              <option key={w.id} value={w.id}>
                {w.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-action">{t('audit.action')}</label>
          <select id="audit-action" {...select('action')}>
            <option value="">{t('audit.all')}</option>
            {AUDIT_ACTION.values.map((a) => (
              <option key={a} value={a}>
                {t(`audit.action_.${a}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-outcome">{t('audit.outcome')}</label>
          <select id="audit-outcome" {...select('outcome')}>
            <option value="">{t('audit.all')}</option>
            {AUDIT_OUTCOME.values.map((o) => (
              <option key={o} value={o}>
                {t(`audit.outcome_.${o}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {(filter.caseId || filtered) && (
        <div className="actions">
          {filter.caseId && (
            <span className="badge badge-info">
              {t('audit.caseFilter', { number: filter.caseNumber ?? filter.caseId })}{' '}
              <button type="button" className="button button-small button-quiet" onClick={() => void setFilter({ caseId: undefined, caseNumber: undefined })}>
                {t('audit.clearCase')}
              </button>
            </span>
          )}
          {filtered && (
            <button type="button" className="button button-small" onClick={() => void resetFilter()}>
              {t('audit.reset')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}

/**
 * A day typed as DD-MM-YYYY: the trail is asked again once the date is whole (or cleared),
 * not on every keystroke; what was typed stays in the field.
 */
function DateFilter({ id, label, value, error, onChange }: { id: string; label: string; value?: string; error?: string; onChange(v: string | undefined): void }) {
  const [typed, setTyped] = useState(value ?? '');
  useEffect(() => {
    if (value === undefined && ISO_DATE.test(typed)) setTyped(''); // cleared from outside (reset)
    // Only outside changes matter here.
  }, [value]);
  return (
    <Field id={id} label={label} error={error}>
      <DateInput
        {...fieldAria(id, error)}
        value={typed}
        onChange={(v) => {
          setTyped(v);
          if (v === '') onChange(undefined);
          else if (ISO_DATE.test(v)) onChange(v);
        }}
      />
    </Field>
  );
}
