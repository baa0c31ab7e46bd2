import { afterEach, describe, expect, it } from 'vitest';
import { auditKey } from '../../electron/core/audit/chain';
import { verifyChain } from '../../electron/core/audit/verify';
import { importFile, rawImport } from '../bench/import-ops';
import { TEST_KEY, tempCore } from '../helpers/temp-core';

const cores: ReturnType<typeof tempCore>[] = [];
afterEach(() => cores.splice(0).forEach((c) => c.cleanup()));

type Db = ReturnType<typeof tempCore>['db'];
const clients = (db: Db) => db.prepare(`SELECT * FROM clients ORDER BY nik`).all().map((r) => ({ ...(r as object), id: undefined, created_at: undefined, updated_at: undefined }));
const changes = (db: Db) =>
  db.prepare(`SELECT l.entity, l.action, l.changes, l.reason, l.actor_id, l.device_id = (SELECT value FROM meta WHERE key = 'device_id') AS own_device
              FROM change_log l JOIN clients c ON c.id = l.entity_id ORDER BY c.nik`).all();
const audit = (db: Db) => db.prepare(`SELECT actor_id, role, action, channel, entity, entity_ids, client_id, case_id, outcome, detail FROM audit_log ORDER BY seq DESC LIMIT 1`).get();

/** The bench's raw baseline is only a fair yardstick if it leaves the same rows as the core's import. */
describe('the import baseline of npm run bench', () => {
  it('writes the same client, change-log and audit rows as imports:clients, with an intact audit chain', async () => {
    const { lines, dataBase64, mapping } = importFile(300);
    const core = tempCore();
    const raw = tempCore();
    cores.push(core, raw);
    const r = await core.mustAsync('imports:clients', { fileName: 'klien.csv', dataBase64, mapping, dryRun: false, skipInvalid: true });
    expect(r.imported).toBe(300);
    rawImport(raw.db, lines, TEST_KEY);
    expect(clients(raw.db)).toHaveLength(300);
    expect(clients(raw.db)).toEqual(clients(core.db));
    expect(changes(raw.db)).toHaveLength(300);
    expect(changes(raw.db)).toEqual(changes(core.db));
    expect(audit(raw.db)).toEqual(audit(core.db));
    expect(verifyChain(raw.db, auditKey(raw.ctx)).ok).toBe(true);
  });
});
