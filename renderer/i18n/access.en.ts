import type { Shape } from './casework';
import type { accessId } from './access.id';

export const accessEn: Shape<typeof accessId> = {
  access: {
    adminOnly: 'Only an admin can change this part.',
    supervisorOnly: 'Only a koordinator or an admin can use this part.',
    reassignHint: 'Only a koordinator can hand a case to another worker.',
    closure: {
      title: 'Closure waiting for approval',
      summary: '{{name}} asked to close the case as {{status}} ({{reason}}) on {{date}}.',
      unknownWorker: 'A worker',
      why: 'Reason:',
      waiting: 'A koordinator will approve it or send it back.',
      approve: 'Approve closure',
      return: 'Send back',
      decideTitle: 'Decide on closing the case',
      decision: 'Decision',
      approveOption: 'Approve: the case closes with the requested status',
      returnOption: 'Send back to the social worker',
      note: 'Note',
      noteHint: 'Required when sending back: what still needs doing.',
      save: 'Save decision',
      approved: 'Closure approved; the case is closed.',
      returned: 'Closure sent back to the social worker.',
      requested: 'Closure requested; waiting for a koordinator.',
      requestButton: 'Request closure',
      requestHint: "A social worker's closure waits for a koordinator's approval.",
      listTitle: 'Closures waiting for approval',
    },
    timeline: {
      requested: 'Closure requested: {{status}}',
      returned: 'Closure request sent back',
      approved: 'The requested closure was approved by a koordinator',
    },
  },
};
