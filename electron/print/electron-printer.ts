import { randomUUID } from 'node:crypto';
import { PrintError, type Printer } from './printer';

/** The parts of Electron this printer uses; tests pass stand-ins. */
export interface PrintWindowLike {
  loadURL(url: string): Promise<void>;
  webContents: { printToPDF(options: Record<string, unknown>): Promise<Buffer> };
  destroy(): void;
}
export interface PrintDeps {
  createWindow(options: Record<string, unknown>): PrintWindowLike;
  /** Serves `scheme://doc/<id>` from memory on the print partition (protocol.handle on that session). */
  serve(scheme: string, handler: (request: { url: string }) => Response): void;
}

export const PRINT_SCHEME = 'pendamping-print';
export const PRINT_PARTITION = 'pendamping-print';

/**
 * The desktop printer: the same letter HTML, printed by Electron's printToPDF in a hidden,
 * sandboxed window with JavaScript off. The document is served from memory through a
 * private protocol on its own session — never written to a temporary file, since it holds
 * a client's personal data.
 */
export function createElectronPrinter(deps: PrintDeps): Printer {
  const documents = new Map<string, string>();
  deps.serve(PRINT_SCHEME, (request) => {
    const id = new URL(request.url).pathname.slice(1);
    const html = documents.get(id);
    return html === undefined
      ? new Response('Tidak ditemukan', { status: 404 })
      : new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
  });
  return {
    async pdf(html, { widthMm, heightMm, signal }) {
      const id = randomUUID();
      documents.set(id, html);
      const win = deps.createWindow(printWindowOptions());
      // A cancelled export: the hidden window goes, and printToPDF with it.
      let destroyed = false;
      const stop = () => {
        destroyed = true;
        win.destroy();
      };
      signal?.addEventListener('abort', stop, { once: true });
      try {
        await win.loadURL(`${PRINT_SCHEME}://doc/${id}`);
        return await win.webContents.printToPDF({
          pageSize: { width: widthMm / 25.4, height: heightMm / 25.4 },
          printBackground: true,
          preferCSSPageSize: true,
          margins: { marginType: 'none' },
        });
      } catch (e) {
        throw new PrintError(`Electron gagal mencetak PDF: ${(e as Error).message}`);
      } finally {
        signal?.removeEventListener('abort', stop);
        documents.delete(id);
        if (!destroyed) win.destroy();
      }
    },
    async close() {
      documents.clear();
    },
  };
}

export function printWindowOptions() {
  return {
    show: false,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      partition: PRINT_PARTITION,
      offscreen: true,
    },
  };
}
