-- Pendamping schema 7: who opened each case, and a closure waiting for a koordinator.
-- A pekerja sosial's own cases are those assigned to her or opened by her (issue 6); the
-- opener of cases stored before this comes from the change log's create row. A closing
-- status set by a pekerja sosial waits in closure_request (JSON: status, closureReason,
-- reason, requestedBy, requestedAt) until a koordinator approves or returns it.

ALTER TABLE cases ADD COLUMN opened_by TEXT REFERENCES workers (id);
ALTER TABLE cases ADD COLUMN closure_request TEXT CHECK (closure_request IS NULL OR json_valid(closure_request));

UPDATE cases SET opened_by = (
  SELECT l.actor_id FROM change_log l
  WHERE l.entity = 'case' AND l.entity_id = cases.id AND l.action = 'create'
    AND l.actor_id IN (SELECT id FROM workers)
  ORDER BY l.at LIMIT 1
);

-- "My cases" is assigned_worker_id = me (cases_by_worker) OR opened_by = me (this one).
CREATE INDEX cases_by_opener ON cases (opened_by, opened_at);
-- The koordinator's list of closures to decide: few rows, so a partial index.
CREATE INDEX cases_closure_requested ON cases (updated_at) WHERE closure_request IS NOT NULL;
