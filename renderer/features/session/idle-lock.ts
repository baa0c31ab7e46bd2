import { useEffect } from 'react';
import { call } from '../../api/client';
import { useSession } from '../../stores/session';

const INPUT_EVENTS = ['pointermove', 'pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
/** How often the idle time is checked, and how often an active person's presence is told to the core. */
const CHECK_MS = 5_000;
const KEEP_AWAKE_MS = 60_000;

/**
 * Locks the data after `autoLockMinutes` without a key press or mouse movement. The core
 * keeps its own idle timer (counted from the last call); while the person is really at
 * work — typing a long visit note calls nothing — a cheap read once a minute tells the core
 * they are there, so only true absence locks. Ctrl+L locks at once.
 */
export function useIdleLock(): void {
  const minutes = useSession((s) => s.status?.autoLockMinutes ?? null);
  const lock = useSession((s) => s.lock);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'l') {
        e.preventDefault();
        void lock('manual');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [lock]);

  useEffect(() => {
    if (!minutes) return;
    let lastInput = Date.now();
    let lastTold = Date.now();
    const onInput = () => {
      lastInput = Date.now();
    };
    for (const name of INPUT_EVENTS) window.addEventListener(name, onInput, { passive: true, capture: true });
    const timer = setInterval(() => {
      const now = Date.now();
      if (now - lastInput >= minutes * 60_000) {
        clearInterval(timer);
        void lock('idle');
      } else if (lastInput > lastTold && now - lastTold >= KEEP_AWAKE_MS) {
        lastTold = now;
        void call('settings:security-get', {});
      }
    }, CHECK_MS);
    return () => {
      clearInterval(timer);
      for (const name of INPUT_EVENTS) window.removeEventListener(name, onInput, { capture: true });
    };
  }, [minutes, lock]);
}
