import { useTranslation } from 'react-i18next';
import { OverdueBadge } from '../features/follow-up/overdue-badge';
import { useCan } from '../stores/access';
import { paths, sectionOf, type NavSection, type Route } from './router';

const ITEMS: { section: NavSection; href: string }[] = [
  { section: 'home', href: paths.home },
  { section: 'cases', href: paths.cases },
  { section: 'follow-ups', href: paths.followUps },
  { section: 'referrals', href: paths.referrals },
  { section: 'exports', href: paths.exports },
  { section: 'settings', href: paths.settings },
  { section: 'audit', href: paths.audit },
];

export function Nav({ route }: { route: Route }) {
  const { t } = useTranslation();
  const active = sectionOf(route);
  // Jejak Audit is for koordinator and admin (audit:list); the core refuses anyone else anyway.
  const readsAudit = useCan('audit:list') !== 'none';
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      <ul>
        {ITEMS.filter((item) => item.section !== 'audit' || readsAudit).map((item) => (
          <li key={item.section}>
            <a href={item.href} aria-current={item.section === active ? 'page' : undefined}>
              {t(`nav.${item.section}`)}
              {item.section === 'follow-ups' && <OverdueBadge />}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
