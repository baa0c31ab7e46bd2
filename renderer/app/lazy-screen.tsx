import { useEffect, useState, type ComponentType } from 'react';
import { Loading } from '../components/alert';

/**
 * A screen in a chunk of its own. Once the chunk is in (usually preloaded at start-up), the
 * screen renders at once; before that, "Memuat…" until it arrives, then the screen.
 *
 * Not React.lazy in a Suspense boundary: a boundary whose content resolves just after its
 * fallback is held back by React for 300 ms (so fallbacks do not flicker), while a chunk
 * from disk or loopback arrives in a few milliseconds.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<unknown> | null = null;
  const preload = () =>
    (pending ??= load().then(
      (screen) => (loaded = screen),
      (e: unknown) => {
        pending = null; // a failed fetch (the server restarted) is tried again next time
        throw e;
      },
    ));

  function Screen(props: P) {
    const [, arrived] = useState(0);
    const [failed, setFailed] = useState<{ error: unknown } | null>(null);
    useEffect(() => {
      // The chunk may have arrived between this render (which drew "Memuat…") and the effect:
      // draw again, or the screen would stay on "Memuat…" (seen under load in CI).
      if (loaded) {
        arrived((n) => n + 1);
        return;
      }
      let live = true;
      preload().then(
        () => live && arrived((n) => n + 1),
        (error: unknown) => live && setFailed({ error }),
      );
      return () => {
        live = false;
      };
    }, []);
    // The error boundary around the screen says it could not be shown.
    if (failed) throw failed.error;
    const Loaded = loaded as ComponentType<P> | null;
    return Loaded ? <Loaded {...props} /> : <Loading />;
  }
  return Object.assign(Screen, { preload });
}
