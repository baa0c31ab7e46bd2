import { z } from 'zod';
import { channel } from './common';
import type { RegionLevel } from '../validators/region';

export interface Region {
  code: string;
  name: string;
  level: RegionLevel;
}

const regionCode = z.string().regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/, { error: 'Kode wilayah tidak sah.' });

export const regionChannels = {
  'regions:list': channel<Region[]>()(
    z.strictObject({ parentCode: regionCode.refine((c) => c.length < 13, { error: 'Desa/kelurahan tidak punya wilayah di bawahnya.' }).nullable().default(null) }),
    false,
    'The regions directly under a parent (null: the provinces), sorted by name.',
  ),
  'regions:path': channel<Region[]>()(z.strictObject({ code: regionCode }), false, 'A region and its ancestors, province first.'),
};
