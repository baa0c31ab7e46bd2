import { storeFaultMessage } from '../db/faults';
import { main } from './main';

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  // Expected failures (wrong key, newer database, bad flags) arrive with a clear message.
  // A full disk or a damaged file (e.g. during `pendamping backup`) is said plainly, not as SQLite's English.
  console.error(storeFaultMessage(e) ?? (e instanceof Error ? e.message : String(e)));
  process.exitCode = 1;
}
