-- Reads that serve a screen use an index where they filter or sort, so their cost follows the
-- data they return, not the size of the workspace (issue 12; the query-plan tests hold them).

-- The latest final audit of each project (portfolio, heatmap): one index seek per project.
CREATE INDEX audits_latest_final
  ON audits (project_id, taken_on DESC, finalized_at DESC, created_at DESC)
  WHERE status = 'final';

-- The project list, in name order.
CREATE INDEX projects_by_name ON projects (name COLLATE NOCASE, created_at);

-- The key the unique-name rule compares (projectsRepository.ts `nameKey`: case folded in every
-- script, one Unicode normal form; SQLite's NOCASE folds ASCII only, so SQL cannot compute it).
-- Written with every name and refreshed when a workspace opens; NULL only until then.
ALTER TABLE projects ADD COLUMN name_key TEXT;
CREATE INDEX projects_active_name_key ON projects (name_key) WHERE archived_at IS NULL;

-- What each final audit's scores are computed from, per gap, counted once when it is finalised
-- (a final audit never changes): the portfolio reads five small rows per project instead of
-- every answer of its latest audit. Written by AuditsRepository.updateFields with the shared
-- tallyGap (so the same numbers as scoreAudit); rows go with their audit.
CREATE TABLE audit_gap_tallies (
  audit_id TEXT NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
  gap_key TEXT NOT NULL CHECK (gap_key IN ('pipeline', 'versioning', 'fallback', 'observability', 'governance')),
  scored INTEGER NOT NULL CHECK (scored >= 0),
  not_applicable INTEGER NOT NULL CHECK (not_applicable >= 0),
  unscored INTEGER NOT NULL CHECK (unscored >= 0),
  earned_halves INTEGER NOT NULL CHECK (earned_halves >= 0),
  PRIMARY KEY (audit_id, gap_key)
) STRICT, WITHOUT ROWID;

-- The final audits already recorded (a practice key names its gap before the dot).
INSERT INTO audit_gap_tallies (audit_id, gap_key, scored, not_applicable, unscored, earned_halves)
SELECT ap.audit_id, substr(ap.practice_key, 1, instr(ap.practice_key, '.') - 1),
  count(*) FILTER (WHERE ap.answer_kind = 'scored'),
  count(*) FILTER (WHERE ap.answer_kind = 'not_applicable'),
  count(*) FILTER (WHERE ap.answer_kind IS NULL),
  coalesce(sum(ap.halves) FILTER (WHERE ap.answer_kind = 'scored'), 0)
FROM audits a JOIN audit_practices ap ON ap.audit_id = a.id
WHERE a.status = 'final'
  AND substr(ap.practice_key, 1, instr(ap.practice_key, '.') - 1)
    IN ('pipeline', 'versioning', 'fallback', 'observability', 'governance')
GROUP BY ap.audit_id, substr(ap.practice_key, 1, instr(ap.practice_key, '.') - 1);
