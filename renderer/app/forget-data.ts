import type { StoreApi, UseBoundStore } from 'zustand';
import { useAccounts } from '../stores/accounts';
import { useAttachments } from '../stores/attachments';
import { useBackups } from '../stores/backups';
import { useCases } from '../stores/cases';
import { useClients } from '../stores/clients';
import { useDashboard } from '../stores/dashboard';
import { useDisability } from '../stores/disability';
import { useExports } from '../stores/exports';
import { useCaseImport, useClientImport } from '../stores/imports';
import { useInstitutions } from '../stores/institutions';
import { useLetters } from '../stores/letters';
import { usePasung } from '../stores/pasung';
import { useReferrals } from '../stores/referrals';
import { useSettings } from '../stores/settings';
import { useTasks } from '../stores/tasks';
import { useTimeline } from '../stores/timeline';
import { useVisits } from '../stores/visits';
import { useWorkers } from '../stores/workers';

/**
 * Every store that holds what the core read (clients, cases, notes, names). Locking empties
 * them, so a locked window keeps no personal data in memory beyond the drafts of open forms;
 * the pages read again after the unlock. Region reference data stays (nothing personal).
 */
const DATA_STORES: UseBoundStore<StoreApi<object>>[] = [
  useAccounts, useAttachments, useBackups, useCases, useClients, useDashboard, useDisability, useExports, useClientImport, useCaseImport,
  useInstitutions, useLetters, usePasung, useReferrals, useSettings, useTasks, useTimeline, useVisits, useWorkers,
] as unknown as UseBoundStore<StoreApi<object>>[];

export function forgetData(): void {
  for (const store of DATA_STORES) store.setState(store.getInitialState(), true);
}
