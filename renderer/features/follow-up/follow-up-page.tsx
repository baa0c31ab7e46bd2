import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, ErrorAlert, Loading } from '../../components/alert';
import { formatLongDate } from '../../components/format';
import { useTasks } from '../../stores/tasks';
import { useWorkers } from '../../stores/workers';
import '../../styles/casework.css';
import { AwaitingTable, DueTable } from './due-tables';
import { MoreRows } from './more-rows';
import { TaskCloseDialog, type Closing } from './task-close-dialog';
import { OfficePrivacy } from '../privacy/office-requests';

/** Tindak Lanjut: my overdue follow-ups, those due this week, and referrals awaiting an answer; each list a page at a time. */
export function FollowUpPage() {
  const { t, i18n } = useTranslation();
  const { due, dueError, loadDue, showAll, setShowAll } = useTasks();
  const workerId = useWorkers((s) => s.current?.id);
  const [closing, setClosing] = useState<Closing | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    void loadDue();
  }, [loadDue, workerId]);

  return (
    <>
      <h1 tabIndex={-1}>{t('nav.follow-ups')}</h1>
      <p className="lead">{due ? t(showAll ? 'followUp.leadAll' : 'followUp.lead', { date: formatLongDate(due.today, i18n.language) }) : t('followUp.leadLoading')}</p>
      <label className="check scope-toggle">
        <input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} />
        {t('followUp.showAll')}
      </label>
      {notice && <Alert kind="success">{notice}</Alert>}
      {dueError && <ErrorAlert error={dueError} />}
      {!due ? (
        !dueError && <Loading />
      ) : (
        <>
          <section className="card" aria-labelledby="fu-overdue">
            <h2 id="fu-overdue">
              {t('followUp.overdue')} <span className="badge badge-danger">{due.overdue.total}</span>
            </h2>
            {due.overdue.total ? <DueTable tasks={due.overdue.rows} caption={t('followUp.overdue')} onClose={setClosing} /> : <p className="muted">{t('followUp.noneOverdue')}</p>}
            <MoreRows section="overdue" shown={due.overdue.rows.length} total={due.overdue.total} />
          </section>
          <section className="card" aria-labelledby="fu-week">
            <h2 id="fu-week">
              {t('followUp.thisWeek')} <span className="badge">{due.thisWeek.total}</span>
            </h2>
            {due.thisWeek.total ? <DueTable tasks={due.thisWeek.rows} caption={t('followUp.thisWeek')} onClose={setClosing} /> : <p className="muted">{t('followUp.noneThisWeek')}</p>}
            <MoreRows section="thisWeek" shown={due.thisWeek.rows.length} total={due.thisWeek.total} />
          </section>
          <section className="card" aria-labelledby="fu-awaiting">
            <h2 id="fu-awaiting">
              {t('followUp.awaiting')} <span className="badge">{due.awaitingResponse.total}</span>
            </h2>
            {due.awaitingResponse.total ? <AwaitingTable rows={due.awaitingResponse.rows} /> : <p className="muted">{t('followUp.noneAwaiting')}</p>}
            <MoreRows section="awaitingResponse" shown={due.awaitingResponse.rows.length} total={due.awaitingResponse.total} />
          </section>
        </>
      )}
      <OfficePrivacy />
      <TaskCloseDialog
        closing={closing}
        onClose={() => setClosing(null)}
        onDone={(outcome) => {
          setNotice(t(outcome === 'selesai' ? 'followUp.markedDone' : 'followUp.markedMissed', { title: closing?.task.title ?? '' }));
          setClosing(null);
        }}
      />
    </>
  );
}
