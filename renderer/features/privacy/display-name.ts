import { useTranslation } from 'react-i18next';
import { ERASED_CLIENT_NAME } from '../../../shared/contract';

/** A client's name as shown: an erased client's placeholder in the UI language. */
export function useDisplayName() {
  const { t } = useTranslation();
  return (name: string) => (name === ERASED_CLIENT_NAME ? t('erasure.erasedName') : name);
}
