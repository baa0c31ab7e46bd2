import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useWatch, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { channels, type CaseDetail, type ChannelParsed } from '../../../shared/contract';
import { Alert } from '../../components/alert';
import { Dialog } from '../../components/dialog';
import { useEnumLabel } from '../../components/enum-options';
import { Field, fieldAria } from '../../components/field';
import { formatDateTime } from '../../components/format';
import { FormDialogBody, useSaveForm } from '../../components/form-dialog';
import { useSupervises } from '../../stores/access';
import { useCases } from '../../stores/cases';
import { useTimeZone } from '../../stores/settings';
import { ReloadOnConflict } from './reload-on-conflict';

type Decision = 'setujui' | 'kembalikan';
type Parsed = ChannelParsed<'cases:decide-closure'>;
interface Values {
  id: string;
  version: number;
  decision: Decision;
  note: string;
}
const resolver = zodResolver(channels['cases:decide-closure'].input) as unknown as Resolver<Values, unknown, Parsed>;

/**
 * A closure a pekerja sosial asked for: what and why, and for a koordinator the two
 * answers (approve: the case closes; send back: with what still needs doing).
 */
export function ClosurePanel({ caseDetail: c, onDone }: { caseDetail: CaseDetail; onDone(message: string): void }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const timeZone = useTimeZone();
  const supervises = useSupervises();
  const [deciding, setDeciding] = useState<Decision | null>(null);
  const r = c.closureRequest;
  if (!r) return null;
  return (
    <>
      <Alert kind="warning" title={t('access.closure.title')}>
        <p>
          {t('access.closure.summary', {
            name: c.closureRequestedByName ?? t('access.closure.unknownWorker'),
            status: label('status', r.status),
            reason: label('closureReason', r.closureReason),
            date: formatDateTime(r.requestedAt, timeZone),
          })}
        </p>
        <p className="prewrap">
          <span className="muted">{t('access.closure.why')}</span> {r.reason}
        </p>
        {supervises ? (
          <div className="actions">
            <button type="button" className="button button-primary" onClick={() => setDeciding('setujui')}>
              {t('access.closure.approve')}
            </button>
            <button type="button" className="button" onClick={() => setDeciding('kembalikan')}>
              {t('access.closure.return')}
            </button>
          </div>
        ) : (
          <p className="muted">{t('access.closure.waiting')}</p>
        )}
      </Alert>
      <Dialog open={deciding !== null} onClose={() => setDeciding(null)} title={t('access.closure.decideTitle')}>
        {deciding && (
          <DecideForm
            caseDetail={c}
            initial={deciding}
            onClose={() => setDeciding(null)}
            onDone={(d) => {
              setDeciding(null);
              onDone(t(d === 'setujui' ? 'access.closure.approved' : 'access.closure.returned'));
            }}
          />
        )}
      </Dialog>
    </>
  );
}

function DecideForm({ caseDetail: c, initial, onClose, onDone }: { caseDetail: CaseDetail; initial: Decision; onClose(): void; onDone(d: Decision): void }) {
  const { t } = useTranslation();
  const decide = useCases((s) => s.decideClosure);
  const saver = useSaveForm({
    resolver,
    defaultValues: { id: c.id, version: c.version, decision: initial, note: '' },
    fields: ['decision', 'note'],
    save: (values) => decide({ ...values, version: c.version }),
    onSaved: (_, values) => onDone(values.decision),
  });
  const { form, errors: e } = saver;
  const decision = useWatch({ control: form.control, name: 'decision' });

  return (
    <FormDialogBody
      saver={saver}
      submitLabel={t('access.closure.save')}
      onCancel={onClose}
      problemExtra={<ReloadOnConflict problem={saver.problem.problem} caseId={c.id} onReloaded={saver.problem.clear} />}
    >
      <fieldset className="inline-group">
        <legend>{t('access.closure.decision')}</legend>
        <label className="check">
          <input type="radio" value="setujui" {...form.register('decision')} /> {t('access.closure.approveOption')}
        </label>
        <label className="check">
          <input type="radio" value="kembalikan" {...form.register('decision')} /> {t('access.closure.returnOption')}
        </label>
      </fieldset>
      <Field id="closure-note" label={t('access.closure.note')} error={e.note?.message} hint={t('access.closure.noteHint')} required={decision === 'kembalikan'}>
        <textarea rows={3} {...fieldAria('closure-note', e.note?.message, true)} {...form.register('note')} />
      </Field>
    </FormDialogBody>
  );
}
