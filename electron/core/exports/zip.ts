import { configure, TextReader, Uint8ArrayReader, Uint8ArrayWriter, ZipWriter } from '@zip.js/zip.js';
import { AppError } from '../../../shared/result';
import { cancelledError, step, type Job } from '../jobs/registry';

// Node has no web workers to spare here; the zip is built in this process, in memory.
configure({ useWebWorkers: false });

export interface ZipEntry {
  name: string;
  data: string | Uint8Array;
}

/**
 * A zip in memory, AES-256 encrypted when a password is given (WinZip AE-2, which 7-Zip,
 * Windows' "Extract All" with 7-Zip, and most archive tools open). Never written to disk
 * unencrypted by this code; the door saves the finished bytes where the person chose.
 * With a job, packing is a step counted in bytes, and a cancel stops it between chunks.
 */
export async function zipFiles(entries: ZipEntry[], password?: string, job?: Job): Promise<Buffer> {
  if (password !== undefined && password.length < 8) throw new AppError('VALIDATION', 'Kata sandi minimal 8 karakter.', { fields: [{ path: 'password', message: 'Minimal 8 karakter.' }] });
  const sizes = entries.map((e) => (typeof e.data === 'string' ? Buffer.byteLength(e.data) : e.data.byteLength));
  if (job) step(job, 'mengemas', sizes.reduce((a, b) => a + b, 0));
  const writer = new ZipWriter(new Uint8ArrayWriter(), password ? { password, encryptionStrength: 3 } : {});
  let packed = 0;
  try {
    for (const [i, e] of entries.entries()) {
      const reader = typeof e.data === 'string' ? new TextReader(e.data) : new Uint8ArrayReader(e.data);
      await writer.add(e.name, reader, job ? { signal: job.controller.signal, onprogress: (done) => void (job.done = packed + done) } : {});
      packed += sizes[i];
    }
    return Buffer.from(await writer.close());
  } catch (e) {
    if (job?.controller.signal.aborted) throw cancelledError();
    throw e;
  }
}

/**
 * Reads a zip made by Pendamping (or any zip with export.json), decrypting with the
 * password when it is sealed. A wrong or missing password is a clear refusal.
 */
export async function unzipFiles(bytes: Uint8Array, password?: string): Promise<Map<string, Buffer>> {
  const { ZipReader, Uint8ArrayReader: Reader, Uint8ArrayWriter: Writer } = await import('@zip.js/zip.js');
  let reader: InstanceType<typeof ZipReader> | null = null;
  try {
    reader = new ZipReader(new Reader(bytes), password ? { password } : {});
    const out = new Map<string, Buffer>();
    for (const entry of await reader.getEntries()) {
      if (entry.directory || !('getData' in entry) || !entry.getData) continue;
      if (entry.encrypted && !password) throw new AppError('VALIDATION', 'Berkas ini dikunci kata sandi; masukkan kata sandinya.', { fields: [{ path: 'password', message: 'Kata sandi diperlukan.' }] });
      out.set(entry.filename, Buffer.from(await entry.getData(new Writer())));
    }
    return out;
  } catch (e) {
    if (e instanceof AppError) throw e;
    const msg = (e as Error).message;
    if (/password/i.test(msg)) throw new AppError('VALIDATION', 'Kata sandi salah.', { fields: [{ path: 'password', message: 'Kata sandi salah.' }] });
    throw new AppError('VALIDATION', `Berkas zip rusak atau terpotong (${msg}).`, { fields: [{ path: 'dataBase64', message: 'Zip rusak atau terpotong.' }] });
  } finally {
    await reader?.close();
  }
}
