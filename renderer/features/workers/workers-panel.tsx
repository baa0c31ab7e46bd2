import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../components/enum-options';
import { TableHead } from '../../components/table-head';
import { useCan } from '../../stores/access';
import { useWorkers } from '../../stores/workers';
import { WorkerForm } from './worker-form';

/** The worker profiles: list, add, edit (deactivate instead of delete: history names them). */
export function WorkersPanel() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { workers, current, create, update } = useWorkers();
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  // Worker profiles are the admin's; everyone sees who works in the office.
  const admin = useCan('workers:update') !== 'none';

  return (
    <section className="card" aria-labelledby="settings-workers-title">
      <div className="section-head">
        <h2 id="settings-workers-title">{t('settings.workers')}</h2>
        {!adding && admin && (
          <button type="button" className="button" onClick={() => setAdding(true)}>
            {t('worker.add')}
          </button>
        )}
      </div>
      {adding && (
        <div className="subcard">
          <h3>{t('worker.add')}</h3>
          <WorkerForm
            idPrefix="new-worker"
            submitLabel={t('worker.save')}
            onSubmit={async (v) => {
              const r = await create(v);
              if (r.ok) setAdding(false);
              return r;
            }}
            onCancel={() => setAdding(false)}
          />
        </div>
      )}
      <table className="table">
        <TableHead columns={[t('worker.name'), t('worker.nip'), t('worker.role'), t('worker.position'), t('worker.state')]} actions="hidden" />
        <tbody>
          {(workers ?? []).map((w) =>
            editing === w.id ? (
              <tr key={w.id}>
                <td colSpan={6}>
                  <WorkerForm
                    idPrefix={`worker-${w.id}`}
                    initial={w}
                    submitLabel={t('worker.save')}
                    onSubmit={async (v) => {
                      const r = await update(w.id, v);
                      if (r.ok) setEditing(null);
                      return r;
                    }}
                    onCancel={() => setEditing(null)}
                  />
                </td>
              </tr>
            ) : (
              <tr key={w.id}>
                <td>
                  {w.name}
                  {current?.id === w.id && <span className="badge badge-info">{t('worker.you')}</span>}
                </td>
                <td>{w.nip ?? '—'}</td>
                <td>{label('role', w.role)}</td>
                <td>{w.position ?? '—'}</td>
                <td>{w.active ? t('worker.isActive') : t('worker.inactive')}</td>
                <td>
                  {admin && (
                    <button type="button" className="button button-small" aria-label={t('worker.editNamed', { name: w.name })} onClick={() => setEditing(w.id)}>
                      {t('common.edit')}
                    </button>
                  )}
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </section>
  );
}
