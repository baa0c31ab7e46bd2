-- Pendamping schema 8: consent records per client, erasure requests, and the tombstone an
-- approved erasure leaves (UU 27/2022: consent must be shown; data deleted on request or
-- when its retention period ends).

-- What a client (or, for a child or a person who cannot decide, a guardian) agreed to, with
-- the signed form as an attachment. A withdrawal is recorded on the row; it stays in history.
CREATE TABLE consents (
  id                TEXT PRIMARY KEY,
  client_id         TEXT NOT NULL REFERENCES clients (id),
  purpose           TEXT NOT NULL,
  given_by          TEXT NOT NULL CHECK (given_by IN ('klien', 'wali')),
  guardian_name     TEXT,
  guardian_relation TEXT,
  given_on          TEXT NOT NULL, -- YYYY-MM-DD
  attachment_id     TEXT REFERENCES attachments (id),
  note              TEXT,
  withdrawn_on      TEXT,
  withdrawal_reason TEXT,
  actor_id          TEXT,
  version           INTEGER NOT NULL DEFAULT 1,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  CHECK (given_by = 'klien' OR guardian_name IS NOT NULL),
  CHECK ((withdrawn_on IS NULL) = (withdrawal_reason IS NULL))
) STRICT;
CREATE INDEX consents_by_client ON consents (client_id, given_on);

-- A worker asks, a koordinator decides. The free-text note is wiped when the erasure is done
-- (it may name the person); the rest is the record that the request was honoured.
CREATE TABLE erasure_requests (
  id            TEXT PRIMARY KEY,
  client_id     TEXT NOT NULL REFERENCES clients (id),
  reason        TEXT NOT NULL,
  note          TEXT,
  status        TEXT NOT NULL CHECK (status IN ('menunggu', 'disetujui', 'ditolak')),
  requested_by  TEXT,
  requested_at  TEXT NOT NULL,
  decided_by    TEXT,
  decided_name  TEXT, -- the approver's name as it was, for the tombstone's sentence
  decided_at    TEXT,
  decision_note TEXT,
  version       INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE UNIQUE INDEX erasure_one_waiting ON erasure_requests (client_id) WHERE status = 'menunggu';
CREATE INDEX erasure_by_status ON erasure_requests (status, requested_at);

-- Set when the client's personal data was erased; the row stays as the tombstone (id, sex,
-- regency code in village_code) so the cases keep their numbers, dates and PPKS type.
ALTER TABLE clients ADD COLUMN erased_at TEXT;
