import { describe, expect, it } from 'vitest';
import { createElectronPrinter, PRINT_SCHEME, type PrintWindowLike } from '../../electron/print/electron-printer';

/** Stand-ins for BrowserWindow and the print session's protocol: what the printer asks of them. */
function standIns(fail = false) {
  let handler: ((r: { url: string }) => Response) | null = null;
  const windows: { options: Record<string, unknown>; loaded?: string; served?: string; printed?: Record<string, unknown>; destroyed: boolean }[] = [];
  const printer = createElectronPrinter({
    serve: (scheme, h) => {
      expect(scheme).toBe(PRINT_SCHEME);
      handler = h;
    },
    createWindow: (options) => {
      const w = { options, destroyed: false } as (typeof windows)[number];
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
            return Buffer.from('%PDF-1.4 stand-in');
          },
        },
        destroy: () => {
          w.destroyed = true;
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
    expect(w.destroyed).toBe(true);
    // Once printed, the document is gone from memory.
    expect(fetch(w.loaded!).status).toBe(404);
  });

  it('reports a failed print as a PrintError and still closes the window', async () => {
    const { printer, windows } = standIns(true);
    await expect(printer.pdf('<p>x</p>', { widthMm: 210, heightMm: 297 })).rejects.toThrow(/Electron gagal mencetak PDF: renderer crashed/);
    expect(windows[0].destroyed).toBe(true);
  });
});
