import { API_PREFIX, BRIDGE_GLOBAL, type PendampingBridge } from '../../shared/bridge';
import type { ChannelInput, ChannelName, ChannelResult } from '../../shared/contract';
import type { AppErrorBody, Result } from '../../shared/result';
import { i18n } from '../i18n';
import { sendEarly, takeEarly } from './early';
import { reportLocked } from './locked';
import { readToken } from './token';

/**
 * The one typed door of the renderer. In Electron the preload exposes `window.pendamping`
 * (one function per channel); in browser mode the same envelope comes from
 * `POST /api/<channel>`. Either way the caller gets an envelope and never a rejection.
 */
export async function call<K extends ChannelName>(name: K, input: ChannelInput<K>): Promise<Result<ChannelResult<K>>> {
  try {
    const result = await send(name, input);
    if (!isEnvelope(result)) return failure('INTERNAL', i18n.t('errors.badResponse'));
    const envelope = result as Result<ChannelResult<K>>;
    if (!envelope.ok && envelope.error.code === 'LOCKED') reportLocked(envelope.error);
    return envelope;
  } catch {
    return failure('INTERNAL', i18n.t('errors.network'));
  }
}

/**
 * Sends a call now whose answer a screen will ask for in a moment (at start-up, beside
 * session:status): that screen's `call` with the same input takes it. See early.ts.
 */
export function callEarly<K extends ChannelName>(name: K, input: ChannelInput<K>): void {
  sendEarly(name, input, () => transport(name, input));
}

async function send(name: ChannelName, input: unknown): Promise<unknown> {
  const early = takeEarly(name, input);
  if (early) {
    const answer = await early;
    if (isEnvelope(answer) && (answer as { ok: boolean }).ok) return answer;
  }
  return transport(name, input);
}

function transport(name: ChannelName, input: unknown): Promise<unknown> {
  const bridge = (window as unknown as Record<string, PendampingBridge | undefined>)[BRIDGE_GLOBAL];
  return bridge ? bridge[name](input as never) : viaHttp(name, input);
}

async function viaHttp(name: ChannelName, input: unknown): Promise<unknown> {
  const response = await fetch(`${API_PREFIX}${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${readToken() ?? ''}` },
    body: JSON.stringify(input ?? {}),
  });
  if (response.status === 401 || response.status === 403) return failure('FORBIDDEN', i18n.t('errors.token'));
  try {
    return await response.json();
  } catch {
    return failure('INTERNAL', i18n.t('errors.badResponse'));
  }
}

const failure = (code: AppErrorBody['code'], message: string): { ok: false; error: AppErrorBody } => ({
  ok: false,
  error: { code, message },
});

function isEnvelope(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || !('ok' in v)) return false;
  const e = v as { ok: unknown; error?: { code?: unknown; message?: unknown } };
  if (e.ok === true) return 'value' in e;
  return e.ok === false && typeof e.error?.code === 'string' && typeof e.error?.message === 'string';
}
