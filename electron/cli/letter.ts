import { writeFileSync } from 'node:fs';
import type { Result } from '../../shared/result';
import type { Core } from '../core/core';

/**
 * `pendamping letter`: issues the referral's letter, or, when one is already issued and not
 * cancelled, writes that archived PDF again byte for byte (a reprint is the same document).
 */
export async function printLetter(
  core: Core,
  opts: { referralId: string; out: string; paper?: 'a4' | 'f4'; withSummary: boolean },
): Promise<Result<string>> {
  const referral = await core.invokeAsync('referrals:get', { id: opts.referralId });
  if (!referral.ok) return referral;
  const issued = referral.value.letters.find((l) => !l.cancelledAt);
  if (issued && opts.paper && issued.paper !== opts.paper) {
    return {
      ok: false,
      error: {
        code: 'CONFLICT',
        message: `Surat ${issued.number} sudah terbit di kertas ${issued.paper.toUpperCase()}. Batalkan dulu surat itu untuk menerbitkan di kertas lain.`,
      },
    };
  }
  let letterId = issued?.id;
  if (!letterId) {
    const made = await core.invokeAsync('letters:issue', { referralId: opts.referralId, paper: opts.paper, withSummary: opts.withSummary });
    if (!made.ok) return made;
    letterId = made.value.id;
  }
  const letter = await core.invokeAsync('letters:get', { id: letterId });
  if (!letter.ok) return letter;
  // The PDF holds personal data: readable by its owner only.
  writeFileSync(opts.out, Buffer.from(letter.value.pdfBase64, 'base64'), { mode: 0o600 });
  return { ok: true, value: `${issued ? 'Cetak ulang' : 'Terbit'}: surat ${letter.value.number} → ${opts.out}` };
}
