import { useTranslation } from 'react-i18next';
import { DEFAULT_TABLE_COLUMNS, TABLE_COLUMNS, TABLE_NAMES, type TableName } from '../../../shared/contract';
import { GroupError } from '../../components/field';

interface Props {
  table: TableName;
  columns: string[];
  /** The clients table ignores a case selection (it always lists every client), so it needs "all". */
  clientsAllowed: boolean;
  onTable(table: TableName): void;
  onColumns(columns: string[]): void;
  errors: { table?: string; columns?: string };
}

/** Which table of a spreadsheet export, and which of its columns (kept in the table's own order). */
export function TableChoice({ table, columns, clientsAllowed, onTable, onColumns, errors }: Props) {
  const { t, i18n } = useTranslation();
  const all = DEFAULT_TABLE_COLUMNS[table];
  const chosen = new Set(columns);
  const toggle = (c: string, on: boolean) => onColumns(all.filter((x) => (x === c ? on : chosen.has(x))));
  return (
    <>
      <div className="field" style={{ maxWidth: '24rem' }}>
        <label htmlFor="export-table">{t('exporting.table')}</label>
        <select
          id="export-table"
          value={table}
          aria-invalid={errors.table ? true : undefined}
          aria-describedby={errors.table ? 'export-table-error' : undefined}
          onChange={(e) => onTable(e.target.value as TableName)}
        >
          {TABLE_NAMES.map((name) => (
            <option key={name} value={name} disabled={name === 'clients' && !clientsAllowed}>
              {t(`exporting.tables.${name}`)}
            </option>
          ))}
        </select>
        {!clientsAllowed && <div className="hint">{t('exporting.clientsAllOnly')}</div>}
        <GroupError id="export-table-error" error={errors.table} />
      </div>
      <fieldset className="checkbox-group" aria-describedby={`export-columns-hint${errors.columns ? ' export-columns-error' : ''}`}>
        <legend>{t('exporting.columns')}</legend>
        <div className="hint" id="export-columns-hint" style={{ width: '100%' }}>
          {t('exporting.columnsHint')}{' '}
          <button type="button" className="button button-small button-quiet" onClick={() => onColumns([...all])}>
            {t('exporting.allColumns')}
          </button>{' '}
          <button type="button" className="button button-small button-quiet" onClick={() => onColumns([])}>
            {t('exporting.noColumns')}
          </button>
        </div>
        <div className="column-checks">
          {all.map((c) => {
            const header = TABLE_COLUMNS[c]?.header ?? c;
            return (
              <label key={c} className="check">
                <input type="checkbox" checked={chosen.has(c)} onChange={(e) => toggle(c, e.target.checked)} />
                <span>
                  {t(`exportColumn.${c}`, { defaultValue: header })}
                  {i18n.language === 'en' && <span className="muted"> ({header})</span>}
                </span>
              </label>
            );
          })}
        </div>
        <GroupError id="export-columns-error" error={errors.columns} />
      </fieldset>
    </>
  );
}
