import { create } from 'zustand';
import type { Attachment } from '../../shared/contract';
import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { call } from '../api/client';

interface AttachmentsState {
  clientId: string | null;
  /** The client's attachments (their own and their visits'), newest first. */
  list: Attachment[] | null;
  load(clientId: string): Promise<void>;
  upload(file: File, owner: { clientId: string } | { visitId: string }): Promise<Result<Attachment>>;
}

export const useAttachments = create<AttachmentsState>()((set, get) => ({
  clientId: null,
  list: null,
  async load(clientId) {
    if (get().clientId !== clientId) set({ clientId, list: null });
    const r = await call('attachments:list', { clientId });
    if (get().clientId === clientId && r.ok) set({ list: r.value });
  },
  async upload(file, owner) {
    if (file.size > MAX_ATTACHMENT_BYTES) return { ok: false, error: { code: 'VALIDATION', message: 'Berkas lebih dari 20 MB.' } };
    const dataBase64 = await fileToBase64(file);
    const r = await call('attachments:add', { ...owner, fileName: file.name.slice(0, 200), dataBase64 });
    if (r.ok && get().clientId === r.value.clientId) await get().load(r.value.clientId);
    return r;
  },
}));

/** The file's bytes as base64 (without the data: prefix FileReader puts in front). */
export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

export const ACCEPT = ATTACHMENT_TYPES.join(',');

export const getAttachment = (id: string) => call('attachments:get', { id });

/** base64 → a blob: URL the viewer shows or offers for download; revoke it when done. */
export function blobUrl(dataBase64: string, mimeType: string): string {
  const bin = atob(dataBase64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return URL.createObjectURL(new Blob([bytes], { type: mimeType }));
}
