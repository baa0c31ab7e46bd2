import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { channels, type CaseDetail, type ChannelParsed } from '../../../shared/contract';
import { STAGE } from '../../../shared/enums';
import { Dialog } from '../../components/dialog';
import { EnumOptions } from '../../components/enum-options';
import { Field, fieldAria } from '../../components/field';
import { FormDialogBody, useSaveForm } from '../../components/form-dialog';
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
  const next = STAGE.values[Math.min(STAGE.values.indexOf(c.stage) + 1, STAGE.values.length - 1)];
  const saver = useSaveForm({
    resolver,
    defaultValues: { id: c.id, version: c.version, stage: next === c.stage ? '' : next, reason: '' },
    fields: ['stage', 'reason'],
    // The version is the one on screen now (it moves when a reload brings a newer one).
    save: (values) => changeStage({ ...values, version: c.version }),
    onSaved: () => onDone(),
  });
  const { form, errors: e } = saver;

  return (
    <FormDialogBody
      saver={saver}
      submitLabel={t('case.saveStage')}
      onCancel={onClose}
      problemExtra={<ReloadOnConflict problem={saver.problem.problem} caseId={c.id} onReloaded={saver.problem.clear} />}
    >
      <p className="muted">{t('case.currentStage', { stage: t(`enum.stage.${c.stage}`) })}</p>
      <Field id="stage-new" label={t('case.newStage')} error={e.stage?.message} required>
        <select {...fieldAria('stage-new', e.stage?.message)} {...form.register('stage')}>
          <EnumOptions kind="stage" values={STAGE.values} empty={t('common.choose')} />
        </select>
      </Field>
      <Field id="stage-reason" label={t('case.reason')} error={e.reason?.message} hint={t('case.reasonHint')} required>
        <textarea rows={3} {...fieldAria('stage-reason', e.reason?.message, true)} {...form.register('reason')} />
      </Field>
    </FormDialogBody>
  );
}
