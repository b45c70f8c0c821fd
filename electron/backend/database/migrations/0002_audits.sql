-- Gap audits: dated snapshots of a project scored against the framework's practices.
-- A final audit is frozen: the triggers below refuse any change to it or its answers, so no
-- code path (a bug, a script, an import) can rewrite a finalised record. Deleting the whole
-- project still cascades (rows are deleted, never updated).

CREATE TABLE audits (
  id TEXT PRIMARY KEY NOT NULL,
  project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
  taken_on TEXT NOT NULL,
  facilitator TEXT NOT NULL DEFAULT '',
  participants_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(participants_json)),
  timer_minutes INTEGER NOT NULL DEFAULT 10 CHECK (timer_minutes BETWEEN 1 AND 60),
  framework_version TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'final')),
  -- A plain reference, not a foreign key: deleting a source draft must not update a final copy.
  copied_from_id TEXT,
  finalized_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((status = 'final') = (finalized_at IS NOT NULL))
) STRICT;

CREATE INDEX audits_project ON audits (project_id, taken_on, created_at);

-- One row per practice of the audit's framework version. Scores are stored in half-points
-- (0, 1, 2) so no floating-point value is ever stored or summed.
CREATE TABLE audit_practices (
  audit_id TEXT NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
  practice_key TEXT NOT NULL,
  answer_kind TEXT CHECK (answer_kind IN ('scored', 'not_applicable')),
  halves INTEGER CHECK (halves IN (0, 1, 2)),
  na_reason TEXT,
  note TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (audit_id, practice_key),
  CHECK (
    (answer_kind IS NULL AND halves IS NULL AND na_reason IS NULL)
    OR (answer_kind = 'scored' AND halves IS NOT NULL AND na_reason IS NULL)
    OR (answer_kind = 'not_applicable' AND halves IS NULL AND length(na_reason) > 0)
  )
) STRICT;

CREATE TABLE audit_gaps (
  audit_id TEXT NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
  gap_key TEXT NOT NULL CHECK (gap_key IN ('pipeline', 'versioning', 'fallback', 'observability', 'governance')),
  missing TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (audit_id, gap_key)
) STRICT;

CREATE TRIGGER audits_final_frozen BEFORE UPDATE ON audits
WHEN OLD.status = 'final'
BEGIN
  SELECT RAISE(ABORT, 'crossing: audit is final');
END;

CREATE TRIGGER audit_practices_final_frozen_insert BEFORE INSERT ON audit_practices
WHEN (SELECT status FROM audits WHERE id = NEW.audit_id) = 'final'
BEGIN
  SELECT RAISE(ABORT, 'crossing: audit is final');
END;

CREATE TRIGGER audit_practices_final_frozen_update BEFORE UPDATE ON audit_practices
WHEN (SELECT status FROM audits WHERE id = OLD.audit_id) = 'final'
BEGIN
  SELECT RAISE(ABORT, 'crossing: audit is final');
END;

CREATE TRIGGER audit_gaps_final_frozen_insert BEFORE INSERT ON audit_gaps
WHEN (SELECT status FROM audits WHERE id = NEW.audit_id) = 'final'
BEGIN
  SELECT RAISE(ABORT, 'crossing: audit is final');
END;

CREATE TRIGGER audit_gaps_final_frozen_update BEFORE UPDATE ON audit_gaps
WHEN (SELECT status FROM audits WHERE id = OLD.audit_id) = 'final'
BEGIN
  SELECT RAISE(ABORT, 'crossing: audit is final');
END;
