-- Pendamping schema 1: reference data, people, cases and the change log.
-- Ids are time-ordered text (ULID) so records from several laptops can merge later.
-- Times are ISO 8601 UTC text; dates of birth and case dates are plain YYYY-MM-DD.

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL -- JSON
) STRICT;

-- Kemendagri regions (from idn-area-data, ODbL): province "33" … village "33.74.10.1001".
CREATE TABLE regions (
  code        TEXT PRIMARY KEY,
  parent_code TEXT,
  level       TEXT NOT NULL CHECK (level IN ('province', 'regency', 'district', 'village')),
  name        TEXT NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX regions_by_parent ON regions (parent_code, name);

CREATE TABLE workers (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  nip        TEXT,
  role       TEXT NOT NULL,
  position   TEXT,
  active     INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE clients (
  id                    TEXT PRIMARY KEY,
  name                  TEXT NOT NULL,
  nik                   TEXT UNIQUE,
  kk                    TEXT,
  sex                   TEXT NOT NULL CHECK (sex IN ('L', 'P')),
  birth_place           TEXT,
  birth_date            TEXT,
  street                TEXT,
  rt                    TEXT,
  rw                    TEXT,
  village_code          TEXT, -- not a foreign key: region lists change over time
  phone                 TEXT,
  guardian_name         TEXT,
  guardian_relationship TEXT,
  guardian_phone        TEXT,
  dtsen_registered      INTEGER NOT NULL DEFAULT 0,
  dtsen_decile          INTEGER CHECK (dtsen_decile BETWEEN 1 AND 10),
  dtsen_register_id     TEXT,
  programmes            TEXT NOT NULL DEFAULT '[]', -- JSON array of PROGRAMME slugs
  disabilities          TEXT NOT NULL DEFAULT '[]', -- JSON array of DISABILITY slugs
  version               INTEGER NOT NULL DEFAULT 1,
  created_at            TEXT NOT NULL,
  updated_at            TEXT NOT NULL
) STRICT;
CREATE INDEX clients_by_name_birth ON clients (name COLLATE NOCASE, birth_date);
CREATE INDEX clients_by_village ON clients (village_code);

-- Type-ahead search on names and NIK: word-prefix matching through a prefix index.
CREATE VIRTUAL TABLE clients_fts USING fts5 (
  name, nik,
  content = 'clients', content_rowid = 'rowid',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3 4'
);
CREATE TRIGGER clients_fts_insert AFTER INSERT ON clients BEGIN
  INSERT INTO clients_fts (rowid, name, nik) VALUES (new.rowid, new.name, new.nik);
END;
CREATE TRIGGER clients_fts_delete AFTER DELETE ON clients BEGIN
  INSERT INTO clients_fts (clients_fts, rowid, name, nik) VALUES ('delete', old.rowid, old.name, old.nik);
END;
CREATE TRIGGER clients_fts_update AFTER UPDATE OF name, nik ON clients BEGIN
  INSERT INTO clients_fts (clients_fts, rowid, name, nik) VALUES ('delete', old.rowid, old.name, old.nik);
  INSERT INTO clients_fts (rowid, name, nik) VALUES (new.rowid, new.name, new.nik);
END;

CREATE TABLE cases (
  id                 TEXT PRIMARY KEY,
  number             TEXT NOT NULL UNIQUE COLLATE NOCASE,
  client_id          TEXT NOT NULL REFERENCES clients (id),
  cluster            TEXT NOT NULL,
  ppks_type          TEXT NOT NULL,
  stage              TEXT NOT NULL,
  stage_order        INTEGER NOT NULL, -- position of stage in STAGE, for sorting
  status             TEXT NOT NULL,
  assigned_worker_id TEXT REFERENCES workers (id),
  opened_at          TEXT NOT NULL,
  closed_at          TEXT,
  closure_reason     TEXT,
  summary            TEXT,
  version            INTEGER NOT NULL DEFAULT 1,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL
) STRICT;
CREATE INDEX cases_by_client ON cases (client_id);
CREATE INDEX cases_by_opened ON cases (opened_at, id);
CREATE INDEX cases_by_worker ON cases (assigned_worker_id, opened_at);
CREATE INDEX cases_by_stage ON cases (stage, opened_at);
CREATE INDEX cases_by_status ON cases (status, opened_at);

-- Running numbers per template name and year (case numbers now, letter numbers later).
-- A number once taken is never given again, even if its record is cancelled.
CREATE TABLE counters (
  name  TEXT NOT NULL,
  year  INTEGER NOT NULL,
  value INTEGER NOT NULL,
  PRIMARY KEY (name, year)
) STRICT;

-- Every mutation appends here in the same transaction: it feeds the case timeline, the
-- audit trail and, later, sync. changes = {"field": [before, after], …}.
CREATE TABLE change_log (
  id        TEXT PRIMARY KEY,
  entity    TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  action    TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
  changes   TEXT NOT NULL,
  reason    TEXT,
  actor_id  TEXT,
  device_id TEXT NOT NULL,
  at        TEXT NOT NULL
) STRICT;
CREATE INDEX change_log_by_entity ON change_log (entity, entity_id, at);
