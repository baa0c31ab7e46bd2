import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { lazyScreen } from './lazy-screen';
import { paths, type Route } from './router';

/**
 * Each screen is its own chunk, fetched when its route is first shown (or earlier, by
 * preloadRoute at start-up), so opening one screen does not download, parse and run all of
 * them: the forms, dialogs and their libraries load with the screens that use them.
 */
const preloads = new Map<Route['name'], () => Promise<unknown>>();

function page<P extends object>(names: Route['name'][], load: () => Promise<ComponentType<P>>) {
  const screen = lazyScreen(load);
  for (const name of names) preloads.set(name, screen.preload);
  return screen;
}

const HomePage = page(['home'], () => import('../features/home/home-page').then((m) => m.HomePage));
const CaseListPage = page(['cases'], () => import('../features/cases/case-list-page').then((m) => m.CaseListPage));
const CasePage = page(['case'], () => import('../features/cases/case-page').then((m) => m.CasePage));
const ClientNewPage = page(['client-new'], () => import('../features/clients/client-new-page').then((m) => m.ClientNewPage));
const ClientPage = page(['client'], () => import('../features/clients/client-page').then((m) => m.ClientPage));
const ClientEditPage = page(['client-edit'], () => import('../features/clients/client-edit-page').then((m) => m.ClientEditPage));
const CaseNewPage = page(['case-new'], () => import('../features/cases/case-new-page').then((m) => m.CaseNewPage));
const SettingsPage = page(['settings'], () => import('../features/settings/settings-page').then((m) => m.SettingsPage));
const FollowUpPage = page(['follow-ups'], () => import('../features/follow-up/follow-up-page').then((m) => m.FollowUpPage));
const ReferralsPage = page(['referrals'], () => import('../features/referrals/referrals-page').then((m) => m.ReferralsPage));
const ReferralPage = page(['referral'], () => import('../features/referrals/referral-page').then((m) => m.ReferralPage));
const ReferralNewPage = page(['referral-new'], () => import('../features/referrals/referral-form-page').then((m) => m.ReferralNewPage));
const ReferralEditPage = page(['referral-edit'], () => import('../features/referrals/referral-form-page').then((m) => m.ReferralEditPage));
const InstitutionsPage = page(['institutions'], () => import('../features/institutions/institutions-page').then((m) => m.InstitutionsPage));
const ExportsPage = page(['exports'], () => import('../features/exports/exports-page').then((m) => m.ExportsPage));
const AuditPage = page(['audit'], () => import('../features/audit/audit-page').then((m) => m.AuditPage));

/** Starts fetching a route's screen now (at start-up, while the session is still being asked for). */
export function preloadRoute(route: Route): Promise<unknown> {
  return preloads.get(route.name)?.().catch(() => undefined) ?? Promise.resolve();
}

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
