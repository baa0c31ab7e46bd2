import { HIGHLIGHT_END, HIGHLIGHT_START } from '../../../shared/contract';

/**
 * A search snippet with the matched words marked. The core puts them between \u0002 and
 * \u0003; they become <mark> elements here and the text stays text (never parsed as HTML).
 */
export function Highlighted({ snippet }: { snippet: string }) {
  const parts: { text: string; hit: boolean }[] = [];
  let rest = snippet;
  while (rest) {
    const start = rest.indexOf(HIGHLIGHT_START);
    if (start < 0) {
      parts.push({ text: rest, hit: false });
      break;
    }
    if (start > 0) parts.push({ text: rest.slice(0, start), hit: false });
    const end = rest.indexOf(HIGHLIGHT_END, start + 1);
    const stop = end < 0 ? rest.length : end;
    parts.push({ text: rest.slice(start + 1, stop), hit: true });
    rest = end < 0 ? '' : rest.slice(end + 1);
  }
  return <>{parts.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text.replace(/[\u0002\u0003]/g, '')}</span>))}</>;
}
