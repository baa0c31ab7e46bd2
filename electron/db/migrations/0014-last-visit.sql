-- Beranda's "risiko tinggi" list puts the open high-risk cases seen longest ago first. It
-- looked up the last visit of every such case (a district's tens of thousands, reading the
-- million-visit index: 2.7 s on a cold start in `npm run bench`'s data). Each case now keeps
-- the time of its last visit, kept true by the visits themselves, and an index over the open
-- cases in the list's own order: the list reads its 50 rows and stops.
ALTER TABLE cases ADD COLUMN last_visit_at TEXT; -- UTC, the latest visits.visited_at; NULL when none

UPDATE cases SET last_visit_at = (SELECT max(visited_at) FROM visits v WHERE v.case_id = cases.id);

CREATE TRIGGER cases_last_visit_on_insert AFTER INSERT ON visits BEGIN
  UPDATE cases SET last_visit_at = NEW.visited_at
  WHERE id = NEW.case_id AND (last_visit_at IS NULL OR last_visit_at < NEW.visited_at);
END;

CREATE TRIGGER cases_last_visit_on_update AFTER UPDATE OF visited_at, case_id ON visits BEGIN
  UPDATE cases SET last_visit_at = (SELECT max(visited_at) FROM visits v WHERE v.case_id = cases.id)
  WHERE id IN (OLD.case_id, NEW.case_id);
END;

CREATE TRIGGER cases_last_visit_on_delete AFTER DELETE ON visits BEGIN
  UPDATE cases SET last_visit_at = (SELECT max(visited_at) FROM visits v WHERE v.case_id = cases.id)
  WHERE id = OLD.case_id;
END;

-- Never visited first, then the oldest last visit (dashboard/handlers.ts).
CREATE INDEX cases_open_by_risk_and_last_visit ON cases (risk, last_visit_at IS NOT NULL, last_visit_at)
  WHERE status IN ('aktif', 'ditunda', 'dirujuk');
