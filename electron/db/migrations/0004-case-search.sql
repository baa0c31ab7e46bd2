-- Pendamping schema 4: one search index per case (client name, NIK and case number), so the
-- case list's type-ahead goes from matching words straight to cases. Measured on 100,000
-- cases (npm run bench): "siti" went through clients → cases in ~60 ms; through this, a few.
-- Contentless (the text lives in clients and cases); contentless_delete lets rows be removed.

CREATE VIRTUAL TABLE cases_fts USING fts5 (
  name, nik, number,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3 4'
);

INSERT INTO cases_fts (rowid, name, nik, number)
  SELECT c.rowid, cl.name, cl.nik, c.number FROM cases c JOIN clients cl ON cl.id = c.client_id;

CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases BEGIN
  INSERT INTO cases_fts (rowid, name, nik, number)
    SELECT new.rowid, cl.name, cl.nik, new.number FROM clients cl WHERE cl.id = new.client_id;
END;
CREATE TRIGGER cases_fts_delete AFTER DELETE ON cases BEGIN
  DELETE FROM cases_fts WHERE rowid = old.rowid;
END;
CREATE TRIGGER cases_fts_update AFTER UPDATE OF number, client_id ON cases BEGIN
  DELETE FROM cases_fts WHERE rowid = old.rowid;
  INSERT INTO cases_fts (rowid, name, nik, number)
    SELECT new.rowid, cl.name, cl.nik, new.number FROM clients cl WHERE cl.id = new.client_id;
END;
CREATE TRIGGER cases_fts_client AFTER UPDATE OF name, nik ON clients BEGIN
  DELETE FROM cases_fts WHERE rowid IN (SELECT rowid FROM cases WHERE client_id = new.id);
  INSERT INTO cases_fts (rowid, name, nik, number)
    SELECT rowid, new.name, new.nik, number FROM cases WHERE client_id = new.id;
END;
