import { z } from 'zod';
import { ATENSI_SERVICE, DEVICE, DEVICE_STEP } from '../enums';
import { channel, id, isoDate, optionalText, version } from './common';

export interface Device {
  id: string;
  clientId: string;
  caseId: string | null;
  device: (typeof DEVICE.values)[number];
  detail: string | null;
  step: (typeof DEVICE_STEP.values)[number];
  neededAt: string;
  requestedAt: string | null;
  receivedAt: string | null;
  /** Who the request went to or who provided it (sentra, Dinas, donor). */
  source: string | null;
  version: number;
}

export interface ServiceGiven {
  id: string;
  caseId: string;
  component: (typeof ATENSI_SERVICE.values)[number];
  givenAt: string;
  note: string | null;
}

export const disabilityChannels = {
  'devices:create': channel<Device>()(
    z.strictObject({
      clientId: id,
      caseId: id.optional(),
      device: z.enum(DEVICE.values, { error: 'Jenis alat bantu tidak dikenal.' }),
      detail: optionalText(300),
      neededAt: isoDate,
    }),
    true,
    'Record an assistive device a client needs (step dibutuhkan).',
  ),
  'devices:advance': channel<Device>()(
    z.strictObject({
      id,
      version,
      step: z.enum(['diajukan', 'diterima'], { error: 'Langkah berikutnya: diajukan atau diterima.' }),
      date: isoDate,
      source: optionalText(300),
    }),
    true,
    'Move a device forward: dibutuhkan → diajukan → diterima, with the date and source.',
  ),
  'devices:list': channel<Device[]>()(z.strictObject({ clientId: id }), false, 'A client\'s devices.'),
  'services:create': channel<ServiceGiven>()(
    z.strictObject({
      caseId: id,
      component: z.enum(ATENSI_SERVICE.values, { error: 'Komponen layanan ATENSI tidak dikenal.' }),
      givenAt: isoDate,
      note: optionalText(1000),
    }),
    true,
    'Record an ATENSI service component given to a case.',
  ),
  'services:list': channel<ServiceGiven[]>()(z.strictObject({ caseId: id }), false, 'The ATENSI services given to a case.'),
};
