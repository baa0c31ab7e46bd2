import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { PrintError, type Printer } from './printer';

/** The flags Debian's Chromium needs on these machines (no sandbox as root, no network chatter). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--test-type',
];

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.PENDAMPING_CHROMIUM ?? '/usr/bin/chromium';
}

/**
 * Prints with a headless Chromium, started on first use and kept for the next letter.
 * JavaScript is off and every request is refused: a letter is self-contained HTML (the logo
 * is a data: URL), so nothing can load from anywhere.
 */
export function createChromiumPrinter(executablePath = chromiumPath()): Printer {
  let browser: Promise<Browser> | null = null;
  const start = async () => {
    if (!existsSync(executablePath)) {
      throw new PrintError(`Chromium tidak ditemukan di ${executablePath}. Pasang paket chromium, atau atur PENDAMPING_CHROMIUM.`);
    }
    const { chromium } = await import('playwright-core');
    return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  };
  return {
    async pdf(html, { widthMm, heightMm, signal }) {
      browser ??= start();
      let b: Browser;
      try {
        b = await browser;
      } catch (e) {
        browser = null;
        throw e instanceof PrintError ? e : new PrintError(`Chromium gagal dijalankan: ${(e as Error).message}`);
      }
      const context = await b.newContext({ javaScriptEnabled: false, offline: true });
      const stop = () => void context.close();
      signal?.addEventListener('abort', stop, { once: true });
      try {
        const page = await context.newPage();
        await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
        await page.setContent(html, { waitUntil: 'load' });
        return await page.pdf({ width: `${widthMm}mm`, height: `${heightMm}mm`, printBackground: true, preferCSSPageSize: true });
      } finally {
        signal?.removeEventListener('abort', stop);
        await context.close();
      }
    },
    async close() {
      if (browser) await (await browser.catch(() => null))?.close();
      browser = null;
    },
  };
}
