import type { Database } from 'better-sqlite3-multiple-ciphers';
import { EXPORT_FORMAT, EXPORT_VERSION } from './case-bundle';
import { columnsOf, EXPORT_TABLES } from './tables';

const TYPE = { TEXT: 'string', INTEGER: 'integer', REAL: 'number', BLOB: 'string' } as const;

/**
 * The published JSON Schema of a case export (docs/case-export.schema.json), built from the
 * live tables so it cannot drift from what an export really holds; a test compares the
 * committed file with this.
 */
export function caseExportJsonSchema(db: Database) {
  const tables = Object.fromEntries(
    EXPORT_TABLES.map((t) => {
      const cols = columnsOf(db, t);
      return [
        t,
        {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: cols.filter((c) => c.notNull || c.primaryKey).map((c) => c.name),
            properties: Object.fromEntries(
              cols.map((c) => [
                c.name,
                {
                  type: c.notNull || c.primaryKey ? TYPE[c.type] : [TYPE[c.type], 'null'],
                  ...(c.type === 'BLOB' ? { contentEncoding: 'base64' } : {}),
                },
              ]),
            ),
          },
        },
      ];
    }),
  );
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://pendamping.invalid/schema/case-export.v1.json',
    title: 'Pendamping case export',
    description:
      'Every record of the exported cases exactly as stored: rows keep their ids and column names. Times are ISO 8601 UTC, dates YYYY-MM-DD; BLOB columns (attachment data, thumbnails, letter PDFs) are base64.',
    type: 'object',
    required: ['format', 'version', 'schemaVersion', 'exportedAt', 'deidentified', 'caseIds', 'tables'],
    properties: {
      format: { const: EXPORT_FORMAT },
      version: { const: EXPORT_VERSION },
      schemaVersion: { type: 'integer', description: 'The database schema version (PRAGMA user_version) the rows follow.' },
      exportedAt: { type: 'string', format: 'date-time' },
      deidentified: { type: 'boolean' },
      caseIds: { type: 'array', items: { type: 'string' } },
      tables: { type: 'object', additionalProperties: false, properties: tables },
    },
  };
}
