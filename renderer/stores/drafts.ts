import { useEffect, useRef, useState } from 'react';
import { create } from 'zustand';
import { useSession } from './session';

/**
 * What was typed in an open form when the data locked (idle, the Kunci button, or a call
 * answering LOCKED). Kept in memory only — never in localStorage or on disk — and handed
 * back to the same form after the same worker unlocks; another worker's unlock drops them.
 */
interface Draft {
  workerId: string | null;
  value: unknown;
}

interface DraftsState {
  drafts: Record<string, Draft>;
  put(key: string, value: unknown, workerId: string | null): void;
  drop(key: string): void;
  /** After an unlock: drafts of anyone but this worker are dropped. */
  keepOnlyFor(workerId: string | null): void;
}

export const useDrafts = create<DraftsState>()((set) => ({
  drafts: {},
  put: (key, value, workerId) => set((s) => ({ drafts: { ...s.drafts, [key]: { workerId, value } } })),
  drop: (key) =>
    set((s) => {
      if (!(key in s.drafts)) return s;
      const { [key]: _gone, ...rest } = s.drafts;
      return { drafts: rest };
    }),
  keepOnlyFor: (workerId) => set((s) => ({ drafts: Object.fromEntries(Object.entries(s.drafts).filter(([, d]) => d.workerId === workerId)) })),
}));

export const hasDraft = (key: string) => key in useDrafts.getState().drafts;

/**
 * Ties a form to its draft: returns the draft kept at the last lock (read once, at the
 * first render, for the form's starting values). When the form goes away because the data
 * locked, `snapshot()` is kept as the draft; when it goes away for any other reason (saved,
 * cancelled, another page) the draft is dropped.
 */
export function useLockDraft<T>(key: string | null, snapshot: () => T): T | undefined {
  const [initial] = useState(() => (key ? (useDrafts.getState().drafts[key]?.value as T | undefined) : undefined));
  const latest = useRef(snapshot);
  latest.current = snapshot;
  useEffect(() => {
    if (!key) return;
    return () => {
      const session = useSession.getState();
      if (session.status?.state === 'unlocked') useDrafts.getState().drop(key);
      else useDrafts.getState().put(key, latest.current(), session.lastWorkerId);
    };
  }, [key]);
  return initial;
}
