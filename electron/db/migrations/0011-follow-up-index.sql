-- Tindak Lanjut at district scale (issue 7): a worker's open follow-ups assigned to her,
-- by due date, without walking the office's open tasks.
CREATE INDEX tasks_open_by_worker ON tasks (assigned_worker_id, due_date) WHERE status = 'terbuka';
