import { vi } from 'vitest';
import { main as cli } from '../../electron/cli/main';

/** The variables a `pendamping` command reads; cleared around each run so none leaks between tests. */
export const CLI_ENV_KEYS = ['PENDAMPING_INIT_NAME', 'PENDAMPING_USER', 'PENDAMPING_PASSPHRASE', 'PENDAMPING_KEY', 'PENDAMPING_DATA_DIR'];

/** Runs `pendamping …` in this process with the given environment; returns exit code and output. */
export async function runCli(args: string[], env: Record<string, string> = {}) {
  for (const k of CLI_ENV_KEYS) delete process.env[k];
  Object.assign(process.env, env);
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((s: string) => void out.push(String(s)));
  vi.spyOn(console, 'error').mockImplementation((s: string) => void err.push(String(s)));
  try {
    const code = await cli(args);
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  } finally {
    vi.restoreAllMocks();
    for (const k of CLI_ENV_KEYS) delete process.env[k];
  }
}
