/**
 * The contract's plain values that screens need without its schemas: kept free of zod, so the
 * case list (erased name, search highlights) and the stores load without building the
 * ~200 channel schemas. Each domain file re-exports its own, so imports stay as they were.
 */

/**
 * The name an erased client's row keeps: every list that shows client names keeps working
 * and shows this instead (the renderer translates it). Not personal data.
 */
export const ERASED_CLIENT_NAME = 'Data pribadi dihapus';

/** Around the matched words of a visit-note snippet (never HTML). */
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_END = '\u0003';

export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

export const TABLE_NAMES = ['clients', 'cases', 'visits', 'referrals', 'tasks'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export const DEFAULT_TABLE_COLUMNS: Record<TableName, string[]> = {
  clients: ['name', 'nik', 'kk', 'sex', 'birth_place', 'birth_date', 'street', 'village_code', 'phone', 'guardian_name', 'guardian_phone', 'dtsen_registered', 'dtsen_decile', 'created_at'],
  cases: ['number', 'client_name', 'nik', 'cluster', 'ppks_type', 'stage', 'status', 'risk', 'worker_name', 'opened_at', 'closed_at', 'closure_reason'],
  visits: ['case_number', 'client_name', 'type', 'visited_at', 'place', 'people_met', 'note', 'risk', 'relapse_date', 'next_visit_date'],
  referrals: ['case_number', 'client_name', 'institution', 'urgency', 'status', 'reason', 'expected_response_date', 'outcome', 'created_at'],
  tasks: ['case_number', 'client_name', 'kind', 'title', 'due_date', 'status', 'closed_at', 'note'],
};

/** The case list's orders. */
export const CASE_SORTS = ['opened_desc', 'opened_asc', 'name_asc', 'name_desc', 'number_asc', 'number_desc', 'stage_asc'] as const;

/** The three lists of Tindak Lanjut, each read a page at a time (a district worker has hundreds). */
export const DUE_SECTIONS = ['overdue', 'thisWeek', 'awaitingResponse'] as const;
export type DueSection = (typeof DUE_SECTIONS)[number];
/** Rows of each list in one page: a screenful and a half; more as she scrolls. */
export const DUE_PAGE = 50;
