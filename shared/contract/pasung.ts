import { z } from 'zod';
import { DIAGNOSIS, HEALTH_SERVICE, MANAGEMENT, PASUNG_METHOD, PASUNG_REASON, PASUNG_STATUS } from '../enums';
import { channel, id, nullable, isoDate, optionalText, requiredText, uniqueList, version } from './common';

const year = z.int({ error: 'Tahun harus bilangan bulat.' }).min(1900, { error: 'Tahun tidak masuk akal.' }).max(2100, { error: 'Tahun tidak masuk akal.' });

/** The facts of one pasung episode (status changes go through pasung:change-status). */
export const PasungDetails = z.strictObject({
  method: nullable(z.enum(PASUNG_METHOD.values, { error: 'Cara pemasungan tidak dikenal.' })),
  startedYear: nullable(year),
  shackledBy: optionalText(200),
  reason: nullable(z.enum(PASUNG_REASON.values, { error: 'Alasan pemasungan tidak dikenal.' })),
  reasonNote: optionalText(1000),
  diagnosis: nullable(z.enum(DIAGNOSIS.values, { error: 'Kategori diagnosis tidak dikenal.' })),
  illnessStartedYear: nullable(year),
  treatmentHistory: optionalText(2000),
  service: nullable(z.enum(HEALTH_SERVICE.values, { error: 'Layanan kesehatan tidak dikenal.' })),
  management: uniqueList(z.enum(MANAGEMENT.values, { error: 'Tata laksana tidak dikenal.' }), 4).default([]),
});
export type PasungDetails = z.output<typeof PasungDetails>;

export interface PasungStatusEvent {
  id: string;
  status: (typeof PASUNG_STATUS.values)[number];
  date: string;
  by: string | null;
  note: string | null;
}

export interface PasungEpisode extends PasungDetails {
  id: string;
  clientId: string;
  status: (typeof PASUNG_STATUS.values)[number];
  history: PasungStatusEvent[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export const pasungChannels = {
  'pasung:create': channel<PasungEpisode>()(
    z.strictObject({
      clientId: id,
      status: z.enum(PASUNG_STATUS.values, { error: 'Pilih status pasung.' }),
      /** When the recorded status began (found shackled on, or released on). */
      date: isoDate,
      by: optionalText(200),
      details: PasungDetails.default(PasungDetails.parse({})),
    }),
    true,
    'Record a pasung episode for a client with its first status.',
  ),
  'pasung:update': channel<PasungEpisode>()(z.strictObject({ id, version, details: PasungDetails }), true, 'Change the facts of an episode.'),
  'pasung:change-status': channel<PasungEpisode>()(
    z.strictObject({
      id,
      version,
      status: z.enum(PASUNG_STATUS.values, { error: 'Pilih status pasung.' }),
      date: isoDate,
      /** Who released (dilepas) or who shackled again (repasung). */
      by: optionalText(200),
      note: requiredText(1000, 'Keterangan'),
    }),
    true,
    'dipasung → dilepas → repasung …: a re-shackling raises the risk of the client\'s open cases to tinggi.',
  ),
  'pasung:list': channel<PasungEpisode[]>()(z.strictObject({ clientId: id }), false, 'A client\'s pasung episodes with their status history, newest first.'),
};
