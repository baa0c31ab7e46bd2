import { z } from 'zod';
import { channelNames, channels } from '../../shared/contract';

/** Every channel with its summary and input JSON Schema (what a script may send). */
export function describeChannels() {
  return channelNames.map((name) => ({
    channel: name,
    mutates: channels[name].mutates,
    summary: channels[name].summary,
    input: z.toJSONSchema(channels[name].input, { io: 'input', unrepresentable: 'any' }),
  }));
}
