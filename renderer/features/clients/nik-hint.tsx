import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decodeNik, nikBirthDate } from '../../../shared/validators/nik';
import { formatDate, regionName, todayIn } from '../../components/format';
import { useRegions } from '../../stores/regions';
import { useTimeZone } from '../../stores/settings';

interface Props {
  id: string;
  nik: string;
  birthDate: string;
  sex: string;
  /** Offers to copy the encoded birth date and sex into the form. */
  onApply(birthDate: string, sex: 'L' | 'P'): void;
}

/** Live: what a complete NIK encodes (birth date, sex, issuing region). */
export function NikHint({ id, nik, birthDate, sex, onApply }: Props) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const trimmed = nik.trim();
  const decoded = decodeNik(trimmed);
  const region = useIssuingRegion(decoded?.districtCode ?? null);

  let text: string;
  let encodedDate: string | null = null;
  if (!trimmed) text = t('client.nikHintEmpty');
  else if (!decoded) text = t('client.nikHintTyping', { count: trimmed.replace(/\D/g, '').length });
  else if (!decoded.dateIsValid) text = t('client.nikHintInvalidDate');
  else {
    encodedDate = nikBirthDate(trimmed, { recordedBirthDate: birthDate || null, today: todayIn(timeZone) });
    text = t('client.nikHintDecoded', { date: formatDate(encodedDate), sex: t(`client.sexWord.${decoded.sex}`) });
  }
  const differs = decoded && encodedDate && (encodedDate !== birthDate || decoded.sex !== sex);

  return (
    <div id={id} className="nik-hint" aria-live="polite">
      <span>{text}</span>
      {decoded && region && <span className="nik-region">{t('client.nikRegion', { region })}</span>}
      {differs && (
        <button type="button" className="button button-small" onClick={() => onApply(encodedDate!, decoded.sex)}>
          {t('client.nikApply')}
        </button>
      )}
    </div>
  );
}

/** "Semarang Selatan, Kota Semarang, Jawa Tengah", from the deepest level that exists. */
function useIssuingRegion(districtCode: string | null): string | null {
  const loadPath = useRegions((s) => s.loadPath);
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    setText(null);
    if (!districtCode) return;
    let live = true;
    void (async () => {
      for (const code of [districtCode, districtCode.slice(0, 5), districtCode.slice(0, 2)]) {
        const path = await loadPath(code);
        if (path) {
          if (live) setText([...path].reverse().map((r) => regionName(r.name)).join(', '));
          return;
        }
      }
    })();
    return () => {
      live = false;
    };
  }, [districtCode, loadPath]);
  return text;
}
