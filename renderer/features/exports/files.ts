import type { ExportedFile } from '../../../shared/contract';

/** base64 → bytes, without a data: URL (a large one would be copied several times). */
export function base64ToBytes(dataBase64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(dataBase64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

/** A chosen file's bytes as base64 (the contract carries files that way). */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let bin = '';
  // In slices: String.fromCharCode with a whole file's bytes overflows the argument limit.
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

export interface SavedFile {
  fileName: string;
  size: number;
  /** A blob: URL kept for "download again"; revoke it when replaced. */
  url: string;
}

/**
 * Offers a file made by the core for saving: a blob: URL clicked through an <a download>.
 * The CSP allows blob: and no network is involved; in the desktop app the click becomes
 * the save dialog, in a browser a download.
 */
export function saveFile(file: ExportedFile): SavedFile {
  const bytes = base64ToBytes(file.dataBase64);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  return { fileName: file.fileName, size: bytes.length, url };
}

export const formatBytes = (bytes: number, lang: string) => {
  const locale = lang === 'en' ? 'en-US' : 'id-ID';
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;
  return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString(locale)} kB`;
};
