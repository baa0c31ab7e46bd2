-- Pendamping schema 2: visits with follow-up indicators, pasung episodes, assistive devices,
-- ATENSI services, follow-up tasks and attachments: everything a case timeline shows.

-- The case's current re-shackling risk (from the latest visit, raised by a relapse or a
-- re-shackling) drives the dashboard and the order of Tindak Lanjut.
ALTER TABLE cases ADD COLUMN risk TEXT CHECK (risk IN ('rendah', 'sedang', 'tinggi'));
CREATE INDEX cases_by_risk ON cases (risk) WHERE risk IS NOT NULL;

CREATE TABLE visits (
  id                  TEXT PRIMARY KEY,
  case_id             TEXT NOT NULL REFERENCES cases (id),
  type                TEXT NOT NULL,
  visited_at          TEXT NOT NULL, -- UTC
  place               TEXT,
  people_met          TEXT,
  note                TEXT NOT NULL DEFAULT '',
  wellbeing           TEXT,
  pasung              TEXT, -- JSON PasungIndicators, or NULL when not a pasung follow-up
  disability_progress TEXT,
  risk                TEXT, -- copied from pasung.risk for queries
  relapse_date        TEXT, -- copied from pasung.relapseDate for queries
  next_visit_date     TEXT,
  next_task_id        TEXT,
  author_id           TEXT REFERENCES workers (id),
  version             INTEGER NOT NULL DEFAULT 1,
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL
) STRICT;
CREATE INDEX visits_by_case ON visits (case_id, visited_at);
CREATE INDEX visits_by_relapse ON visits (relapse_date) WHERE relapse_date IS NOT NULL;

-- Visit notes, searchable by word prefix; external content so notes are stored once.
CREATE VIRTUAL TABLE visits_fts USING fts5 (
  note, place, people_met,
  content = 'visits', content_rowid = 'rowid',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3 4'
);
CREATE TRIGGER visits_fts_insert AFTER INSERT ON visits BEGIN
  INSERT INTO visits_fts (rowid, note, place, people_met) VALUES (new.rowid, new.note, new.place, new.people_met);
END;
CREATE TRIGGER visits_fts_delete AFTER DELETE ON visits BEGIN
  INSERT INTO visits_fts (visits_fts, rowid, note, place, people_met) VALUES ('delete', old.rowid, old.note, old.place, old.people_met);
END;
CREATE TRIGGER visits_fts_update AFTER UPDATE OF note, place, people_met ON visits BEGIN
  INSERT INTO visits_fts (visits_fts, rowid, note, place, people_met) VALUES ('delete', old.rowid, old.note, old.place, old.people_met);
  INSERT INTO visits_fts (rowid, note, place, people_met) VALUES (new.rowid, new.note, new.place, new.people_met);
END;

CREATE TABLE pasung_episodes (
  id         TEXT PRIMARY KEY,
  client_id  TEXT NOT NULL REFERENCES clients (id),
  status     TEXT NOT NULL CHECK (status IN ('dipasung', 'dilepas', 'repasung')),
  details    TEXT NOT NULL, -- JSON PasungDetails
  version    INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX pasung_by_client ON pasung_episodes (client_id);

-- dipasung → dilepas → repasung …: every status an episode passed through, with its date.
CREATE TABLE pasung_status_events (
  id         TEXT PRIMARY KEY,
  episode_id TEXT NOT NULL REFERENCES pasung_episodes (id),
  status     TEXT NOT NULL CHECK (status IN ('dipasung', 'dilepas', 'repasung')),
  date       TEXT NOT NULL,
  by_whom    TEXT,
  note       TEXT,
  actor_id   TEXT,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX pasung_events_by_episode ON pasung_status_events (episode_id, date);
CREATE INDEX pasung_events_by_date ON pasung_status_events (status, date);

CREATE TABLE devices (
  id           TEXT PRIMARY KEY,
  client_id    TEXT NOT NULL REFERENCES clients (id),
  case_id      TEXT REFERENCES cases (id),
  device       TEXT NOT NULL,
  detail       TEXT,
  step         TEXT NOT NULL CHECK (step IN ('dibutuhkan', 'diajukan', 'diterima')),
  needed_at    TEXT NOT NULL,
  requested_at TEXT,
  received_at  TEXT,
  source       TEXT,
  version      INTEGER NOT NULL DEFAULT 1,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
) STRICT;
CREATE INDEX devices_by_client ON devices (client_id);

CREATE TABLE services (
  id         TEXT PRIMARY KEY,
  case_id    TEXT NOT NULL REFERENCES cases (id),
  component  TEXT NOT NULL,
  given_at   TEXT NOT NULL,
  note       TEXT,
  actor_id   TEXT,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX services_by_case ON services (case_id, given_at);

CREATE TABLE tasks (
  id                 TEXT PRIMARY KEY,
  case_id            TEXT NOT NULL REFERENCES cases (id),
  kind               TEXT NOT NULL,
  title              TEXT NOT NULL,
  due_date           TEXT NOT NULL,
  status             TEXT NOT NULL CHECK (status IN ('terbuka', 'selesai', 'terlewat')),
  closed_at          TEXT,
  note               TEXT,
  assigned_worker_id TEXT REFERENCES workers (id),
  version            INTEGER NOT NULL DEFAULT 1,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL
) STRICT;
CREATE INDEX tasks_open_by_due ON tasks (due_date) WHERE status = 'terbuka';
CREATE INDEX tasks_by_case ON tasks (case_id, due_date);

-- Photos and scans live inside the encrypted file, never as loose files on disk.
CREATE TABLE attachments (
  id         TEXT PRIMARY KEY,
  client_id  TEXT NOT NULL REFERENCES clients (id),
  case_id    TEXT REFERENCES cases (id),
  visit_id   TEXT REFERENCES visits (id),
  file_name  TEXT NOT NULL,
  mime_type  TEXT NOT NULL CHECK (mime_type IN ('image/jpeg', 'image/png', 'application/pdf')),
  size       INTEGER NOT NULL,
  sha256     TEXT NOT NULL,
  thumbnail  BLOB,
  actor_id   TEXT,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX attachments_by_client ON attachments (client_id, created_at);
CREATE INDEX attachments_by_visit ON attachments (visit_id) WHERE visit_id IS NOT NULL;
CREATE INDEX attachments_by_case ON attachments (case_id, created_at);

-- Contents apart from the metadata, so listing attachments never reads megabytes.
CREATE TABLE attachment_data (
  attachment_id TEXT PRIMARY KEY REFERENCES attachments (id),
  data          BLOB NOT NULL
) STRICT;
