import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useTasks } from '../../stores/tasks';
import { useWorkers } from '../../stores/workers';

/** The number of the acting worker's overdue follow-ups, beside "Tindak Lanjut" in the navigation. */
export function OverdueBadge() {
  const { t } = useTranslation();
  const count = useTasks((s) => s.overdueCount);
  const loadDue = useTasks((s) => s.loadDue);
  const workerId = useWorkers((s) => s.current?.id);
  useEffect(() => {
    void loadDue();
  }, [loadDue, workerId]);
  if (!count) return null;
  return (
    <>
      <span className="nav-badge" aria-hidden="true" title={t('followUp.badge', { count })}>
        {count}
      </span>
      <span className="visually-hidden"> ({t('followUp.badge', { count })})</span>
    </>
  );
}
