import { lazyScreen } from './lazy-screen';

// The set-up, unlock and first-run screens (forms, zod, passphrase hints) are chunks of their
// own: an open session never needs them; a locked one loads them before the first render
// (app/start.ts). The recovery-key screen is in app.tsx.
export const SetupScreen = lazyScreen(() => import('../features/session/setup-screen').then((m) => m.SetupScreen));
export const LockedScreen = lazyScreen(() => import('../features/session/unlock-screen').then((m) => m.LockedScreen));
export const FirstRun = lazyScreen(() => import('../features/workers/first-run').then((m) => m.FirstRun));
