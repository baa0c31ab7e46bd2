import { useTranslation } from 'react-i18next';
import { navigate, paths } from '../../app/router';
import { useClients } from '../../stores/clients';
import { ClientForm } from './client-form';
import { emptyClient } from './form-state';

export function ClientNewPage() {
  const { t } = useTranslation();
  const create = useClients((s) => s.create);
  return (
    <>
      <p className="breadcrumb">
        <a href={paths.cases}>{t('nav.cases')}</a>
      </p>
      <h1 tabIndex={-1}>{t('client.newTitle')}</h1>
      <p className="lead">{t('client.newIntro')}</p>
      <ClientForm
        initial={emptyClient}
        submitLabel={t('client.register')}
        save={(v) => create(v)}
        onSaved={(saved) => navigate(paths.client(saved.client.id))}
        cancelHref={paths.cases}
        draftKey="client-new"
      />
    </>
  );
}
