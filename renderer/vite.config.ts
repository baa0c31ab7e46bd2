import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The one renderer build, used twice: by electron-vite (desktop, loaded over app://) and by
 * `npm run web` (browser mode, served by the loopback bridge). Relative base so both work.
 */
export const rendererConfig = {
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../out/renderer', import.meta.url)),
    emptyOutDir: true,
    // Loaded from disk or loopback, never over a network; what costs is parsing and running
    // it, so each screen is a lazy chunk (app/route-view.tsx) and the first one stays small:
    // a chunk over this limit (React DOM's is ~255 kB, recharts' ~415 kB) deserves a look.
    chunkSizeWarningLimit: 450,
    rolldownOptions: {
      treeshake: {
        // A contract file only defines schemas and values: one whose exports nothing uses is
        // left out, so a screen that needs a constant does not build all ~200 channel schemas.
        // common.ts stays, for its one side effect (zod's Indonesian messages).
        moduleSideEffects: [{ test: /[\\/]shared[\\/]contract[\\/](?!common\.ts$)[^\\/]+\.ts$/, sideEffects: false }],
      },
    },
  },
};

export default defineConfig(rendererConfig);
