import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CaseCreateInput } from '../../../shared/contract';
import { CLUSTER, PPKS } from '../../../shared/enums';
import { navigate, paths } from '../../app/router';
import { ErrorAlert, Loading } from '../../components/alert';
import { FormDateInput } from '../../components/date-input';
import { EnumOptions } from '../../components/enum-options';
import { Field, fieldAria } from '../../components/field';
import { todayIn } from '../../components/format';
import { applyServerErrors, FormProblemAlert, useFormProblem } from '../../components/server-errors';
import { useCases } from '../../stores/cases';
import { useClients } from '../../stores/clients';
import { useTimeZone } from '../../stores/settings';
import { useSupervises } from '../../stores/access';
import { activeWorkers, useWorkers } from '../../stores/workers';

interface Values {
  clientId: string;
  cluster: string;
  ppksType: string;
  assignedWorkerId: string;
  openedAt: string;
  summary: string;
}
const FIELDS = ['clientId', 'cluster', 'ppksType', 'assignedWorkerId', 'openedAt', 'summary'] as const;
// Empty selects and dates mean "none" / "today": mapped before the shared schema sees them.
const schema = CaseCreateInput;
const resolver: Resolver<Values, unknown, CaseCreateInput> = async (values, ctx, opts) =>
  (zodResolver(schema) as unknown as Resolver<Values, unknown, CaseCreateInput>)(
    { ...values, assignedWorkerId: values.assignedWorkerId || null, openedAt: values.openedAt || undefined } as unknown as Values,
    ctx,
    opts,
  );

/** "Buka kasus baru": cluster, PPKS type, assigned worker, opening date, summary. */
export function CaseNewPage({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const { current: client, load, error: clientError } = useClients();
  const { workers, current: me } = useWorkers();
  const create = useCases((s) => s.create);
  const timeZone = useTimeZone();
  // A pekerja sosial opens cases for herself (or unassigned); a koordinator assigns anyone.
  const supervises = useSupervises();
  const choices = activeWorkers(workers).filter((w) => supervises || w.id === me?.id);
  const problem = useFormProblem();
  const form = useForm<Values, unknown, CaseCreateInput>({
    resolver,
    defaultValues: { clientId, cluster: '', ppksType: '', assignedWorkerId: me?.id ?? '', openedAt: todayIn(timeZone), summary: '' },
  });
  const { register, formState } = form;
  const e = formState.errors;
  useEffect(() => {
    if (client?.id !== clientId) void load(clientId);
  }, [client?.id, clientId, load]);

  const submit = form.handleSubmit(async (values) => {
    problem.clear();
    const r = await create(values);
    if (r.ok) return navigate(paths.case(r.value.id));
    problem.fromServer(r.error, applyServerErrors(r.error, form.setError, FIELDS));
  }, problem.invalid);

  if (!client || client.id !== clientId) return clientError ? <ErrorAlert error={clientError} /> : <Loading />;
  return (
    <>
      <p className="breadcrumb">
        <a href={paths.client(clientId)}>{client.name}</a>
      </p>
      <h1 tabIndex={-1}>{t('case.newTitle', { name: client.name })}</h1>
      <form className="form card" onSubmit={submit} noValidate aria-label={t('case.newTitle', { name: client.name })}>
        <div className="grid-2">
          <Field id="case-cluster" label={t('case.cluster')} error={e.cluster?.message} required>
            <select {...fieldAria('case-cluster', e.cluster?.message)} {...register('cluster')}>
              <EnumOptions kind="cluster" values={CLUSTER.values} empty={t('common.choose')} />
            </select>
          </Field>
          <Field id="case-ppks" label={t('case.ppksType')} error={e.ppksType?.message} required>
            <select {...fieldAria('case-ppks', e.ppksType?.message)} {...register('ppksType')}>
              <EnumOptions kind="ppks" values={PPKS.values} empty={t('common.choose')} />
            </select>
          </Field>
          <Field id="case-worker" label={t('case.worker')} error={e.assignedWorkerId?.message} hint={supervises ? undefined : t('access.reassignHint')}>
            <select {...fieldAria('case-worker', e.assignedWorkerId?.message, !supervises)} {...register('assignedWorkerId')}>
              <option value="">{t('case.noWorker')}</option>
              {choices.map((w) => (
                <option key={w.id} value={w.id}>
                  {w.name}
                </option>
              ))}
            </select>
          </Field>
          <Field id="case-opened" label={t('case.openedAt')} error={e.openedAt?.message}>
            <FormDateInput control={form.control} name="openedAt" {...fieldAria('case-opened', e.openedAt?.message)} />
          </Field>
        </div>
        <Field id="case-summary" label={t('case.summary')} error={e.summary?.message}>
          <textarea rows={4} {...fieldAria('case-summary', e.summary?.message)} {...register('summary')} />
        </Field>
        <FormProblemAlert problem={problem.problem} />
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>
            {t('case.open')}
          </button>
          <a className="button" href={paths.client(clientId)}>
            {t('common.cancel')}
          </a>
        </div>
      </form>
    </>
  );
}
