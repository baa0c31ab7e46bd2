import { auditEn } from './audit.en';
import { auditId } from './audit.id';
import { backupsEn } from './backups.en';
import { backupsId } from './backups.id';
import { exportColumnsEn, exportsEn } from './exports.en';
import { exportsId } from './exports.id';
import { importsEn } from './imports.en';
import { importsId } from './imports.id';
import { jobsEn } from './jobs.en';
import { jobsId } from './jobs.id';

/**
 * The strings of the Ekspor screen (exports, imports, backups) live in their own files per
 * domain and join the main translation here, beside the casework ones.
 */
const bundles = {
  id: [exportsId, importsId, backupsId, jobsId, auditId],
  en: [exportsEn, exportColumnsEn, importsEn, backupsEn, jobsEn, auditEn],
};

export function withDataTools<T extends object>(base: T, lang: 'id' | 'en'): T {
  // Each bundle adds its own top-level keys (dataTools, exporting, clientImport, …), none shared.
  return Object.assign({}, base, ...bundles[lang]) as T;
}
