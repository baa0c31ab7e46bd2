import type { ChannelName, ChannelParsed } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import type { CoreContext } from '../context';
import type { Target } from './targets';

/**
 * Who may use a channel:
 * - `anyone`: every unlocked worker (reference data, her own session, new clients);
 * - `own`: every worker, but a pekerja sosial only on the records `own` names — each must
 *   belong to one of her cases (assigned to her or opened by her) or to their clients;
 * - `list`: every worker; the handler narrows the list to a pekerja sosial's own cases
 *   (filtered, not refused), and any record the input names must be hers as for `own`;
 * - `koordinator`: koordinator and admin; `admin`: admin only.
 * The system actor (tests, seeding, scripts on the raw key) may do everything.
 */
export type Need = 'anyone' | 'own' | 'list' | 'koordinator' | 'admin';

export interface Rule<K extends ChannelName> {
  need: Need;
  /** For role rules: what the role is needed for, in the refusal ("menyetujui penutupan kasus"). */
  what?: string;
  /** The records the input names (own, list). */
  targets?: (input: ChannelParsed<K>) => (Target | null | undefined | false)[];
  /** A further check for a pekerja sosial (e.g. she may not hand a case to someone else). */
  check?: (ctx: CoreContext, input: ChannelParsed<K>, workerId: string) => void;
}

export type Policy = { [K in ChannelName]: Rule<K> };

export const forbidden = (message: string, need: string) => new AppError('FORBIDDEN', message, { details: { need } });

const anyone = { need: 'anyone' } as const;
const list = { need: 'list' } as const;
const admin = (what: string) => ({ need: 'admin', what }) as const;
const koordinator = (what: string) => ({ need: 'koordinator', what }) as const;
const onCase = <K extends ChannelName>(pick: (i: ChannelParsed<K>) => string): Rule<K> => ({ need: 'own', targets: (i) => [['case', pick(i)]] });

const assignsSomeoneElse = (assigned: string | null | undefined, current: string | null, workerId: string) =>
  assigned !== undefined && assigned !== current && assigned !== null && assigned !== workerId;

