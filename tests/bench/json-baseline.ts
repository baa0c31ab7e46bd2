import type { Database } from 'better-sqlite3-multiple-ciphers';

type Row = Record<string, unknown>;

/**
 * The baseline of "ekspor riwayat kasus JSON": the document exports:case-json makes for one
 * case, read the plain way with the driver — one query per table, the history of each kind of
 * record by a subquery — and written with JSON.stringify and base64, as the core sends it.
 * Not the core's collector: the ratio compares the core with what the driver alone costs.
 * Same tables and rows as the core (export-ops.ts and tests/unit/bench-json-baseline.test.ts
 * check it); the audit row the core also writes is the core's own cost.
 */
export function caseJsonBaseline(db: Database): (caseId: string, exportedAt: string) => string {
  const all = (sql: string) => {
    const s = db.prepare(sql);
    return (...params: unknown[]) => s.all(...params) as Row[];
  };
  const read = {
    cases: all('SELECT * FROM cases WHERE id = ?'),
    clients: all('SELECT * FROM clients WHERE id = ?'),
    visits: all('SELECT * FROM visits WHERE case_id = ?'),
    pasung_episodes: all('SELECT * FROM pasung_episodes WHERE client_id = ?'),
    pasung_status_events: all('SELECT e.* FROM pasung_status_events e JOIN pasung_episodes p ON p.id = e.episode_id WHERE p.client_id = ?'),
    devices: all('SELECT * FROM devices WHERE client_id = ? AND (case_id = ? OR case_id IS NULL)'),
    services: all('SELECT * FROM services WHERE case_id = ?'),
    tasks: all('SELECT * FROM tasks WHERE case_id = ?'),
    attachments: all(`SELECT * FROM attachments WHERE client_id = ? AND (case_id = ? OR case_id IS NULL)
                      AND (visit_id IS NULL OR visit_id IN (SELECT id FROM visits WHERE case_id = ?))`),
    attachment_data: all(`SELECT d.* FROM attachment_data d JOIN attachments a ON a.id = d.attachment_id WHERE a.client_id = ? AND (a.case_id = ? OR a.case_id IS NULL)
                          AND (a.visit_id IS NULL OR a.visit_id IN (SELECT id FROM visits WHERE case_id = ?))`),
    referrals: all('SELECT * FROM referrals WHERE case_id = ?'),
    referral_events: all('SELECT e.* FROM referral_events e JOIN referrals r ON r.id = e.referral_id WHERE r.case_id = ?'),
    letters: all('SELECT l.* FROM letters l JOIN referrals r ON r.id = l.referral_id WHERE r.case_id = ?'),
    institutions: all('SELECT * FROM institutions WHERE id IN (SELECT institution_id FROM referrals WHERE case_id = ?)'),
    worker: all('SELECT * FROM workers WHERE id = ?'),
  };
  // The history of every record exported, kind by kind.
  const history = (entity: string, ids: string) => all(`SELECT * FROM change_log WHERE entity = '${entity}' AND entity_id IN (${ids})`);
  const changes = [
    history('client', 'SELECT client_id FROM cases WHERE id = @c'),
    history('case', '@c'),
    history('visit', 'SELECT id FROM visits WHERE case_id = @c'),
    history('pasung', 'SELECT id FROM pasung_episodes WHERE client_id = @k'),
    history('device', 'SELECT id FROM devices WHERE client_id = @k AND (case_id = @c OR case_id IS NULL)'),
    history('service', 'SELECT id FROM services WHERE case_id = @c'),
    history('task', 'SELECT id FROM tasks WHERE case_id = @c'),
    history('attachment', 'SELECT id FROM attachments WHERE client_id = @k AND (case_id = @c OR case_id IS NULL) AND (visit_id IS NULL OR visit_id IN (SELECT id FROM visits WHERE case_id = @c))'),
    history('institution', 'SELECT institution_id FROM referrals WHERE case_id = @c'),
    history('referral', 'SELECT id FROM referrals WHERE case_id = @c'),
    history('letter', 'SELECT l.id FROM letters l JOIN referrals r ON r.id = l.referral_id WHERE r.case_id = @c'),
  ];
  const schemaVersion = db.pragma('user_version', { simple: true });
  const blobsAsText = (rows: Row[]) => {
    for (const r of rows) for (const k in r) if (Buffer.isBuffer(r[k])) r[k] = (r[k] as Buffer).toString('base64');
    return rows;
  };

  return (caseId, exportedAt) => {
    const cases = read.cases(caseId);
    const k = cases[0].client_id as string;
    const tables: Record<string, Row[]> = {
      institutions: read.institutions(caseId),
      clients: read.clients(k),
      cases,
      visits: read.visits(caseId),
      pasung_episodes: read.pasung_episodes(k),
      pasung_status_events: read.pasung_status_events(k),
      devices: read.devices(k, caseId),
      services: read.services(caseId),
      tasks: read.tasks(caseId),
      attachments: read.attachments(k, caseId, caseId),
      attachment_data: blobsAsText(read.attachment_data(k, caseId, caseId)),
      referrals: read.referrals(caseId),
      referral_events: read.referral_events(caseId),
      letters: blobsAsText(read.letters(caseId)),
      change_log: changes.flatMap((q) => q({ c: caseId, k })),
    };
    // The workers any exported row names.
    const named = new Set<string>();
    for (const rows of Object.values(tables)) {
      for (const r of rows) for (const col of ['assigned_worker_id', 'author_id', 'actor_id', 'issued_by']) if (typeof r[col] === 'string') named.add(r[col] as string);
    }
    const workers = [...named].flatMap((id) => read.worker(id));
    const doc = { format: 'pendamping.case-export', version: 1, schemaVersion, exportedAt, deidentified: false, caseIds: [caseId], tables: { workers, ...tables } };
    return Buffer.from(JSON.stringify(doc)).toString('base64');
  };
}

/** A case export as comparable text: the time it was made left out, each table's rows in one order. */
export function canonicalCaseExport(dataBase64: string): string {
  const doc = JSON.parse(Buffer.from(dataBase64, 'base64').toString('utf8')) as { exportedAt?: string; tables: Record<string, Row[]> };
  delete doc.exportedAt;
  for (const [name, rows] of Object.entries(doc.tables)) doc.tables[name] = rows.map((r) => JSON.stringify(r)).sort().map((r) => JSON.parse(r) as Row);
  return JSON.stringify(doc);
}
