import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { useCan } from '../../stores/access';
import { BackupsSection } from '../backups/backups-section';
import { ImportSection } from '../imports/import-section';
import { ExportForm } from './export-form';
import { sectionHref, sectionOf, useHashParams, type DataSection } from './hash-params';
import './exports.css';

const SECTIONS: DataSection[] = ['export', 'import', 'backup'];
const TAB_KEY: Record<DataSection, string> = { export: 'dataTools.tabExport', import: 'dataTools.tabImport', backup: 'dataTools.tabBackup' };

/** Ekspor: case histories out, client lists and case exports in, backups and restore. */
export function ExportsPage() {
  const { t } = useTranslation();
  const params = useHashParams();
  const section = sectionOf(params);
  // Imports bring in the office's caseload (koordinator); backups are the admin's.
  const allowed: Record<DataSection, boolean> = { export: true, import: useCan('imports:clients') !== 'none', backup: useCan('backup:list') !== 'none' };
  return (
    <>
      <h1 tabIndex={-1}>{t('dataTools.title')}</h1>
      <p className="lead">{t('dataTools.lead')}</p>
      <nav className="data-tabs" aria-label={t('dataTools.tabsLabel')}>
        {SECTIONS.filter((s) => allowed[s] || s === section).map((s) => (
          <a key={s} href={sectionHref(s)} aria-current={s === section ? 'page' : undefined}>
            {t(TAB_KEY[s])}
          </a>
        ))}
      </nav>
      {section === 'export' && <ExportForm presetCaseId={params.get('kasus')} presetScope={params.get('pilihan') === 'saringan' ? 'filtered' : null} />}
      {section === 'import' && (allowed.import ? <ImportSection /> : <Alert kind="info">{t('access.supervisorOnly')}</Alert>)}
      {section === 'backup' && (allowed.backup ? <BackupsSection /> : <Alert kind="info">{t('access.adminOnly')}</Alert>)}
    </>
  );
}
