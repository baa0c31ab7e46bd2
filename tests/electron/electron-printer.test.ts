import { describe, expect, it } from 'vitest';
import { createElectronPrinter, PRINT_SCHEME, type PrintWindowLike } from '../../electron/print/electron-printer';

/** Stand-ins for BrowserWindow and the print session's protocol: what the printer asks of them. */
function standIns(fail = false, hang = false) {
  let handler: ((r: { url: string }) => Response) | null = null;
  const windows: { options: Record<string, unknown>; loaded?: string; served?: string; printed?: Record<string, unknown>; destroyed: number }[] = [];
  let stopPrinting: ((e: Error) => void) | null = null;
  const printer = createElectronPrinter({
    serve: (scheme, h) => {
      expect(scheme).toBe(PRINT_SCHEME);
      handler = h;
    },
    createWindow: (options) => {
      const w = { options, destroyed: 0 } as (typeof windows)[number];
      windows.push(w);
      const win: PrintWindowLike = {
        loadURL: async (url) => {
          w.loaded = url;
          w.served = await handler!({ url }).text();
        },
        webContents: {
          printToPDF: async (o) => {
            w.printed = o;
            if (fail) throw new Error('renderer crashed');
            // A long print: it ends only when its window is destroyed, as Electron's does.
            if (hang) await new Promise((_, reject) => (stopPrinting = reject));
            return Buffer.from('%PDF-1.4 stand-in');
          },
        },
        destroy: () => {
          w.destroyed++;
          stopPrinting?.(new Error('Object has been destroyed'));
        },
      };
      return win;
    },
  });
  return { printer, windows, fetch: (url: string) => handler!({ url }) };
}

describe('the desktop printer', () => {
  it('prints the letter HTML from memory in a hidden sandboxed window with JavaScript off, at the paper size', async () => {
    const { printer, windows, fetch } = standIns();
    const pdf = await printer.pdf('<p>Surat</p>', { widthMm: 215, heightMm: 330 });
    expect(pdf.toString()).toContain('%PDF');
    const [w] = windows;
    expect(w.options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false } });
    expect(w.served).toBe('<p>Surat</p>');
    expect(w.printed).toMatchObject({ pageSize: { width: 215 / 25.4, height: 330 / 25.4 }, printBackground: true, preferCSSPageSize: true });
    expect(w.destroyed).toBe(1);
    // Once printed, the document is gone from memory.
    expect(fetch(w.loaded!).status).toBe(404);
  });

  it('reports a failed print as a PrintError and still closes the window', async () => {
    const { printer, windows } = standIns(true);
    await expect(printer.pdf('<p>x</p>', { widthMm: 210, heightMm: 297 })).rejects.toThrow(/Electron gagal mencetak PDF: renderer crashed/);
    expect(windows[0].destroyed).toBe(1);
  });

  it('a cancelled export stops the print by closing its window, once', async () => {
    const { printer, windows } = standIns(false, true);
    const cancel = new AbortController();
    const printing = printer.pdf('<p>Riwayat panjang</p>', { widthMm: 210, heightMm: 297, signal: cancel.signal });
    await new Promise((r) => setImmediate(r));
    expect(windows[0].printed).toBeDefined();
    cancel.abort();
    await expect(printing).rejects.toThrow(/Electron gagal mencetak PDF/);
    expect(windows[0].destroyed).toBe(1);
  });
});
