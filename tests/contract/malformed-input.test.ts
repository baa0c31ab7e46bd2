import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { main as cli } from '../../electron/cli/main';
import { channelNames, channels } from '../../shared/contract';
import { SITI, snapshot, tempCore } from '../helpers/temp-core';
import { TEST_LOGIN, TEST_PASSPHRASE, addTestAccount } from '../helpers/accounts';

/** The malformed payloads every channel must refuse with VALIDATION, changing nothing. */
function malformedInputs(name: (typeof channelNames)[number]): [string, unknown][] {
  const schema = z.toJSONSchema(channels[name].input, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, unknown>;
    required?: string[];
  };
  const props = Object.keys(schema.properties ?? {});
  const cases: [string, unknown][] = [
    ['null', null],
    ['an array', []],
    ['a string', 'x'],
    ['a number', 42],
    ['an unknown field', { surpriseField: 1 }],
    ['1 MB strings in every field', Object.fromEntries((props.length ? props : ['x']).map((p) => [p, 'x'.repeat(1024 * 1024)]))],
    ['wrong types in every field', Object.fromEntries((props.length ? props : ['x']).map((p) => [p, true]))],
  ];
  if (schema.required?.length) cases.push(['{} where fields are required', {}]);
  return cases;
}

let t: ReturnType<typeof tempCore>;
let before: string;
beforeAll(async () => {
  t = tempCore();
  // The command line unlocks the folder with the test account, as a person would.
  await addTestAccount(t);
  const w = t.must('workers:create', { name: 'Ani', role: 'pekerja_sosial' });
  const c = t.must('clients:create', SITI).client;
  t.must('cases:create', { clientId: c.id, cluster: 'anak', ppksType: 'anak_terlantar', assignedWorkerId: w.id });
  before = snapshot(t.db);
});
afterAll(() => t.cleanup());

describe.each(channelNames)('channel %s', (name) => {
  it.each(malformedInputs(name))('refuses %s with VALIDATION through the core', async (_, input) => {
    const r = await t.callAsync(name, input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('VALIDATION');
      expect(r.error.message.length).toBeLessThan(2000); // a clear message, not an echo of 1 MB
      expect(r.error.fields?.length).toBeGreaterThan(0);
    }
    expect(snapshot(t.db)).toBe(before);
  });
});

describe('the command line door', () => {
  it.each(channelNames)('%s: `pendamping call` exits 2 with VALIDATION for malformed input and changes nothing', async (name) => {
    const printed: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((s: string) => void printed.push(s));
    Object.assign(process.env, { PENDAMPING_USER: TEST_LOGIN, PENDAMPING_PASSPHRASE: TEST_PASSPHRASE });
    try {
      for (const [, input] of malformedInputs(name)) {
        printed.length = 0;
        const code = await cli(['call', name, JSON.stringify(input), '--data-dir', t.dir]);
        expect(code).toBe(2);
        expect(JSON.parse(printed.join('\n')).error.code).toBe('VALIDATION');
      }
      printed.length = 0;
      expect(await cli(['call', name, '{not json', '--data-dir', t.dir])).toBe(2);
    } finally {
      log.mockRestore();
      delete process.env.PENDAMPING_USER;
      delete process.env.PENDAMPING_PASSPHRASE;
    }
    expect(snapshot(t.db)).toBe(before);
  });

  it('refuses an unknown channel with exit code 1', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    Object.assign(process.env, { PENDAMPING_USER: TEST_LOGIN, PENDAMPING_PASSPHRASE: TEST_PASSPHRASE });
    try {
      expect(await cli(['call', 'clients:explode', '{}', '--data-dir', t.dir])).toBe(1);
    } finally {
      log.mockRestore();
      delete process.env.PENDAMPING_USER;
      delete process.env.PENDAMPING_PASSPHRASE;
    }
  });
});
