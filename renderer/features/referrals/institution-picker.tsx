import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Institution } from '../../../shared/contract';
import { GroupError } from '../../components/field';
import { useEnumLabel } from '../../components/enum-options';
import { regionName } from '../../components/format';
import { searchInstitutions } from '../../stores/institutions';

const SHOWN = 8;

interface Props {
  value: string;
  /** The chosen institution's name (a draft's destination may not be among the results). */
  chosenName: string | null;
  onChange(institution: { id: string; name: string }): void;
  /** "Add a new institution": the caller opens the dialog outside its own form. */
  onAdd(): void;
  error?: string;
}

/**
 * The destination, searched in the directory: a search box and the matches as radio buttons
 * (arrow keys move between them). A missing institution can be added without leaving the form.
 */
export function InstitutionPicker({ value, chosenName, onChange, onAdd, error }: Props) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const [search, setSearch] = useState('');
  const [results, setResults] = useState<Institution[] | null>(null);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      void searchInstitutions(search).then((r) => {
        if (live && r.ok) setResults(r.value);
      });
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [search]);

  const shown = results?.slice(0, SHOWN) ?? [];
  return (
    <fieldset className={`section${error ? ' has-error' : ''}`} aria-describedby={error ? 'ref-institution-error' : undefined}>
      <legend>
        {t('referral.destination')}
        <span className="required" aria-hidden="true"> *</span>
      </legend>
      <p className={value ? 'picker-chosen' : 'muted'} role="status">
        {value && chosenName ? t('referral.chosen', { name: chosenName }) : t('referral.noneChosen')}
      </p>
      <div className="field">
        <label htmlFor="ref-institution-search">{t('referral.searchInstitution')}</label>
        <input
          id="ref-institution-search"
          type="search"
          maxLength={100}
          placeholder={t('referral.searchPlaceholder')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
      </div>
      {results !== null && results.length === 0 && <p className="muted">{t('referral.noMatches')}</p>}
      {shown.length > 0 && (
        <ul className="picker-results" role="radiogroup" aria-label={t('referral.results')}>
          {shown.map((i) => (
            <li key={i.id}>
              <label>
                <input type="radio" name="ref-institution" value={i.id} checked={value === i.id} onChange={() => onChange({ id: i.id, name: i.name })} />
                <span>
                  {i.name}
                  <span className="block muted small">
                    {[label('institutionType', i.type), i.regionName && regionName(i.regionName)].filter(Boolean).join(' · ')}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {results && results.length > SHOWN && <p className="hint">{t('referral.moreMatches', { count: results.length })}</p>}
      <GroupError id="ref-institution-error" error={error} />
      <div>
        <button type="button" className="button button-small" onClick={onAdd}>
          {t('referral.addInstitution')}
        </button>
      </div>
    </fieldset>
  );
}
