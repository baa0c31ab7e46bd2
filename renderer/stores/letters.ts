import { create } from 'zustand';
import type { ChannelInput, Letter, LetterSettings } from '../../shared/contract';
import type { AppErrorBody, Result } from '../../shared/result';
import { call } from '../api/client';
import { blobUrl } from './attachments';
import { useReferrals } from './referrals';

interface LettersState {
  settings: LetterSettings | null;
  settingsError: AppErrorBody | null;
  loadSettings(): Promise<void>;
  updateSettings(input: ChannelInput<'letters:settings-update'>): Promise<Result<LetterSettings>>;
  issue(input: ChannelInput<'letters:issue'>): Promise<Result<Letter>>;
  cancel(input: ChannelInput<'letters:cancel'>, referralId: string): Promise<Result<Letter>>;
}

/** Official referral letters: their settings (letterhead, numbering, signer, body) and issuing. */
export const useLetters = create<LettersState>()((set) => ({
  settings: null,
  settingsError: null,
  async loadSettings() {
    const r = await call('letters:settings-get', {});
    set(r.ok ? { settings: r.value, settingsError: null } : { settingsError: r.error });
  },
  async updateSettings(input) {
    const r = await call('letters:settings-update', input);
    if (r.ok) set({ settings: r.value });
    return r;
  },
  async issue(input) {
    const r = await call('letters:issue', input);
    if (r.ok) useReferrals.getState().changed(input.referralId);
    return r;
  },
  async cancel(input, referralId) {
    const r = await call('letters:cancel', input);
    if (r.ok) useReferrals.getState().changed(referralId);
    return r;
  },
}));

export const previewLetter = (input: ChannelInput<'letters:preview'>) => call('letters:preview', input);

/**
 * The archived PDF of an issued letter as a blob: URL (revoke it when done). Reprinting is
 * always this archived file, never a new rendering.
 */
export async function letterPdfUrl(id: string): Promise<Result<{ url: string; letter: Letter }>> {
  const r = await call('letters:get', { id });
  if (!r.ok) return r;
  const { pdfBase64, ...letter } = r.value;
  return { ok: true, value: { url: blobUrl(pdfBase64, 'application/pdf'), letter } };
}

/** "460/7/Dinsos/2026" → "Surat-460-7-Dinsos-2026.pdf". */
export const letterFileName = (number: string) => `Surat-${number.replace(/[^\p{L}\p{N}.-]+/gu, '-').replace(/^-+|-+$/g, '')}.pdf`;
