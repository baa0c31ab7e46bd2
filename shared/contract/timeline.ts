import { z } from 'zod';
import { channel, id } from './common';

/** Every kind of event a case's chronology shows. */
export const TIMELINE_KINDS = ['kasus', 'tahap', 'status', 'kunjungan', 'pasung', 'alat_bantu', 'layanan', 'tindak_lanjut', 'lampiran', 'rujukan', 'surat'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/**
 * One event. `title` and `detail` are plain Indonesian text for reports; `data` carries the
 * structured fields the UI renders (and translates) per kind.
 */
export interface TimelineEvent {
  id: string;
  kind: TimelineKind;
  /** ISO 8601: a UTC time, or a plain date for events known only by day. */
  at: string;
  actorName: string | null;
  data: Record<string, string | number | boolean | null | string[]>;
}

export const TimelineCursor = z.strictObject({ at: z.string().max(40), id: z.string().max(40) });

export const timelineChannels = {
  'timeline:list': channel<{ events: TimelineEvent[]; next: { at: string; id: string } | null; total: number }>()(
    z.strictObject({
      caseId: id,
      kinds: z.array(z.enum(TIMELINE_KINDS, { error: 'Jenis peristiwa tidak dikenal.' })).max(TIMELINE_KINDS.length).optional(),
      /** Continue after this event (keyset paging: stable while new events arrive). */
      after: TimelineCursor.optional(),
      limit: z.int().min(1).max(5000).default(100),
    }),
    false,
    'A case\'s whole chronology, newest first, filterable by kind, paged by cursor.',
  ),
};
