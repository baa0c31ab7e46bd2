/**
 * Turns a complete HTML document into PDF bytes. Injected into the core: in the desktop app
 * it is Electron's printToPDF; on the command line, in browser mode and in tests it is
 * Debian's Chromium through Playwright — the same HTML either way.
 */
export interface Printer {
  /** `signal`: a cancelled export stops the print (its bytes would be thrown away). */
  pdf(html: string, page: { widthMm: number; heightMm: number; signal?: AbortSignal }): Promise<Buffer>;
  close(): Promise<void>;
}

/** Printing failed (no browser, a crash): the caller records the letter as cancelled. */
export class PrintError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PrintError';
  }
}
