import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate, paths } from '../../app/router';
import { Alert, ErrorAlert, Loading } from '../../components/alert';
import { todayIn } from '../../components/format';
import { useAttachments } from '../../stores/attachments';
import { useCases } from '../../stores/cases';
import { useLetters } from '../../stores/letters';
import { useReferrals } from '../../stores/referrals';
import { useTimeZone } from '../../stores/settings';
import { ReferralForm } from './referral-form';
import { emptyValues, valuesOf } from './referral-values';
import './referrals.css';

/** What both forms need besides the referral: the checklist from the letter settings and the client's files. */
function useReferralFormData(clientId: string | null) {
  const { settings, settingsError, loadSettings } = useLetters();
  const attachments = useAttachments();
  useEffect(() => {
    void loadSettings();
  }, [loadSettings]);
  useEffect(() => {
    if (clientId) void attachments.load(clientId);
  }, [clientId, attachments.load]);
  const files = attachments.clientId === clientId ? attachments.list : null;
  return { documents: settings?.referralDocuments ?? null, settingsError, files };
}

/** "Rujuk" from a case page: a new referral, saved as a draft. */
export function ReferralNewPage({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const { current, currentId, error, load } = useCases();
  const create = useReferrals((s) => s.create);
  useEffect(() => {
    void load(caseId);
  }, [caseId, load]);
  const kase = current?.id === caseId ? current : null;
  const ctx = useReferralFormData(kase?.clientId ?? null);

  if (error && currentId === caseId) return <ErrorAlert error={error} />;
  if (ctx.settingsError) return <ErrorAlert error={ctx.settingsError} />;
  if (!kase || !ctx.documents || !ctx.files) return <Loading />;
  return (
    <div className="page-narrow">
      <p className="breadcrumb">
        <a href={paths.cases}>{t('nav.cases')}</a> / <a href={paths.case(kase.id)}>{kase.number}</a>
      </p>
      <h1 tabIndex={-1}>{t('referral.newTitle', { name: kase.client.name })}</h1>
      <p className="lead">{t('referral.newIntro', { number: kase.number })}</p>
      <ReferralForm
        defaults={emptyValues(kase.id, ctx.documents, todayIn(timeZone))}
        chosenName={null}
        attachments={ctx.files}
        submitLabel={t('referral.save')}
        serverPrefix=""
        save={create}
        onSaved={(r) => {
          useReferrals.setState({ notice: t('referral.created') });
          navigate(paths.referral(r.id));
        }}
        cancelHref={paths.case(kase.id)}
      />
    </div>
  );
}

/** Changing a draft (a sent referral is not changed; its status records what happens). */
export function ReferralEditPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const { current, currentId, error, load, update } = useReferrals();
  useEffect(() => {
    void load(id);
  }, [id, load]);
  const referral = current?.id === id ? current : null;
  const ctx = useReferralFormData(referral?.clientId ?? null);

  if (error && currentId === id) return <ErrorAlert error={error} />;
  if (ctx.settingsError) return <ErrorAlert error={ctx.settingsError} />;
  if (!referral || !ctx.documents || !ctx.files) return <Loading />;
  return (
    <div className="page-narrow">
      <p className="breadcrumb">
        <a href={paths.referrals}>{t('referrals.title')}</a> / <a href={paths.referral(referral.id)}>{referral.institution.name}</a>
      </p>
      <h1 tabIndex={-1}>{t('referral.editTitle', { name: referral.clientName })}</h1>
      {referral.status !== 'draft' ? (
        <Alert kind="warning">
          <p>{t('referral.notDraft')}</p>
          <p>
            <a href={paths.referral(referral.id)}>{t('referral.backToReferral')}</a>
          </p>
        </Alert>
      ) : (
        <ReferralForm
          key={referral.version}
          defaults={valuesOf(referral, ctx.documents, todayIn(timeZone))}
          chosenName={referral.institution.name}
          attachments={ctx.files}
          submitLabel={t('referral.saveChanges')}
          serverPrefix="referral."
          save={(input) => update({ id: referral.id, version: referral.version, referral: input })}
          onSaved={(r) => {
            useReferrals.setState({ notice: t('referral.updated') });
            navigate(paths.referral(r.id));
          }}
          cancelHref={paths.referral(referral.id)}
        />
      )}
    </div>
  );
}
