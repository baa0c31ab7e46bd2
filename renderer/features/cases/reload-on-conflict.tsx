import { useTranslation } from 'react-i18next';
import type { FormProblem } from '../../components/server-errors';
import { useCases } from '../../stores/cases';

/** After a CONFLICT (someone else changed the case), reload it without losing the dialog's text. */
export function ReloadOnConflict({ problem, caseId, onReloaded }: { problem: FormProblem | null; caseId: string; onReloaded(): void }) {
  const { t } = useTranslation();
  const load = useCases((s) => s.load);
  if (problem?.error.code !== 'CONFLICT') return null;
  return (
    <p>
      <button type="button" className="button button-small" onClick={() => void load(caseId).then(onReloaded)}>
        {t('case.reloadLatest')}
      </button>
    </p>
  );
}
