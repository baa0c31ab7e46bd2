import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRow } from '../../../shared/contract';
import { findCases, type ChosenCase } from '../../stores/exports';

const DELAY_MS = 150;

/** Finds one case by client name, NIK or case number and chooses it. */
export function CasePicker({ chosen, onChoose, error }: { chosen: ChosenCase | null; onChoose(c: ChosenCase | null): void; error?: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [found, setFound] = useState<{ query: string; rows: CaseRow[] } | null>(null);

  useEffect(() => {
    const q = text.trim();
    if (!q) return setFound(null);
    let live = true;
    const timer = setTimeout(async () => {
      const r = await findCases(q);
      if (live && r.ok) setFound({ query: q, rows: r.value });
    }, DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text]);

  if (chosen) {
    return (
      <div className="case-chosen" id="export-case">
        <span>{t('exporting.chosen', { number: chosen.number, name: chosen.clientName })}</span>
        <button type="button" className="button button-small" onClick={() => onChoose(null)}>
          {t('exporting.change')}
        </button>
      </div>
    );
  }
  const describedBy = ['export-case-hint', error ? 'export-case-error' : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor="export-case">{t('exporting.findCase')}</label>
      <input
        id="export-case"
        type="search"
        autoComplete="off"
        maxLength={100}
        placeholder={t('exporting.findCasePlaceholder')}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="hint" id="export-case-hint">
        {t('exporting.findCaseHint')}
      </div>
      {error && (
        <div className="field-error" id="export-case-error">
          <p>{error}</p>
        </div>
      )}
      {found && (
        <fieldset className="checkbox-group">
          <legend className="visually-hidden">{t('exporting.results')}</legend>
          {found.rows.length === 0 ? (
            <p className="muted" role="status">
              {t('exporting.noResults', { query: found.query })}
            </p>
          ) : (
            <ul className="case-results" style={{ width: '100%' }}>
              {found.rows.map((r) => (
                <li key={r.id}>
                  <label>
                    <input type="radio" name="export-case-result" value={r.id} onChange={() => onChoose({ id: r.id, number: r.number, clientName: r.clientName })} />
                    <span className="mono">{r.number}</span>
                    <span>{r.clientName}</span>
                    {r.nik && <span className="muted">NIK {r.nik}</span>}
                  </label>
                </li>
              ))}
            </ul>
          )}
        </fieldset>
      )}
    </div>
  );
}
