-- Reads that serve a screen use an index where they filter or sort, so their cost follows the
-- data they return, not the size of the workspace (issue 12; the query-plan tests hold them).

-- The latest final audit of each project (portfolio, heatmap): one seek per project in an index
-- that also holds the audit's id, so finding it never reads the (wide) audits table.
CREATE INDEX audits_latest_final
  ON audits (project_id, taken_on DESC, finalized_at DESC, created_at DESC, id)
  WHERE status = 'final';

-- The project list, in name order.
CREATE INDEX projects_by_name ON projects (name COLLATE NOCASE, created_at);

-- The key the unique-name rule compares (projectsRepository.ts `nameKey`: case folded in every
-- script, one Unicode normal form; SQLite's NOCASE folds ASCII only, so SQL cannot compute it).
-- Written with every name and refreshed when a workspace opens; NULL only until then.
ALTER TABLE projects ADD COLUMN name_key TEXT;
CREATE INDEX projects_active_name_key ON projects (name_key) WHERE archived_at IS NULL;

-- What the portfolio needs of each final audit, written once when it is finalised (a final audit
-- never changes): its title, its date, and per gap the counts its scores are computed from, as
-- {"<gap>": [scored, not_applicable, unscored, earned_halves]}. The portfolio then reads one
-- narrow row per project instead of every answer of its latest audit (10,000 projects: ~30 ms
-- instead of ~500 ms for five rows each plus the audits table). Written by
-- AuditsRepository.updateFields with the shared tallyGap (the same numbers as scoreAudit); a gap
-- left out counts as unscored; rows go with their audit.
CREATE TABLE final_audit_digests (
  audit_id TEXT PRIMARY KEY REFERENCES audits (id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  taken_on TEXT NOT NULL,
  tallies_json TEXT NOT NULL CHECK (json_valid(tallies_json))
) STRICT, WITHOUT ROWID;

-- The final audits already recorded (a practice key names its gap before the dot).
INSERT INTO final_audit_digests (audit_id, title, taken_on, tallies_json)
SELECT a.id, a.title, a.taken_on, (
  SELECT json_group_object(gap, json_array(scored, not_applicable, unscored, earned))
  FROM (
    SELECT substr(ap.practice_key, 1, instr(ap.practice_key, '.') - 1) AS gap,
      count(*) FILTER (WHERE ap.answer_kind = 'scored') AS scored,
      count(*) FILTER (WHERE ap.answer_kind = 'not_applicable') AS not_applicable,
      count(*) FILTER (WHERE ap.answer_kind IS NULL) AS unscored,
      coalesce(sum(ap.halves) FILTER (WHERE ap.answer_kind = 'scored'), 0) AS earned
    FROM audit_practices ap
    WHERE ap.audit_id = a.id
    GROUP BY gap
  )
  WHERE gap IN ('pipeline', 'versioning', 'fallback', 'observability', 'governance')
)
FROM audits a
WHERE a.status = 'final';
