-- Case list speed at district scale (issue 7, `npm run bench`; figures in the closing note).
--
-- 1. Counting a filtered list (status + cluster, say) walked the whole cases table: no
--    index held both columns. One covering index over every list filter lets any
--    combination be counted from the index alone.
CREATE INDEX cases_by_filters ON cases (status, cluster, ppks_type, stage, assigned_worker_id);

-- 2. Sorting by name walks clients in name order and looks up each one's cases; with the
--    filter columns and the id in the by-client index, that walk never reads a case row.
DROP INDEX cases_by_client;
CREATE INDEX cases_by_client ON cases (client_id, status, cluster, ppks_type, stage, assigned_worker_id, id);

-- 3. The region filter joined every client of the region to their cases, read each case
--    row, then sorted. case_places keeps, per case, the client's village code, the opening
--    time and the list filters, in the order the list wants, so a region's page and count
--    come from this one table. Triggers keep it true whatever writes the tables (forms,
--    imports, erasure). It is an index, not data: case exports do not carry it.
CREATE TABLE case_places (
  village_code       TEXT NOT NULL,
  opened_at          TEXT NOT NULL,
  case_id            TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  status             TEXT NOT NULL,
  cluster            TEXT NOT NULL,
  ppks_type          TEXT NOT NULL,
  stage              TEXT NOT NULL,
  assigned_worker_id TEXT,
  PRIMARY KEY (village_code, opened_at, case_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX case_places_by_case ON case_places (case_id);

INSERT INTO case_places (village_code, opened_at, case_id, status, cluster, ppks_type, stage, assigned_worker_id)
  SELECT cl.village_code, c.opened_at, c.id, c.status, c.cluster, c.ppks_type, c.stage, c.assigned_worker_id
  FROM cases c JOIN clients cl ON cl.id = c.client_id WHERE cl.village_code IS NOT NULL;

CREATE TRIGGER case_places_on_case_insert AFTER INSERT ON cases BEGIN
  INSERT INTO case_places (village_code, opened_at, case_id, status, cluster, ppks_type, stage, assigned_worker_id)
    SELECT village_code, NEW.opened_at, NEW.id, NEW.status, NEW.cluster, NEW.ppks_type, NEW.stage, NEW.assigned_worker_id
    FROM clients WHERE id = NEW.client_id AND village_code IS NOT NULL;
END;

CREATE TRIGGER case_places_on_case_update
AFTER UPDATE OF client_id, opened_at, status, cluster, ppks_type, stage, assigned_worker_id ON cases BEGIN
  DELETE FROM case_places WHERE case_id = NEW.id;
  INSERT INTO case_places (village_code, opened_at, case_id, status, cluster, ppks_type, stage, assigned_worker_id)
    SELECT village_code, NEW.opened_at, NEW.id, NEW.status, NEW.cluster, NEW.ppks_type, NEW.stage, NEW.assigned_worker_id
    FROM clients WHERE id = NEW.client_id AND village_code IS NOT NULL;
END;

CREATE TRIGGER case_places_on_case_delete AFTER DELETE ON cases BEGIN
  DELETE FROM case_places WHERE case_id = OLD.id;
END;

CREATE TRIGGER case_places_on_client_move AFTER UPDATE OF village_code ON clients BEGIN
  DELETE FROM case_places WHERE case_id IN (SELECT id FROM cases WHERE client_id = NEW.id);
  INSERT INTO case_places (village_code, opened_at, case_id, status, cluster, ppks_type, stage, assigned_worker_id)
    SELECT NEW.village_code, opened_at, id, status, cluster, ppks_type, stage, assigned_worker_id
    FROM cases WHERE client_id = NEW.id AND NEW.village_code IS NOT NULL;
END;
