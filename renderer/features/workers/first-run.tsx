import { useTranslation } from 'react-i18next';
import { currentLanguage, setLanguage } from '../../i18n';
import { useWorkers } from '../../stores/workers';
import { WorkerForm } from './worker-form';

/** A fresh data folder has no worker yet: the first profile becomes the acting one. */
export function FirstRun() {
  const { t } = useTranslation();
  const create = useWorkers((s) => s.create);
  const other = currentLanguage() === 'id' ? 'en' : 'id';
  return (
    <main className="page page-narrow first-run" id="main">
      <div className="first-run-top">
        <span className="brand-name">{t('app.name')}</span>
        <button type="button" className="button button-quiet" lang={other} aria-label={t('app.switchLanguageLabel')} onClick={() => void setLanguage(other)}>
          {t('app.switchLanguage')}
        </button>
      </div>
      <h1>{t('firstRun.title')}</h1>
      <p className="lead">{t('firstRun.intro')}</p>
      <section className="card">
        <WorkerForm idPrefix="first-worker" submitLabel={t('firstRun.submit')} onSubmit={(v) => create(v)} />
      </section>
    </main>
  );
}
