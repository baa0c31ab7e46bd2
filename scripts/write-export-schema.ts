/** `npm run docs:schema`: writes docs/case-export.schema.json from the current tables. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { caseExportJsonSchema } from '../electron/core/exports/json-schema';
import { openCore } from '../electron/core/open-core';

const core = openCore(mkdtempSync(join(tmpdir(), 'pendamping-schema-')), { key: Buffer.alloc(32, 1) });
writeFileSync(new URL('../docs/case-export.schema.json', import.meta.url), `${JSON.stringify(caseExportJsonSchema(core.db), null, 2)}\n`);
await core.close();
