import { useTranslation } from 'react-i18next';
import { paths } from '../../app/router';

/** The two parts of the Rujukan screen: the office's referrals and the directory of institutions. */
export function ReferralTabs({ current }: { current: 'list' | 'directory' }) {
  const { t } = useTranslation();
  const tabs = [
    { key: 'list', href: paths.referrals, label: t('referrals.tabList') },
    { key: 'directory', href: paths.institutions, label: t('referrals.tabDirectory') },
  ] as const;
  return (
    <nav className="subnav" aria-label={t('referrals.tabsLabel')}>
      {tabs.map((tab) => (
        <a key={tab.key} href={tab.href} aria-current={tab.key === current ? 'page' : undefined}>
          {tab.label}
        </a>
      ))}
    </nav>
  );
}
