import { auditId } from './audit.id';
import { backupsId } from './backups.id';
import { exportsId } from './exports.id';
import { importsId } from './imports.id';
import { jobsId } from './jobs.id';

/**
 * The strings of the Ekspor screen (exports, imports, backups) live in their own files per
 * domain and join the main translation here, beside the casework ones. The English list is
 * data-tools.en.ts (loaded with English).
 */
export const DATA_TOOLS_ID = [exportsId, importsId, backupsId, jobsId, auditId];

export function withDataTools<T extends object>(base: T, bundles: readonly object[]): T {
  // Each bundle adds its own top-level keys (dataTools, exporting, clientImport, …), none shared.
  return Object.assign({}, base, ...bundles) as T;
}
