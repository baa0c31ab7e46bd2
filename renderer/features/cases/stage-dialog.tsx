import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { channels, type CaseDetail, type ChannelParsed } from '../../../shared/contract';
import { STAGE } from '../../../shared/enums';
import { Dialog } from '../../components/dialog';
import { EnumOptions } from '../../components/enum-options';
import { Field, fieldAria } from '../../components/field';
import { applyServerErrors, FormProblemAlert, useFormProblem } from '../../components/server-errors';
import { useCases } from '../../stores/cases';
import { ReloadOnConflict } from './reload-on-conflict';

type Parsed = ChannelParsed<'cases:change-stage'>;
interface Values {
  id: string;
  version: number;
  stage: string;
  reason: string;
}
const resolver = zodResolver(channels['cases:change-stage'].input) as unknown as Resolver<Values, unknown, Parsed>;

interface Props {
  open: boolean;
  caseDetail: CaseDetail;
  onClose(): void;
  onDone(): void;
}

export function StageDialog(props: Props) {
  const { t } = useTranslation();
  return (
    <Dialog open={props.open} onClose={props.onClose} title={t('case.changeStage')}>
      <StageForm {...props} />
    </Dialog>
  );
}

/** Moves the case to another ATENSI stage; the reason is required and kept in the history. */
function StageForm({ caseDetail: c, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const changeStage = useCases((s) => s.changeStage);
  const problem = useFormProblem();
  const next = STAGE.values[Math.min(STAGE.values.indexOf(c.stage) + 1, STAGE.values.length - 1)];
  const form = useForm<Values, unknown, Parsed>({ resolver, defaultValues: { id: c.id, version: c.version, stage: next === c.stage ? '' : next, reason: '' } });
  const e = form.formState.errors;

  const submit = form.handleSubmit(async (values) => {
    problem.clear();
    // The version is the one on screen now (it moves when a reload brings a newer one).
    const r = await changeStage({ ...values, version: c.version });
    if (r.ok) return onDone();
    problem.fromServer(r.error, applyServerErrors(r.error, form.setError, ['stage', 'reason']));
  }, problem.invalid);

  return (
    <form className="form" onSubmit={submit} noValidate>
      <p className="muted">{t('case.currentStage', { stage: t(`enum.stage.${c.stage}`) })}</p>
      <Field id="stage-new" label={t('case.newStage')} error={e.stage?.message} required>
        <select {...fieldAria('stage-new', e.stage?.message)} {...form.register('stage')}>
          <EnumOptions kind="stage" values={STAGE.values} empty={t('common.choose')} />
        </select>
      </Field>
      <Field id="stage-reason" label={t('case.reason')} error={e.reason?.message} hint={t('case.reasonHint')} required>
        <textarea rows={3} {...fieldAria('stage-reason', e.reason?.message, true)} {...form.register('reason')} />
      </Field>
      <FormProblemAlert problem={problem.problem}>
        <ReloadOnConflict problem={problem.problem} caseId={c.id} onReloaded={problem.clear} />
      </FormProblemAlert>
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={form.formState.isSubmitting}>
          {t('case.saveStage')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
