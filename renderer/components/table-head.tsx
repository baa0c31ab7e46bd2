import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface TableHeadProps {
  /** One column header each, in order. */
  columns: ReactNode[];
  /**
   * The column of row buttons at the end: `shown` headed "Aksi"; `hidden` named for screen
   * readers only (where each button already says what it does to which row).
   */
  actions?: 'shown' | 'hidden';
}

/** A table's header row. */
export function TableHead({ columns, actions }: TableHeadProps) {
  const { t } = useTranslation();
  return (
    <thead>
      <tr>
        {columns.map((c, i) => (
          <th key={i} scope="col">
            {c}
          </th>
        ))}
        {actions && <th scope="col">{actions === 'hidden' ? <span className="visually-hidden">{t('common.actions')}</span> : t('common.actions')}</th>}
      </tr>
    </thead>
  );
}
