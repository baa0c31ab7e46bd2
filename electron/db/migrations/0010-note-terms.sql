-- Type-ahead search in visit notes (issue 7). A prefix of five letters or more ("puskes")
-- has no FTS5 prefix index (those stop at four), so FTS5 merged the doclists of every
-- matching word first: 70 ms to 7 s on a district's million notes. note_terms lists each
-- distinct word once, so a typed prefix becomes the few whole words it stands for
-- ("puskesmas"), and FTS5 streams those newest first and stops after a page.
CREATE TABLE note_terms (term TEXT PRIMARY KEY) STRICT, WITHOUT ROWID;

CREATE VIRTUAL TABLE temp.visits_vocab USING fts5vocab (main, visits_fts, row);
INSERT INTO note_terms (term) SELECT term FROM temp.visits_vocab;
DROP TABLE temp.visits_vocab;
