-- Pendamping schema 6: the audit trail (UU 27/2022: who opened, changed, exported, printed,
-- imported, backed up or restored what, and who was refused). Append-only and hash-chained:
-- each row's hash is an HMAC (key derived from the store's key) over the previous row's hash
-- and the row itself, so `pendamping audit verify` finds any altered, inserted or deleted row.
-- The triggers below stop accidents; the chain is the proof.

CREATE TABLE audit_log (
  seq        INTEGER PRIMARY KEY,      -- 1, 2, 3 … with no gaps: the chain's order
  id         TEXT NOT NULL UNIQUE,
  at         TEXT NOT NULL,            -- ISO 8601 UTC
  actor_id   TEXT,                     -- the worker (no foreign key: the trail outlives profiles)
  role       TEXT NOT NULL,            -- the worker's role then, or 'sistem'
  action     TEXT NOT NULL,            -- shared/enums/audit.ts AUDIT_ACTION
  channel    TEXT NOT NULL,            -- the core channel, or where an event outside one came from
  entity     TEXT,
  entity_ids TEXT,                     -- JSON array of ids, or NULL
  client_id  TEXT,
  case_id    TEXT,
  outcome    TEXT NOT NULL CHECK (outcome IN ('ok', 'ditolak', 'galat')),
  detail     TEXT NOT NULL DEFAULT '{}', -- ids, counts, formats: never names, NIK or notes
  prev_hash  TEXT NOT NULL,
  hash       TEXT NOT NULL
) STRICT;
-- The viewer's filters, newest first within each.
CREATE INDEX audit_by_case ON audit_log (case_id, seq) WHERE case_id IS NOT NULL;
CREATE INDEX audit_by_client ON audit_log (client_id, seq) WHERE client_id IS NOT NULL;
CREATE INDEX audit_by_actor ON audit_log (actor_id, seq) WHERE actor_id IS NOT NULL;
CREATE INDEX audit_by_at ON audit_log (at);

-- The last row's seq and hash, sealed with an HMAC: deleting the newest rows leaves the head
-- pointing past the end, and the head cannot be rewound without the key.
CREATE TABLE audit_head (
  id   INTEGER PRIMARY KEY CHECK (id = 1),
  seq  INTEGER NOT NULL,
  hash TEXT NOT NULL,
  mac  TEXT NOT NULL                   -- '' until the first row is recorded
) STRICT;
INSERT INTO audit_head (id, seq, hash, mac) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', '');

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
  SELECT RAISE(ABORT, 'Jejak audit tidak dapat diubah.');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
  SELECT RAISE(ABORT, 'Jejak audit tidak dapat dihapus.');
END;
CREATE TRIGGER audit_head_forward_only BEFORE UPDATE ON audit_head WHEN new.seq <> old.seq + 1 BEGIN
  SELECT RAISE(ABORT, 'Kepala jejak audit hanya maju satu baris.');
END;
CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head BEGIN
  SELECT RAISE(ABORT, 'Kepala jejak audit tidak dapat dihapus.');
END;
