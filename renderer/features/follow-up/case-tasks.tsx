import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../components/enum-options';
import { formatDate } from '../../components/format';
import { useTasks } from '../../stores/tasks';
import { TaskCloseDialog, type Closing } from './task-close-dialog';
import { TaskCreateDialog } from './task-create-dialog';

/** A case's follow-ups: open ones first, with done/missed actions, and a button to plan one. */
export function CaseTasks({ caseId, onNotice }: { caseId: string; onNotice(message: string): void }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { caseTasks, loadCase } = useTasks();
  const [closing, setClosing] = useState<Closing | null>(null);
  const [adding, setAdding] = useState(false);
  useEffect(() => {
    void loadCase(caseId);
  }, [caseId, loadCase]);

  return (
    <section className="card" aria-labelledby="case-tasks-title">
      <div className="section-head">
        <h2 id="case-tasks-title">{t('followUp.caseTitle')}</h2>
        <button type="button" className="button" onClick={() => setAdding(true)}>
          {t('followUp.add')}
        </button>
      </div>
      {caseTasks === null ? null : caseTasks.length === 0 ? (
        <p className="muted">{t('followUp.caseNone')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('followUp.col.task')}</th>
              <th scope="col">{t('followUp.col.due')}</th>
              <th scope="col">{t('followUp.col.status')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {caseTasks.slice(0, 20).map((task) => (
              <tr key={task.id}>
                <td>
                  {task.title}
                  <span className="block muted">{label('taskKind', task.kind)}</span>
                </td>
                <td>
                  <time dateTime={task.dueDate}>{formatDate(task.dueDate)}</time>
                </td>
                <td>
                  <span className={`badge task-${task.status}`}>{label('taskStatus', task.status)}</span>
                  {task.note && <span className="block muted small">{task.note}</span>}
                </td>
                <td>
                  {task.status === 'terbuka' && (
                    <div className="actions">
                      <button type="button" className="button button-small" aria-label={t('followUp.markDoneNamed', { title: task.title })} onClick={() => setClosing({ task, outcome: 'selesai' })}>
                        {t('followUp.markDone')}
                      </button>
                      <button type="button" className="button button-small" aria-label={t('followUp.markMissedNamed', { title: task.title })} onClick={() => setClosing({ task, outcome: 'terlewat' })}>
                        {t('followUp.markMissed')}
                      </button>
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {caseTasks && caseTasks.length > 20 && <p className="muted">{t('followUp.moreInTimeline', { count: caseTasks.length - 20 })}</p>}
      <TaskCloseDialog
        closing={closing}
        onClose={() => setClosing(null)}
        onDone={(outcome) => {
          onNotice(t(outcome === 'selesai' ? 'followUp.markedDone' : 'followUp.markedMissed', { title: closing?.task.title ?? '' }));
          setClosing(null);
        }}
      />
      <TaskCreateDialog
        open={adding}
        caseId={caseId}
        onClose={() => setAdding(false)}
        onDone={() => {
          setAdding(false);
          onNotice(t('followUp.added'));
        }}
      />
    </section>
  );
}
