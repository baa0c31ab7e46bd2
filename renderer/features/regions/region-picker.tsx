import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { regionPath } from '../../../shared/validators/region';
import { regionName } from '../../components/format';
import { regionKey, useRegions } from '../../stores/regions';

const LEVELS = ['province', 'regency', 'district', 'village'] as const;

interface Props {
  idPrefix: string;
  /** The chosen code: a village for the client form, any level for a filter. */
  value: string | null;
  onChange(code: string | null): void;
  /** How many levels to offer: 4 for an address, 2 (province, regency/city) for a filter. */
  depth: 2 | 4;
  /** 'village': only a complete choice counts; 'deepest': whatever level was chosen last. */
  emit: 'village' | 'deepest';
  error?: string;
}

/** Kemendagri regions, one select per level; each level loads once its parent is chosen. */
export function RegionPicker({ idPrefix, value, onChange, depth, emit, error }: Props) {
  const { t } = useTranslation();
  const { children, loadChildren } = useRegions();
  const [chain, setChain] = useState<string[]>(() => (value ? regionPath(value) : []));
  const emitted = emit === 'village' ? (chain.length === 4 ? chain[3] : null) : (chain.at(-1) ?? null);

  // A value set from outside (a form reset, a cleared filter) replaces the chosen chain.
  useEffect(() => {
    if (value !== emitted && !(value === null && emit === 'village')) setChain(value ? regionPath(value) : []);
    // Only changes of `value` from outside matter here, hence the single dependency.
  }, [value]);

  useEffect(() => {
    void loadChildren(null);
    chain.slice(0, depth - 1).forEach((code) => void loadChildren(code));
  }, [chain, depth, loadChildren]);

  const choose = (level: number, code: string) => {
    const next = code ? [...chain.slice(0, level), code] : chain.slice(0, level);
    setChain(next);
    const out = emit === 'village' ? (next.length === 4 ? next[3] : null) : (next.at(-1) ?? null);
    if (out !== value) onChange(out);
  };

  return (
    <div className={`region-picker depth-${depth}`}>
      {LEVELS.slice(0, depth).map((level, i) => {
        const parent = i === 0 ? null : chain[i - 1];
        const options = i === 0 || parent ? children[regionKey(parent ?? null)] : undefined;
        const id = `${idPrefix}-${level}`;
        const isLast = i === depth - 1;
        const err = isLast ? error : undefined;
        return (
          <div className="field" key={level}>
            <label htmlFor={id}>{t(`region.${level}`)}</label>
            <select
              id={id}
              aria-invalid={err ? true : undefined}
              aria-describedby={err ? `${idPrefix}-error` : undefined}
              value={chain[i] ?? ''}
              disabled={i > 0 && !parent}
              onChange={(e) => choose(i, e.target.value)}
            >
              <option value="">{i > 0 && !parent ? t('region.chooseAbove') : options ? t('region.choose') : t('common.loading')}</option>
              {options?.map((r) => (
                <option key={r.code} value={r.code}>
                  {regionName(r.name)}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </div>
  );
}
