import type { ChannelInput, ChannelName, ChannelResult } from './contract';
import type { Result } from './result';

/**
 * What the Electron preload exposes as `window.pendamping`: one named async function per
 * channel, each returning the envelope. Browser mode offers the same functions over HTTP:
 *   POST /api/<channel>   body: JSON input   header: Authorization: Bearer <token>
 *   → 200 with the JSON envelope (also for VALIDATION etc.); 401 without the token.
 * The token is random per run and reaches the page in the URL fragment (#token=…).
 */
export type PendampingBridge = {
  [K in ChannelName]: (input: ChannelInput<K>) => Promise<Result<ChannelResult<K>>>;
};

export const BRIDGE_GLOBAL = 'pendamping';
export const API_PREFIX = '/api/';
