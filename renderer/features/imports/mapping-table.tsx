import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, REQUIRED_IMPORT_FIELDS, type ImportField, type ImportPreview } from '../../../shared/contract';

interface Props {
  preview: ImportPreview;
  mapping: Partial<Record<ImportField, string>>;
  onChange(field: ImportField, column: string | null): void;
  disabled: boolean;
  missing: ImportField[];
}

/** Each client field ← one column of the file, with the first row's value as an example. */
export function MappingTable({ preview, mapping, onChange, disabled, missing }: Props) {
  const { t } = useTranslation();
  const first = preview.sample[0] ?? {};
  return (
    <div className="table-scroll">
      <table className="table mapping-table" aria-label={t('clientImport.mappingLabel')}>
        <thead>
          <tr>
            <th scope="col">{t('clientImport.field')}</th>
            <th scope="col">{t('clientImport.column')}</th>
            <th scope="col">{t('clientImport.example')}</th>
          </tr>
        </thead>
        <tbody>
          {IMPORT_FIELDS.map((field) => {
            const required = REQUIRED_IMPORT_FIELDS.includes(field);
            const column = mapping[field];
            const bad = missing.includes(field);
            return (
              <tr key={field}>
                <th scope="row">
                  <label htmlFor={`import-map-${field}`}>
                    {t(`clientImport.fields.${field}`)}
                    {required && <span className="required" aria-hidden="true"> *</span>}
                  </label>
                </th>
                <td>
                  <select
                    id={`import-map-${field}`}
                    value={column ?? ''}
                    disabled={disabled}
                    required={required}
                    aria-invalid={bad ? true : undefined}
                    aria-describedby={bad ? 'import-mapping-error' : undefined}
                    onChange={(e) => onChange(field, e.target.value || null)}
                  >
                    <option value="">{t('clientImport.notMapped')}</option>
                    {preview.columns.map((c) => (
                      <option key={c} value={c}>
                        {c}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="muted">{column ? (first[column] ?? '') : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The first rows as they will be read with the current mapping. */
export function MappedPreview({ preview, mapping }: { preview: ImportPreview; mapping: Partial<Record<ImportField, string>> }) {
  const { t } = useTranslation();
  const fields = IMPORT_FIELDS.filter((f) => mapping[f]);
  const rows = preview.sample.slice(0, 5);
  return (
    <>
      <p className="hint">{t('clientImport.previewIntro', { shown: rows.length })}</p>
      <div className="table-scroll">
        <table className="table" aria-label={t('clientImport.previewLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('clientImport.rowNumber')}</th>
              {fields.map((f) => (
                <th key={f} scope="col">
                  {t(`clientImport.fields.${f}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                <td>{i + 2}</td>
                {fields.map((f) => (
                  <td key={f}>{row[mapping[f]!] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
