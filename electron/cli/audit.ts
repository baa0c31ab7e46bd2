import type { AuditVerifyResult, ChannelInput } from '../../shared/contract';
import type { Result } from '../../shared/result';
import type { Core } from '../core/core';

/** `pendamping audit verify`: the chain checked through the same channel as the app's button. */
export async function auditVerify(core: Core): Promise<Result<{ text: string; whole: boolean }>> {
  const r = await core.invokeAsync('audit:verify', {});
  if (!r.ok) return r;
  return { ok: true, value: { text: describeVerify(r.value), whole: r.value.ok } };
}

export function describeVerify(v: AuditVerifyResult): string {
  if (v.ok) return `Jejak audit utuh: ${v.count} baris.`;
  const lines = [`Jejak audit TIDAK utuh: ${v.problemCount} masalah dalam ${v.count} baris.`];
  for (const p of v.problems) lines.push(`  Baris ${p.toSeq ? `${p.seq}–${p.toSeq}` : p.seq}: ${p.kind} — ${p.message}`);
  if (v.problemCount > v.problems.length) lines.push(`  … dan ${v.problemCount - v.problems.length} masalah lain.`);
  return lines.join('\n');
}

/** `pendamping audit list`: the newest rows, one per line, with the viewer's filters. */
export async function auditList(core: Core, filters: ChannelInput<'audit:list'>): Promise<Result<string>> {
  const r = await core.invokeAsync('audit:list', filters);
  if (!r.ok) return r;
  const lines = r.value.entries.map((e) =>
    [e.seq, e.at, e.actorName ?? e.actorId ?? '-', e.role, e.action, e.channel, e.outcome, e.caseNumber ?? e.caseId ?? '-', JSON.stringify(e.detail)].join('\t'),
  );
  if (r.value.next) lines.push(`(lebih lama: --before ${r.value.next})`);
  return { ok: true, value: lines.join('\n') || 'Tidak ada baris yang cocok.' };
}
