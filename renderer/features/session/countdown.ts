import { useEffect, useState } from 'react';
import type { AppErrorBody } from '../../../shared/result';

/** Whole seconds the core asked to wait after too many wrong tries (`details.retryAfterSeconds`). */
export function retryAfter(error: AppErrorBody): number | null {
  const s = Number(error.details?.retryAfterSeconds);
  return Number.isFinite(s) && s > 0 ? Math.ceil(s) : null;
}

/** A live countdown to zero: `start(seconds)`, `left` (0 when there is nothing to wait for). */
export function useCountdown() {
  const [until, setUntil] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until === null) return;
    const timer = setInterval(() => {
      const t = Date.now();
      setNow(t);
      if (t >= until) {
        setUntil(null);
        clearInterval(timer);
      }
    }, 250);
    return () => clearInterval(timer);
  }, [until]);
  const left = until === null ? 0 : Math.max(0, Math.ceil((until - now) / 1000));
  return {
    left,
    start(seconds: number) {
      const t = Date.now();
      setNow(t);
      setUntil(t + seconds * 1000);
    },
  };
}
