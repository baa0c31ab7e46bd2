import { defineEnum } from './define';

export const SEX = defineEnum(['L', 'P'] as const, { L: 'Laki-laki', P: 'Perempuan' });

/** Disability kinds of UU 8/2016; multi-select, several kinds = "ganda/multi". */
export const DISABILITY = defineEnum(
  ['fisik', 'intelektual', 'mental_psikososial', 'mental_perkembangan', 'sensorik_netra', 'sensorik_rungu', 'sensorik_wicara'] as const,
  {
    fisik: 'Disabilitas Fisik',
    intelektual: 'Disabilitas Intelektual',
    mental_psikososial: 'Disabilitas Mental (Psikososial)',
    mental_perkembangan: 'Disabilitas Mental (Perkembangan)',
    sensorik_netra: 'Disabilitas Sensorik Netra',
    sensorik_rungu: 'Disabilitas Sensorik Rungu',
    sensorik_wicara: 'Disabilitas Sensorik Wicara',
  },
);

/** Benefit programmes a client may receive. */
export const PROGRAMME = defineEnum(
  ['pkh', 'sembako_bpnt', 'pbi_jkn', 'blt', 'pena', 'atensi', 'aslut'] as const,
  {
    pkh: 'PKH',
    sembako_bpnt: 'Sembako/BPNT',
    pbi_jkn: 'PBI-JKN',
    blt: 'BLT',
    pena: 'PENA',
    atensi: 'ATENSI',
    aslut: 'ASLUT',
  },
);

export const WORKER_ROLE = defineEnum(['pekerja_sosial', 'koordinator', 'admin'] as const, {
  pekerja_sosial: 'Pekerja Sosial',
  koordinator: 'Koordinator',
  admin: 'Admin',
});
