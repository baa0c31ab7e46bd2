import { describe, expect, it } from 'vitest';
import { channelNames, channels } from '../../shared/contract';
import { validSamples, type SampleFixture } from '../helpers/channel-samples';

/** Ids shaped like the fixture's (schemas check shapes here, not that the records exist). */
const ULID = '01JB2Q5X8Z3K4M5N6P7Q8R9S0T';
const fixture = new Proxy({} as SampleFixture, {
  get: (_, key) => (key === 'pngBase64' || key === 'caseBundleBase64' ? 'iVBORw0KGgo=' : key === 'backupFolder' ? '/tmp/cadangan' : key === 'caseJson' ? '{}' : key === 'backupName' ? 'pendamping-20261128-030000.pbak' : ULID),
});

describe('the valid sample of every channel (tests/helpers/channel-samples.ts)', () => {
  it.each(channelNames)('%s: its sample passes the channel schema', (name) => {
    const sample = validSamples[name](fixture);
    const parsed = channels[name].input.safeParse(sample);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues)).toBe(true);
  });
});
