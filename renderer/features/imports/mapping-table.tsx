import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, REQUIRED_IMPORT_FIELDS, type ImportField, type ImportPreview, type ImportProblem, type ImportReport } from '../../../shared/contract';
import { useProblemText } from './import-report';
import { TableHead } from '../../components/table-head';

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
        <TableHead columns={[t('clientImport.field'), t('clientImport.column'), t('clientImport.example')]} />
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

/** The problems a report found, by row number and field: which cells to mark. */
function problemCells(report: ImportReport | null) {
  const cells = new Map<string, { kind: 'error' | 'warning'; problems: ImportProblem[] }>();
  for (const row of report?.rows ?? []) {
    for (const [kind, list] of [['error', row.errors], ['warning', row.warnings]] as const) {
      for (const p of list) {
        if (!p.path) continue;
        const key = `${row.row}:${p.path}`;
        const cell = cells.get(key) ?? { kind, problems: [] };
        cell.problems.push(p);
        cells.set(key, cell);
      }
    }
  }
  return cells;
}

/**
 * The first rows as they will be read with the current mapping; after a check, the cells
 * with a problem are marked (errors red, warnings amber) and say what is wrong.
 */
export function MappedPreview({ preview, mapping, report }: { preview: ImportPreview; mapping: Partial<Record<ImportField, string>>; report: ImportReport | null }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const fields = IMPORT_FIELDS.filter((f) => mapping[f]);
  const rows = preview.sample.slice(0, 10);
  const cells = problemCells(report);
  return (
    <>
      <p className="hint">{t('clientImport.previewIntro', { shown: rows.length })}</p>
      <div className="table-scroll">
        <table className="table mapped-preview" aria-label={t('clientImport.previewLabel')}>
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
                {fields.map((f) => {
                  const cell = cells.get(`${i + 2}:${f}`);
                  const said = cell?.problems.map(problemText).join(' ');
                  return (
                    <td key={f} className={cell ? `cell-${cell.kind}` : undefined} title={said}>
                      {row[mapping[f]!] ?? ''}
                      {cell && <span className="visually-hidden">{` (${t(cell.kind === 'error' ? 'clientImport.error' : 'clientImport.warning')}: ${said})`}</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
