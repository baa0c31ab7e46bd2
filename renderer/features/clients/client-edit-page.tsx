import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate, paths } from '../../app/router';
import { ErrorAlert, Loading } from '../../components/alert';
import { useClients } from '../../stores/clients';
import { useLockDraft } from '../../stores/drafts';
import { ClientForm } from './client-form';
import { toFormState } from './form-state';

/** Edits a client with the version it was read at; someone else's newer save is a CONFLICT. */
export function ClientEditPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { current, currentId, error, load, update } = useClients();
  // A draft kept across a lock saves against the version it was typed over, so a colleague's
  // save in between is still a CONFLICT rather than silently overwritten.
  const keptVersion = useLockDraft(`client-edit-version:${id}`, (): number | undefined => (current?.id === id ? startVersion : undefined));
  const startVersion = keptVersion ?? (current?.id === id ? current.version : undefined);
  useEffect(() => {
    void load(id);
  }, [id, load]);

  if (error && currentId === id) return <ErrorAlert error={error} />;
  if (!current || current.id !== id) return <Loading />;
  const version = startVersion ?? current.version;
  return (
    <>
      <p className="breadcrumb">
        <a href={paths.client(id)}>{current.name}</a>
      </p>
      <h1 tabIndex={-1}>{t('client.editTitle', { name: current.name })}</h1>
      <ClientForm
        initial={toFormState(current)}
        submitLabel={t('common.saveChanges')}
        save={(v) => update(id, version, v)}
        onSaved={() => navigate(paths.client(id))}
        cancelHref={paths.client(id)}
        latestHref={paths.client(id)}
        draftKey={`client-edit:${id}`}
      />
    </>
  );
}
