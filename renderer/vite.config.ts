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
    // One bundle loaded from disk or loopback, never over a network: React, zod and
    // react-hook-form together are ~570 kB minified, which is fine here.
    chunkSizeWarningLimit: 800,
  },
};

export default defineConfig(rendererConfig);
