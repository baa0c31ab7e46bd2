import type { Shape } from './casework';
import type { waitingClientsId } from './waiting-clients.id';

/** English plurals (i18next picks `_one` for a count of 1). */
type Plurals = { waitingClients: Record<'count_one' | 'countMatching_one' | 'matches_one', string> };

/** Clients without a case: registered (often imported) clients nobody has opened a case for yet. */
export const waitingClientsEn: Shape<typeof waitingClientsId> & Plurals = {
  waitingClients: {
    title: 'Clients without a case',
    viewsLabel: 'List view',
    viewCases: 'Cases',
    viewWaiting: 'Clients without a case',
    intro: 'Clients who are registered (for example by an import) but have no case yet, newest first. Open the client page to see their record, or open a case for them straight away.',
    search: 'Search name or NIK',
    searchPlaceholder: 'e.g. siti, or the start of a NIK 3374…',
    count: '{{n}} clients have no case yet',
    count_one: '1 client has no case yet',
    countMatching: '{{n}} clients without a case match',
    countMatching_one: '1 client without a case matches',
    none: 'Every client has a case.',
    noneMatching: 'No client without a case matches.',
    tableLabel: 'Clients without a case',
    colName: 'Name',
    colNik: 'NIK',
    colSex: 'Sex',
    colBirth: 'Date of birth',
    colVillage: 'Village',
    colCreated: 'Registered',
    openCase: 'Open a case',
    openCaseFor: 'Open a case for {{name}}',
    more: 'Show {{count}} more',
    matches: '{{n}} clients without a case also match this search',
    matches_one: '1 client without a case also matches this search',
    seeAll: 'See all {{n}} under Clients without a case',
  },
};
