import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** The data folder for browser mode and the command line: --data-dir, PENDAMPING_DATA_DIR, or ~/.pendamping. */
export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(flag ?? env.PENDAMPING_DATA_DIR ?? join(homedir(), '.pendamping'));
}
