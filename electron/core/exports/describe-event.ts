import type { TimelineEvent } from '../../../shared/contract';
import {
  ATENSI_SERVICE, CASE_STATUS, CLOSURE_REASON, DEVICE, DEVICE_STEP, MEDICATION_ADHERENCE, PASUNG_STATUS, REFERRAL_STATUS, RISK, STAGE, TASK_KIND, VISIT_TYPE,
} from '../../../shared/enums';

const s = (v: unknown) => (typeof v === 'string' ? v : '');
const label = <T extends string>(e: { label: (v: T) => string }, v: unknown) => (typeof v === 'string' ? e.label(v as T) : '-');

/** One timeline event as the plain Indonesian lines a printed case history shows. */
export function describeEvent(e: TimelineEvent): { title: string; detail: string[] } {
  const d = e.data;
  switch (e.kind) {
    case 'kasus':
      if (d.event === 'klien_terdaftar') return { title: 'Klien didaftarkan', detail: [] };
      if (d.event === 'kasus_dibuka') return { title: `Kasus ${s(d.number)} dibuka`, detail: [`Tahap: ${label(STAGE, d.stage)}`] };
      if (d.event === 'penutupan_diajukan')
        return { title: `Penutupan diajukan: ${label(CASE_STATUS, d.status)}`, detail: [`Alasan penutupan: ${label(CLOSURE_REASON, d.closureReason)}`, s(d.reason)].filter(Boolean) };
      if (d.event === 'penutupan_dikembalikan') return { title: 'Pengajuan penutupan dikembalikan', detail: [s(d.reason)].filter(Boolean) };
      return { title: 'Data kasus diubah', detail: [d.risk ? `Risiko pasung ulang: ${label(RISK, d.risk)}` : '', s(d.reason)].filter(Boolean) };
    case 'tahap':
      return { title: `Tahap: ${label(STAGE, d.from)} → ${label(STAGE, d.to)}`, detail: [s(d.reason)].filter(Boolean) };
    case 'status':
      return {
        title: `Status: ${label(CASE_STATUS, d.from)} → ${label(CASE_STATUS, d.to)}`,
        detail: [
          d.closureReason ? `Alasan penutupan: ${label(CLOSURE_REASON, d.closureReason)}` : '',
          d.approvedRequest === true ? 'Penutupan yang diajukan disetujui koordinator' : '',
          s(d.reason),
        ].filter(Boolean),
      };
    case 'kunjungan':
      return {
        title: `${label(VISIT_TYPE, d.type)}${d.place ? ` — ${s(d.place)}` : ''}`,
        detail: [
          d.peopleMet ? `Ditemui: ${s(d.peopleMet)}` : '',
          [d.medication ? `Minum obat: ${label(MEDICATION_ADHERENCE, d.medication)}` : '', d.relapse ? `Kambuh (${s(d.relapseDate)})` : '', d.risk ? `Risiko: ${label(RISK, d.risk)}` : '']
            .filter(Boolean)
            .join(' · '),
          s(d.note),
          d.wellbeing ? `Kesejahteraan: ${s(d.wellbeing)}` : '',
          d.disabilityProgress ? `Kemajuan disabilitas: ${s(d.disabilityProgress)}` : '',
          d.nextVisitDate ? `Kunjungan berikutnya: ${s(d.nextVisitDate)}` : '',
        ].filter(Boolean),
      };
    case 'pasung':
      return { title: `Pasung: ${label(PASUNG_STATUS, d.status)}`, detail: [d.by ? `Oleh: ${s(d.by)}` : '', s(d.note)].filter(Boolean) };
    case 'alat_bantu':
      return { title: `Alat bantu ${label(DEVICE, d.device)}: ${label(DEVICE_STEP, d.step)}`, detail: [s(d.detail), d.source ? `Sumber: ${s(d.source)}` : ''].filter(Boolean) };
    case 'layanan':
      return { title: `Layanan ATENSI: ${label(ATENSI_SERVICE, d.component)}`, detail: [s(d.note)].filter(Boolean) };
    case 'tindak_lanjut':
      return { title: `Tindak lanjut ${d.outcome === 'selesai' ? 'selesai' : 'terlewat'}: ${s(d.title)} (${label(TASK_KIND, d.kind)})`, detail: [`Jatuh tempo ${s(d.dueDate)}`, s(d.note)].filter(Boolean) };
    case 'lampiran':
      return { title: `Lampiran: ${s(d.fileName)}`, detail: [s(d.mimeType)] };
    case 'rujukan':
      return { title: `Rujukan ke ${s(d.institution)}: ${label(REFERRAL_STATUS, d.status)}`, detail: [s(d.note)].filter(Boolean) };
    case 'surat':
      return { title: `Surat ${s(d.number)}${d.state === 'cancelled' ? ' (dibatalkan)' : ''}`, detail: [s(d.institution), s(d.cancelReason)].filter(Boolean) };
  }
}
