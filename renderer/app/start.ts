import { callEarly } from '../api/client';
import { PAGE_SIZE, useCases } from '../stores/cases';
import { useSession } from '../stores/session';
import { useSettings } from '../stores/settings';
import { useWorkers } from '../stores/workers';
import { preloadRoute } from './route-view';
import { FirstRun, LockedScreen, SetupScreen } from './screens';
import type { Route } from './router';

/**
 * At start-up, everything the first screen will wait for goes out at once: the screen's
 * chunk and, beside session:status, what the app asks right after it (who is acting, the
 * office settings) and the first page of the case list. Locked, those answers are LOCKED
 * and simply unused (see api/early.ts); open, the screens find them already on their way.
 */
export function startEarly(route: Route): void {
  preloadRoute(route);
  callEarly('session:status', {});
  // stores/workers.ts load() and stores/settings.ts load().
  callEarly('workers:list', {});
  callEarly('session:get', {});
  callEarly('settings:get', {});
  // The list's first page as stores/cases.ts asks for it (an empty search counts exactly).
  if (route.name === 'cases') callEarly('cases:list', { ...useCases.getState().query, offset: 0, limit: PAGE_SIZE });
}

let readAtStart = false;
let firstScreenShown = false;

/**
 * What the first screen needs, read through the stores from the early answers before the app
 * is first drawn: the session; open, who is acting, the office settings, the screen's chunk
 * and, for the case list, its first page; locked, the unlock screen's chunk. Its first render
 * is then the screen itself, not "Memuat…" followed by two more rounds of drawing.
 */
export async function loadFirstScreenData(route: Route): Promise<void> {
  await useSession.getState().load();
  const state = useSession.getState().status?.state;
  // Locked or new, the screen for it comes first, whole (its chunk is small).
  if (state === 'locked') return void (await LockedScreen.preload().catch(() => undefined));
  if (state === 'uninitialised') return void (await SetupScreen.preload().catch(() => undefined));
  if (state !== 'unlocked') return;
  // The case list (the screen workers open most) is drawn with its first rows at once.
  await Promise.all([
    useWorkers.getState().load(),
    useSettings.getState().load(),
    route.name === 'cases' ? useCases.getState().loadAtStartUp() : null,
    preloadRoute(route),
  ]);
  if (useWorkers.getState().workers?.length === 0) await FirstRun.preload().catch(() => undefined);
  if (!firstScreenShown) readAtStart = true;
}

/** For the app's first open screen only: whether the start-up has just read the workers and settings. */
export function readAtStartUp(): boolean {
  firstScreenShown = true;
  const was = readAtStart;
  readAtStart = false;
  return was;
}
