import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import type { Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { channels, type ChannelParsed } from '../../../shared/contract';
import { ATENSI_SERVICE } from '../../../shared/enums';
import { FormDateInput } from '../../components/date-input';
import { Dialog } from '../../components/dialog';
import { EnumOptions, useEnumLabel } from '../../components/enum-options';
import { Field, fieldAria } from '../../components/field';
import { formatDate } from '../../components/format';
import { FormDialogBody, useSaveForm } from '../../components/form-dialog';
import { useDisability } from '../../stores/disability';

/** The ATENSI service components given to this case, with dates. */
export function CaseServices({ caseId, onNotice }: { caseId: string; onNotice(m: string): void }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { services, loadServices } = useDisability();
  const mine = useDisability((s) => s.caseId === caseId);
  const [adding, setAdding] = useState(false);
  useEffect(() => {
    void loadServices(caseId);
  }, [caseId, loadServices]);
  const list = mine ? services : null;
  return (
    <section className="card" aria-labelledby="services-title">
      <div className="section-head">
        <h2 id="services-title">{t('disability.servicesTitle')}</h2>
        <button type="button" className="button" onClick={() => setAdding(true)}>
          {t('disability.addService')}
        </button>
      </div>
      {list === null ? null : list.length === 0 ? (
        <p className="muted">{t('disability.noServices')}</p>
      ) : (
        <ul className="plain-list">
          {list.map((s) => (
            <li key={s.id}>
              <time dateTime={s.givenAt}>{formatDate(s.givenAt)}</time> · <strong>{label('atensiService', s.component)}</strong>
              {s.note && <span className="muted"> — {s.note}</span>}
            </li>
          ))}
        </ul>
      )}
      <Dialog open={adding} onClose={() => setAdding(false)} title={t('disability.addService')}>
        <ServiceForm
          caseId={caseId}
          onClose={() => setAdding(false)}
          onDone={() => {
            setAdding(false);
            onNotice(t('disability.serviceAdded'));
          }}
        />
      </Dialog>
    </section>
  );
}

interface Values {
  caseId: string;
  component: string;
  givenAt: string;
  note: string;
}
const resolver = zodResolver(channels['services:create'].input) as unknown as Resolver<Values, unknown, ChannelParsed<'services:create'>>;

function ServiceForm({ caseId, onClose, onDone }: { caseId: string; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const createService = useDisability((s) => s.createService);
  const saver = useSaveForm({
    resolver,
    defaultValues: { caseId, component: '', givenAt: '', note: '' },
    fields: ['component', 'givenAt', 'note'],
    save: createService,
    onSaved: () => onDone(),
  });
  const { form, errors: e } = saver;
  return (
    <FormDialogBody saver={saver} submitLabel={t('disability.saveService')} onCancel={onClose}>
      <Field id="svc-component" label={t('disability.component')} error={e.component?.message} required>
        <select {...fieldAria('svc-component', e.component?.message)} {...form.register('component')}>
          <EnumOptions kind="atensiService" values={ATENSI_SERVICE.values} empty={t('common.choose')} />
        </select>
      </Field>
      <Field id="svc-date" label={t('disability.givenAt')} error={e.givenAt?.message} required>
        <FormDateInput control={form.control} name="givenAt" {...fieldAria('svc-date', e.givenAt?.message)} />
      </Field>
      <Field id="svc-note" label={t('disability.serviceNote')} error={e.note?.message}>
        <textarea rows={2} maxLength={1000} {...fieldAria('svc-note', e.note?.message)} {...form.register('note')} />
      </Field>
    </FormDialogBody>
  );
}
