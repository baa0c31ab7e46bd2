-- Tindak Lanjut a page at a time (issue 7). A worker's open follow-ups are sorted by their
-- case's risk, then due date and id: the index that finds them by worker and due date also
-- holds the case and the id, so the sort reads no task row.
DROP INDEX tasks_open_by_worker;
CREATE INDEX tasks_open_by_worker ON tasks (assigned_worker_id, due_date, case_id, id) WHERE status = 'terbuka';
-- Her referrals past their expected answer are found from her cases: the ids of her cases
-- from cases_by_worker (now holding them: no case row read), then the sent referrals of
-- each from index entries alone (before: every referral of every case of hers was read,
-- 14 ms on a district's data).
DROP INDEX cases_by_worker;
CREATE INDEX cases_by_worker ON cases (assigned_worker_id, opened_at, id);
CREATE INDEX referrals_sent_by_case ON referrals (case_id, expected_response_date, id) WHERE status = 'dikirim';
