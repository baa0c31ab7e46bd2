import { callEarly } from '../api/client';
import { currentLanguage } from '../i18n';
import { PAGE_SIZE, useCases } from '../stores/cases';
import { preloadRoute } from './route-view';
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
  // Counts are written in the UI language (12.345 / 12,345). The first number so formatted
  // in a page loads the locale's data (tens of milliseconds): now, while the answers travel,
  // rather than when the first screen is drawn.
  (0).toLocaleString(currentLanguage() === 'en' ? 'en-US' : 'id-ID');
}
