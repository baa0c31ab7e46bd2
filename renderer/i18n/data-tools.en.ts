import { auditEn } from './audit.en';
import { backupsEn } from './backups.en';
import { exportColumnsEn, exportsEn } from './exports.en';
import { importsEn } from './imports.en';
import { jobsEn } from './jobs.en';

/** The English strings of the Ekspor screen, as DATA_TOOLS_ID (data-tools.ts). */
export const DATA_TOOLS_EN = [exportsEn, exportColumnsEn, importsEn, backupsEn, jobsEn, auditEn];
