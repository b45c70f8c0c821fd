-- Governance checkpoints per project (issue 9). A stage can be run again: every run is a row of
-- its own (attempt 1, 2, ...), never replaced, so the history of failed and passed runs stays.
-- Evidence and criteria hang off a run. Thresholds a project sets itself (accuracy, latency SLA,
-- parity tolerance) are one row per project; each numeric result also stores the threshold it
-- was judged against, so a later change of threshold never rewrites a past verdict.

CREATE TABLE checkpoint_thresholds (
  project_id TEXT PRIMARY KEY NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  accuracy_percent REAL CHECK (accuracy_percent BETWEEN 0 AND 100),
  latency_ms REAL CHECK (latency_ms >= 0),
  parity_points REAL CHECK (parity_points BETWEEN 0 AND 100),
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE checkpoint_runs (
  id TEXT PRIMARY KEY NOT NULL,
  project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  stage TEXT NOT NULL CHECK (stage IN ('data_validation', 'model_evaluation', 'security_review',
    'bias_audit', 'operational_readiness')),
  attempt INTEGER NOT NULL CHECK (attempt >= 1),
  status TEXT NOT NULL CHECK (status IN ('not_started', 'in_progress', 'passed', 'failed',
    'waived')),
  owner TEXT NOT NULL DEFAULT '',
  planned_start TEXT NOT NULL,
  planned_end TEXT NOT NULL,
  actual_start TEXT,
  actual_end TEXT,
  signoff_reviewer TEXT,
  signoff_on TEXT,
  signoff_comment TEXT,
  waiver_reason TEXT,
  waiver_approver TEXT,
  waiver_on TEXT,
  waiver_expires_on TEXT,
  created_at TEXT NOT NULL,
  UNIQUE (project_id, stage, attempt),
  -- A closed run always says who closed it: a sign-off for passed/failed, a waiver for waived.
  CHECK (status NOT IN ('passed', 'failed') OR signoff_reviewer IS NOT NULL),
  CHECK (status <> 'waived' OR (waiver_expires_on IS NOT NULL AND waiver_approver IS NOT NULL))
) STRICT;

CREATE TABLE checkpoint_evidence (
  run_id TEXT NOT NULL REFERENCES checkpoint_runs (id) ON DELETE CASCADE,
  artifact TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  link TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (run_id, artifact)
) STRICT;

CREATE TABLE checkpoint_criteria (
  run_id TEXT NOT NULL REFERENCES checkpoint_runs (id) ON DELETE CASCADE,
  criterion TEXT NOT NULL,
  met INTEGER CHECK (met IN (0, 1)),
  measured REAL,
  threshold REAL,
  PRIMARY KEY (run_id, criterion)
) STRICT;
