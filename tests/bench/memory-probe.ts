/** Opens the bench dataset as the app would, does a round of everyday work, prints its RSS. */
import { openCore } from '../../electron/core/open-core';

const [dir, longCaseId] = process.argv.slice(2);
// The bench itself holds the folder lock meanwhile (it reads the same file, it writes nothing).
const core = openCore(dir, { key: Buffer.alloc(32, 0x42), log: { error() {}, info() {} }, lock: false });
for (let i = 0; i < 20; i++) {
  core.call('cases:list', { offset: i * 5000 });
  core.call('cases:list', { search: ['sit', 'bud', 'agu', '3374'][i % 4] });
  core.call('visits:search', { query: 'puskes' });
  core.call('timeline:list', { caseId: longCaseId, limit: 5000 });
  core.call('tasks:due', {});
  core.call('dashboard:summary', { all: true });
}
console.log(`rss=${Math.round(process.memoryUsage().rss / 1024 / 1024)}`);
await core.close();
