import { main } from './main';

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  // Expected failures (wrong key, newer database, bad flags) arrive with a clear message.
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
}
