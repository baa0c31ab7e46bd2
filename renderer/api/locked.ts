import type { AppErrorBody } from '../../shared/result';

/**
 * Any channel may answer LOCKED: the core locks itself after the idle time, and a second
 * window may have locked it. The client reports each such answer here; the session store
 * listens and takes the app back to the unlock screen (forms keep their drafts).
 */
type Listener = (error: AppErrorBody) => void;
const listeners = new Set<Listener>();

export function onLocked(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function reportLocked(error: AppErrorBody): void {
  for (const l of listeners) l(error);
}
