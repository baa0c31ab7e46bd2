import { useTranslation } from 'react-i18next';
import type { AwaitingReferral, DueTask } from '../../../shared/contract';
import { paths } from '../../app/router';
import { useEnumLabel } from '../../components/enum-options';
import { formatDate } from '../../components/format';
import type { Closing } from './task-close-dialog';

/** Overdue or due-this-week follow-ups, highest risk first (the order the core gives). */
export function DueTable({ tasks, caption, onClose }: { tasks: DueTask[]; caption: string; onClose(c: Closing): void }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const when = (d: number) => (d > 0 ? t('followUp.daysOverdue', { count: d }) : d === 0 ? t('followUp.today') : t('followUp.inDays', { count: -d }));
  return (
    <table className="table due-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('followUp.col.client')}</th>
          <th scope="col">{t('followUp.col.task')}</th>
          <th scope="col">{t('followUp.col.due')}</th>
          <th scope="col">{t('followUp.col.risk')}</th>
          <th scope="col">{t('common.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {tasks.map((task) => (
          <tr key={task.id}>
            <td>
              <a href={paths.case(task.caseId)}>{task.clientName}</a>
              <span className="block muted mono small">{task.caseNumber}</span>
            </td>
            <td>
              {task.title}
              <span className="block muted">{label('taskKind', task.kind)}</span>
            </td>
            <td>
              <time dateTime={task.dueDate}>{formatDate(task.dueDate)}</time>
              <span className={`block ${task.daysOverdue > 0 ? 'overdue' : 'muted'}`}>{when(task.daysOverdue)}</span>
            </td>
            <td>{task.risk ? <span className={`badge risk-${task.risk}`}>{label('risk', task.risk)}</span> : <span className="muted">—</span>}</td>
            <td>
              <div className="actions">
                <button
                  type="button"
                  className="button button-small"
                  aria-label={t('followUp.markDoneNamed', { title: `${task.title}, ${task.clientName}` })}
                  onClick={() => onClose({ task, outcome: 'selesai' })}
                >
                  {t('followUp.markDone')}
                </button>
                <button
                  type="button"
                  className="button button-small"
                  aria-label={t('followUp.markMissedNamed', { title: `${task.title}, ${task.clientName}` })}
                  onClick={() => onClose({ task, outcome: 'terlewat' })}
                >
                  {t('followUp.markMissed')}
                </button>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Sent referrals whose expected answer date has passed: chase the destination. */
export function AwaitingTable({ rows }: { rows: AwaitingReferral[] }) {
  const { t } = useTranslation();
  return (
    <table className="table">
      <caption className="visually-hidden">{t('followUp.awaiting')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('followUp.col.client')}</th>
          <th scope="col">{t('followUp.col.institution')}</th>
          <th scope="col">{t('followUp.col.expected')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.referralId}>
            <td>
              <a href={paths.case(r.caseId)}>{r.clientName}</a>
              <span className="block muted mono small">{r.caseNumber}</span>
            </td>
            <td>
              <a href={paths.referral(r.referralId)}>{r.institutionName}</a>
            </td>
            <td>
              <time dateTime={r.expectedResponseDate}>{formatDate(r.expectedResponseDate)}</time>
              <span className="block overdue">{t('followUp.daysOverdue', { count: r.daysOverdue })}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
