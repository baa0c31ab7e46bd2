import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { InstitutionInput, type Institution } from '../../../shared/contract';
import { INSTITUTION_TYPE } from '../../../shared/enums';
import { Dialog } from '../../components/dialog';
import { EnumOptions } from '../../components/enum-options';
import { Field, fieldAria, GroupError } from '../../components/field';
import { FormDialogBody, useSaveForm } from '../../components/form-dialog';
import { i18n } from '../../i18n';
import { useInstitutions, type InstitutionType } from '../../stores/institutions';
import { RegionPicker } from '../regions/region-picker';

interface Values {
  name: string;
  type: InstitutionType | '';
  street: string;
  villageCode: string | null;
  phone: string;
  email: string;
  contactPerson: string;
  recipientTitle: string;
  notes: string;
  active: boolean;
}
const FIELDS = ['name', 'type', 'street', 'villageCode', 'phone', 'email', 'contactPerson', 'recipientTitle', 'notes', 'active'] as const;

const base = zodResolver(InstitutionInput) as unknown as Resolver<Values, unknown, InstitutionInput>;
/** The contract's schema, with "choose a type" rather than "unknown type" for an empty choice. */
const resolver: Resolver<Values, unknown, InstitutionInput> = async (values, context, options) => {
  const r = await base(values, context, options);
  if (!values.type && r.errors.type) r.errors.type = { type: 'required', message: i18n.t('institution.chooseType') };
  return r;
};

const toValues = (i: Institution | null): Values => ({
  name: i?.name ?? '',
  type: (i?.type as InstitutionType | undefined) ?? '',
  street: i?.street ?? '',
  villageCode: i?.villageCode ?? null,
  phone: i?.phone ?? '',
  email: i?.email ?? '',
  contactPerson: i?.contactPerson ?? '',
  recipientTitle: i?.recipientTitle ?? '',
  notes: i?.notes ?? '',
  active: i?.active ?? true,
});

interface Props {
  open: boolean;
  /** null: a new institution. */
  institution: Institution | null;
  onClose(): void;
  onSaved(institution: Institution, created: boolean): void;
}

/** Adds an institution to the directory, or changes one (all fields, region by picker). */
export function InstitutionDialog(props: Props) {
  const { t } = useTranslation();
  return (
    <Dialog open={props.open} onClose={props.onClose} title={props.institution ? t('institution.editTitle', { name: props.institution.name }) : t('institution.addTitle')}>
      <InstitutionForm {...props} />
    </Dialog>
  );
}

function InstitutionForm({ institution, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { create, update } = useInstitutions();
  const saver = useSaveForm({
    resolver,
    defaultValues: toValues(institution),
    fields: FIELDS,
    prefix: institution ? 'institution.' : '',
    save: (values) => (institution ? update({ id: institution.id, version: institution.version, institution: values }) : create(values)),
    onSaved: (saved) => onSaved(saved, !institution),
  });
  const { form, errors: e } = saver;

  const text = (name: 'name' | 'street' | 'phone' | 'email' | 'contactPerson' | 'recipientTitle', id: string, label: string, max: number, extra?: { required?: boolean; hint?: string; type?: string }) => (
    <Field id={id} label={label} error={e[name]?.message} required={extra?.required} hint={extra?.hint}>
      <input type={extra?.type ?? 'text'} maxLength={max} {...fieldAria(id, e[name]?.message, Boolean(extra?.hint))} {...form.register(name)} />
    </Field>
  );

  return (
    <FormDialogBody saver={saver} submitLabel={t('institution.save')} onCancel={onClose} sayBusy className="form wide-form">
      <div className="grid-2">
        {text('name', 'inst-name', t('institution.name'), 200, { required: true })}
        <Field id="inst-form-type" label={t('institution.type')} error={e.type?.message} required>
          <select {...fieldAria('inst-form-type', e.type?.message)} {...form.register('type')}>
            <EnumOptions kind="institutionType" values={INSTITUTION_TYPE.values} empty={t('common.choose')} />
          </select>
        </Field>
      </div>
      {text('recipientTitle', 'inst-recipient', t('institution.recipientTitle'), 300, { hint: t('institution.recipientHint') })}
      {text('street', 'inst-street', t('institution.street'), 300)}
      <fieldset className="region-group">
        <legend>{t('institution.region')}</legend>
        <Controller
          control={form.control}
          name="villageCode"
          render={({ field, fieldState }) => (
            <>
              <RegionPicker idPrefix="inst-region" value={field.value} onChange={field.onChange} depth={4} emit="village" error={fieldState.error?.message} />
              <GroupError id="inst-region-error" error={fieldState.error?.message} />
            </>
          )}
        />
        <p className="hint">{t('institution.regionHint')}</p>
      </fieldset>
      <div className="grid-3">
        {text('phone', 'inst-phone', t('institution.phone'), 40, { type: 'tel' })}
        {text('email', 'inst-email', t('institution.email'), 200, { type: 'email' })}
        {text('contactPerson', 'inst-contact', t('institution.contactPerson'), 200)}
      </div>
      <Field id="inst-notes" label={t('institution.notes')} error={e.notes?.message}>
        <textarea rows={2} maxLength={2000} {...fieldAria('inst-notes', e.notes?.message)} {...form.register('notes')} />
      </Field>
      {institution && (
        <label className="check">
          <input type="checkbox" {...form.register('active')} />
          {t('institution.active')}
        </label>
      )}
    </FormDialogBody>
  );
}
