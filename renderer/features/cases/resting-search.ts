import { useEffect, useState } from 'react';
import { useCases } from '../../stores/cases';

/** How long the typing must rest before the slower side searches go out. */
export const REST_MS = 350;

/**
 * Whether a side search is worth asking for this text: every word has two letters or more.
 * One letter matches half the office ("s": 50,000 cases) and costs the core most: visit notes
 * have no one-letter prefix index (a million notes' word lists merged, a second or more), and
 * clients without a case are checked one by one.
 */
export const specificEnough = (search: string): boolean => {
  const words = search.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.length > 0 && words.every((w) => [...w].length >= 2);
};

/**
 * The case list's search once the typing has rested and the list has shown its answer, else
 * null. The side searches under the list (visit notes, clients without a case) wait for it:
 * the core answers one call at a time, and a side search for "s" sent with every keystroke
 * would hold up the next keystroke's list behind it.
 */
export function useRestingSearch(): string | null {
  const search = useCases((s) => (s.query.search ?? '').trim());
  const answered = useCases((s) => s.totalGeneration === s.generation);
  const [rested, setRested] = useState<string | null>(null);
  // A new search is not resting yet (reset while rendering, React's way to follow a prop).
  const [seen, setSeen] = useState(search);
  if (seen !== search) {
    setSeen(search);
    setRested(null);
  }
  useEffect(() => {
    if (!answered) return;
    const timer = setTimeout(() => setRested(search), REST_MS);
    return () => clearTimeout(timer);
  }, [search, answered]);
  return rested;
}
