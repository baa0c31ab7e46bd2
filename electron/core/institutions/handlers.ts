import { recordChange } from '../changes/record';
import { nowIso } from '../context';
import { fieldError, notFound, staleVersion } from '../errors';
import type { HandlerGroup } from '../handlers';
import { regionExists } from '../regions/handlers';
import { importInstitutionsCsv } from './import-csv';
import { findInstitution, insertInstitution, SELECT, toInstitution, values, type Row } from './store';

export const institutionHandlers: HandlerGroup = {
  'institutions:create': (ctx, input) => findInstitution(ctx, insertInstitution(ctx, input))!,

  'institutions:update': (ctx, { id, version, institution: input }) => {
    const before = findInstitution(ctx, id);
    if (!before) throw notFound('Lembaga');
    if (before.version !== version) throw staleVersion('Data lembaga');
    if (input.villageCode && !regionExists(ctx, input.villageCode)) throw fieldError('institution.villageCode', `Kode desa/kelurahan ${input.villageCode} tidak dikenal.`);
    ctx.db
      .prepare(
        `UPDATE institutions SET name = ?, type = ?, street = ?, village_code = ?, phone = ?, email = ?, contact_person = ?,
           recipient_title = ?, notes = ?, active = ?, version = version + 1, updated_at = ? WHERE id = ?`,
      )
      .run(...values(input), nowIso(ctx), id);
    const { regionName: _r, ...flatBefore } = before;
    recordChange(ctx, { entity: 'institution', entityId: id, action: 'update', before: { ...flatBefore }, after: { ...input } });
    return findInstitution(ctx, id)!;
  },

  'institutions:list': (ctx, { search, type, includeInactive }) => {
    const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    return (
      ctx.db
        .prepare(
          `${SELECT}
           WHERE (@search = '' OR i.name LIKE @like ESCAPE '\\' OR i.contact_person LIKE @like ESCAPE '\\' OR i.recipient_title LIKE @like ESCAPE '\\')
             AND (@type IS NULL OR i.type = @type) AND (@all = 1 OR i.active = 1)
           ORDER BY i.name COLLATE NOCASE LIMIT 500`,
        )
        .all({ search, like, type: type ?? null, all: includeInactive ? 1 : 0 }) as Row[]
    ).map(toInstitution);
  },

  'institutions:import-csv': (ctx, input) => importInstitutionsCsv(ctx, input.csv, input.dryRun),
};