/** One rule per channel; a channel added to the contract without a rule does not typecheck, and is denied to workers. */
export const POLICY: Policy = {
  // Reference data, office settings to read, the worker's own session.
  'regions:list': anyone,
  'regions:path': anyone,
  'settings:get': anyone,
  'letters:settings-get': anyone,
  'workers:list': anyone,
  'session:get': anyone,
  // Unlocking answers before anyone is known; the session handlers guard themselves.
  'session:status': anyone,
  'session:setup': anyone,
  'session:unlock': anyone,
  'session:recover': anyone,
  'session:lock': anyone,
  'session:move-in': anyone,
  'session:restore-in': anyone,
  'accounts:change-passphrase': anyone,
  'settings:security-get': anyone,
  'settings:retention-get': anyone,
  // The session handler decides whom a worker may act as (herself; an admin, a colleague).
  'session:set-worker': anyone,
  'access:get': anyone,
  'visits:suggest-next': anyone,
  'jobs:progress': anyone,
  'jobs:cancel': anyone,
  'institutions:list': anyone,
  // Field workers meet new puskesmas and shelters: the directory is everyone's, one by one
  // or from a list (it holds agencies, no personal data).
  'institutions:create': anyone,
  'institutions:update': anyone,
  'institutions:import-csv': anyone,
  'clients:create': anyone,
  'clients:check': anyone,

  // Lists: a pekerja sosial sees her own cases only.
  'cases:list': list,
  'clients:search': list,
  'dashboard:summary': list,
  'tasks:due': list,
  'visits:search': { need: 'list', targets: (i) => [i.caseId !== undefined && ['case', i.caseId]] },
  'referrals:list': { need: 'list', targets: (i) => [i.caseId !== undefined && ['case', i.caseId]] },
  'exports:table': { need: 'list', targets: (i) => (i.caseIds ?? []).map((id) => ['case', id] as Target) },

  // A case and everything recorded on it.
  'cases:create': {
    need: 'own',
    targets: (i) => [['client', i.clientId]],
    check: (_ctx, i, me) => {
      if (assignsSomeoneElse(i.assignedWorkerId, null, me)) throw forbidden('Hanya koordinator yang dapat menugaskan kasus kepada pekerja lain; tugaskan kepada diri Anda atau kosongkan.', 'koordinator');
    },
  },
  'cases:get': onCase((i) => i.id),
  'cases:update': {
    need: 'own',
    targets: (i) => [['case', i.id]],
    // She may take an unassigned case of hers, not hand it on or leave it unassigned.
    check: (ctx, i, me) => {
      const row = ctx.db.prepare('SELECT assigned_worker_id AS a FROM cases WHERE id = ?').get(i.id) as { a: string | null } | undefined;
      if (row && i.assignedWorkerId !== row.a && i.assignedWorkerId !== me) throw forbidden('Hanya koordinator yang dapat mengalihkan kasus kepada pekerja lain.', 'koordinator');
    },
  },
  'cases:change-stage': onCase((i) => i.id),
  // A pekerja sosial's closing status becomes a closure request (cases handler).
  'cases:change-status': onCase((i) => i.id),
  'cases:decide-closure': koordinator('menyetujui atau mengembalikan penutupan kasus'),
  'clients:get': { need: 'own', targets: (i) => [['client', i.id]] },
  'clients:update': { need: 'own', targets: (i) => [['client', i.id]] },
  'visits:create': onCase((i) => i.caseId),
  'visits:get': { need: 'own', targets: (i) => [['visit', i.id]] },
  'tasks:create': onCase((i) => i.caseId),
  'tasks:close': { need: 'own', targets: (i) => [['task', i.id]] },
  'tasks:list': onCase((i) => i.caseId),
  'timeline:list': onCase((i) => i.caseId),
  'services:create': onCase((i) => i.caseId),
  'services:list': onCase((i) => i.caseId),
  'devices:create': { need: 'own', targets: (i) => [['client', i.clientId], i.caseId !== undefined && ['case', i.caseId]] },
  'devices:advance': { need: 'own', targets: (i) => [['device', i.id]] },
  'devices:list': { need: 'own', targets: (i) => [['client', i.clientId]] },
  'pasung:create': { need: 'own', targets: (i) => [['client', i.clientId]] },
  'pasung:update': { need: 'own', targets: (i) => [['pasung', i.id]] },
  'pasung:change-status': { need: 'own', targets: (i) => [['pasung', i.id]] },
  'pasung:list': { need: 'own', targets: (i) => [['client', i.clientId]] },
  'attachments:add': { need: 'own', targets: (i) => [i.clientId !== undefined && ['client', i.clientId], i.visitId !== undefined && ['visit', i.visitId]] },
  // The handler leaves out photos of other workers' cases from a client's list.
  'attachments:list': {
    need: 'own',
    targets: (i) => [i.clientId !== undefined && ['client', i.clientId], i.visitId !== undefined && ['visit', i.visitId], i.caseId !== undefined && ['case', i.caseId]],
  },
  'attachments:get': { need: 'own', targets: (i) => [['attachment', i.id]] },
  'referrals:create': onCase((i) => i.caseId),
  'referrals:update': { need: 'own', targets: (i) => [['referral', i.id], ['case', i.referral.caseId]] },
  'referrals:transition': { need: 'own', targets: (i) => [['referral', i.id]] },
  'referrals:get': { need: 'own', targets: (i) => [['referral', i.id]] },
  'letters:preview': { need: 'own', targets: (i) => [['referral', i.referralId]] },
  'letters:issue': { need: 'own', targets: (i) => [['referral', i.referralId]] },
  'letters:get': { need: 'own', targets: (i) => [['letter', i.id]] },
  'letters:cancel': { need: 'own', targets: (i) => [['letter', i.id]] },
  // Consent is recorded with the client, and erasure asked for, by whoever works with her.
  'consents:list': { need: 'own', targets: (i) => [i.clientId !== undefined && ['client', i.clientId], i.caseId !== undefined && ['case', i.caseId]] },
  'consents:create': { need: 'own', targets: (i) => [['client', i.clientId]] },
  'consents:withdraw': { need: 'own', targets: (i) => [['consent', i.id]] },
  'erasure:request': { need: 'own', targets: (i) => [['client', i.clientId]] },
  'erasure:status': { need: 'own', targets: (i) => [['client', i.clientId]] },
  'exports:case-json': { need: 'own', targets: (i) => i.caseIds.map((id) => ['case', id] as Target) },
  'exports:case-pdf': { need: 'own', targets: (i) => i.caseIds.map((id) => ['case', id] as Target) },

  // The office's caseload as a whole.
  'imports:case-json': koordinator('memasukkan kasus dari kantor lain'),
  'imports:case-bundle': koordinator('memasukkan kasus dari kantor lain'),
  'imports:clients-preview': koordinator('mengimpor daftar klien'),
  'imports:clients': koordinator('mengimpor daftar klien'),
  'erasure:list': koordinator('melihat permintaan penghapusan data'),
  'erasure:approve': koordinator('menyetujui penghapusan data klien'),
  'erasure:reject': koordinator('menolak penghapusan data klien'),
  'retention:due': koordinator('melihat kasus yang melewati masa simpan'),
  // Supervision: who read, changed or was refused what.
  'audit:list': koordinator('melihat jejak audit'),
  'audit:verify': koordinator('memeriksa jejak audit'),

  // Settings, worker profiles, backups.
  'settings:update': admin('mengubah pengaturan kantor'),
  'letters:settings-update': admin('mengubah pengaturan surat'),
  'workers:create': admin('menambah profil pekerja'),
  'workers:update': admin('mengubah profil pekerja'),
  'accounts:list': admin('melihat daftar akun'),
  'accounts:create': admin('membuat akun'),
  'accounts:remove': admin('menghapus akun'),
  'accounts:new-recovery-key': admin('membuat kunci pemulihan baru'),
  'settings:security-update': admin('mengubah pengaturan keamanan'),
  'settings:retention-update': admin('mengubah masa simpan kasus'),
  'backup:settings-get': admin('melihat pengaturan cadangan'),
  'backup:settings-update': admin('mengubah pengaturan cadangan'),
  'backup:create': admin('membuat cadangan'),
  'backup:list': admin('melihat daftar cadangan'),
  'backup:move-out': admin('membuat paket pindah laptop'),
  'backup:restore': admin('memulihkan cadangan'),
};
