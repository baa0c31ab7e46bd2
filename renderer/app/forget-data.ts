import type { StoreApi, UseBoundStore } from 'zustand';
import { dropEarly } from '../api/early';
import { useAccess } from '../stores/access';
import { useAccounts } from '../stores/accounts';
import { useAttachments } from '../stores/attachments';
import { useAudit } from '../stores/audit';
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
import { usePrivacy } from '../stores/privacy';
import { useReferrals } from '../stores/referrals';
import { useSettings } from '../stores/settings';
import { useTasks } from '../stores/tasks';
import { useTimeline } from '../stores/timeline';
import { useVisits } from '../stores/visits';
import { useWaitingClients } from '../stores/waiting-clients';
import { useWorkers } from '../stores/workers';

/**
 * Every store that holds what the core read (clients, cases, notes, names). Locking empties
 * them, so a locked window keeps no personal data in memory beyond the drafts of open forms;
 * the pages read again after the unlock. Region reference data stays (nothing personal).
 */
const DATA_STORES: UseBoundStore<StoreApi<object>>[] = [
  useAccess, useAccounts, useAttachments, useAudit, useBackups, useCases, useClients, useDashboard, useDisability, useExports, useClientImport,
  useCaseImport, useInstitutions, useLetters, usePasung, usePrivacy, useReferrals, useSettings, useTasks, useTimeline, useVisits,
  useWaitingClients, useWorkers,
] as unknown as UseBoundStore<StoreApi<object>>[];

export function forgetData(): void {
  for (const store of DATA_STORES) store.setState(store.getInitialState(), true);
  dropEarly();
}
