-- Pendamping schema 3: the directory of institutions, referrals with their closed loop, and
-- issued letters archived as their exact PDF.

CREATE TABLE institutions (
  id              TEXT PRIMARY KEY,
  name            TEXT NOT NULL,
  type            TEXT NOT NULL,
  street          TEXT,
  village_code    TEXT,
  phone           TEXT,
  email           TEXT,
  contact_person  TEXT,
  recipient_title TEXT,
  notes           TEXT,
  active          INTEGER NOT NULL DEFAULT 1,
  version         INTEGER NOT NULL DEFAULT 1,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
) STRICT;
CREATE INDEX institutions_by_name ON institutions (name COLLATE NOCASE);

CREATE TABLE referrals (
  id                     TEXT PRIMARY KEY,
  case_id                TEXT NOT NULL REFERENCES cases (id),
  institution_id         TEXT NOT NULL REFERENCES institutions (id),
  reason                 TEXT NOT NULL,
  services_requested     TEXT,
  urgency                TEXT NOT NULL CHECK (urgency IN ('biasa', 'segera', 'darurat')),
  expected_response_date TEXT,
  documents              TEXT NOT NULL DEFAULT '[]', -- JSON [{name, provided, attachmentId}]
  consent                TEXT,                       -- JSON {by, name, date, note}
  consent_override       TEXT,
  status                 TEXT NOT NULL CHECK (status IN ('draft', 'dikirim', 'diterima', 'ditolak', 'selesai', 'dibatalkan')),
  outcome                TEXT,
  version                INTEGER NOT NULL DEFAULT 1,
  created_at             TEXT NOT NULL,
  updated_at             TEXT NOT NULL,
  CHECK (consent IS NOT NULL OR consent_override IS NOT NULL)
) STRICT;
CREATE INDEX referrals_by_case ON referrals (case_id, created_at);
CREATE INDEX referrals_awaiting ON referrals (expected_response_date) WHERE status = 'dikirim';

-- Every status a referral passed through, with the day it happened: the timeline's steps.
CREATE TABLE referral_events (
  id          TEXT PRIMARY KEY,
  referral_id TEXT NOT NULL REFERENCES referrals (id),
  status      TEXT NOT NULL,
  date        TEXT NOT NULL,
  note        TEXT,
  actor_id    TEXT,
  created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX referral_events_by_referral ON referral_events (referral_id, created_at);

-- A letter number is taken in the same transaction as this row is written; a letter whose
-- printing failed or that was withdrawn stays as a cancelled row, so no number vanishes.
CREATE TABLE letters (
  id            TEXT PRIMARY KEY,
  referral_id   TEXT NOT NULL REFERENCES referrals (id),
  number        TEXT NOT NULL UNIQUE,
  counter_year  INTEGER NOT NULL,
  counter_value INTEGER NOT NULL,
  paper         TEXT NOT NULL CHECK (paper IN ('a4', 'f4')),
  with_summary  INTEGER NOT NULL DEFAULT 0,
  state         TEXT NOT NULL CHECK (state IN ('printing', 'issued', 'cancelled')),
  pdf           BLOB,
  sha256        TEXT,
  issued_at     TEXT NOT NULL,
  issued_by     TEXT,
  cancelled_at  TEXT,
  cancel_reason TEXT,
  UNIQUE (counter_year, counter_value)
) STRICT;
CREATE INDEX letters_by_referral ON letters (referral_id, issued_at);
