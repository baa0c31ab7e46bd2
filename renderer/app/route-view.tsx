import { useTranslation } from 'react-i18next';
import { AuditPage } from '../features/audit/audit-page';
import { CaseListPage } from '../features/cases/case-list-page';
import { CaseNewPage } from '../features/cases/case-new-page';
import { CasePage } from '../features/cases/case-page';
import { ClientEditPage } from '../features/clients/client-edit-page';
import { ClientNewPage } from '../features/clients/client-new-page';
import { ClientPage } from '../features/clients/client-page';
import { ExportsPage } from '../features/exports/exports-page';
import { FollowUpPage } from '../features/follow-up/follow-up-page';
import { HomePage } from '../features/home/home-page';
import { InstitutionsPage } from '../features/institutions/institutions-page';
import { ReferralEditPage, ReferralNewPage } from '../features/referrals/referral-form-page';
import { ReferralPage } from '../features/referrals/referral-page';
import { ReferralsPage } from '../features/referrals/referrals-page';
import { SettingsPage } from '../features/settings/settings-page';
import { paths, type Route } from './router';

export function RouteView({ route }: { route: Route }) {
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'cases':
      return <CaseListPage />;
    case 'case':
      return <CasePage key={route.id} id={route.id} />;
    case 'client-new':
      return <ClientNewPage />;
    case 'client':
      return <ClientPage key={route.id} id={route.id} />;
    case 'client-edit':
      return <ClientEditPage key={route.id} id={route.id} />;
    case 'case-new':
      return <CaseNewPage key={route.clientId} clientId={route.clientId} />;
    case 'settings':
      return <SettingsPage />;
    case 'follow-ups':
      return <FollowUpPage />;
    case 'referrals':
      return <ReferralsPage />;
    case 'referral':
      return <ReferralPage key={route.id} id={route.id} />;
    case 'referral-new':
      return <ReferralNewPage key={route.caseId} caseId={route.caseId} />;
    case 'referral-edit':
      return <ReferralEditPage key={route.id} id={route.id} />;
    case 'institutions':
      return <InstitutionsPage />;
    case 'exports':
      return <ExportsPage />;
    case 'audit':
      return <AuditPage />;
    default:
      return <NotFound />;
  }
}

function NotYet({ section }: { section: 'follow-ups' | 'referrals' | 'exports' }) {
  const { t } = useTranslation();
  return (
    <>
      <h1 tabIndex={-1}>{t(`nav.${section}`)}</h1>
      <div className="placeholder">
        <p className="placeholder-title">{t('notYet.title')}</p>
        <p>{t(`notYet.${section}`)}</p>
      </div>
    </>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <>
      <h1 tabIndex={-1}>{t('notFound.title')}</h1>
      <p>
        <a href={paths.home}>{t('notFound.home')}</a>
      </p>
    </>
  );
}
