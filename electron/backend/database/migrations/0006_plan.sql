-- The 30-day plan, the project timeline and model releases (issue 8). New tables only: every
-- existing row is kept as it is.

-- One plan per project. audit_id is a plain reference (the audit it was built or re-planned
-- from), not a foreign key: a plan outlives any draft bookkeeping.
CREATE TABLE plans (
  project_id TEXT PRIMARY KEY NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  start_on TEXT NOT NULL,
  audit_id TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE plan_tasks (
  id TEXT PRIMARY KEY NOT NULL,
  project_id TEXT NOT NULL REFERENCES plans (project_id) ON DELETE CASCADE,
  section TEXT NOT NULL CHECK (section IN ('week_1', 'week_2', 'week_3', 'week_4', 'after')),
  position INTEGER NOT NULL CHECK (position >= 0),
  origin TEXT NOT NULL CHECK (origin IN ('practice', 'milestone', 'manual')),
  practice_key TEXT,
  audit_id TEXT,
  title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  description TEXT NOT NULL DEFAULT '',
  due_on TEXT NOT NULL,
  owner TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('todo', 'in_progress', 'blocked', 'done', 'skipped')),
  status_reason TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (status NOT IN ('blocked', 'skipped') OR length(status_reason) > 0),
  CHECK ((origin = 'manual') = (practice_key IS NULL))
) STRICT;

CREATE INDEX plan_tasks_by_project ON plan_tasks (project_id, section, position);
-- The portfolio's counts per project (closed, overdue, blocked) read from this index alone,
-- never from the table's rows (portfolio.summary at 1,000 projects with plans).
CREATE INDEX plan_tasks_counts ON plan_tasks (project_id, status, due_on);

-- When a project first served production, and its rank in the portfolio's priority (1 = the
-- one to take through the 30 days first). One row per project, written when first recorded.
CREATE TABLE project_timeline (
  project_id TEXT PRIMARY KEY NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  first_production_on TEXT,
  priority_rank INTEGER CHECK (priority_rank BETWEEN 1 AND 100000),
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE model_releases (
  id TEXT PRIMARY KEY NOT NULL,
  project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  version TEXT NOT NULL CHECK (length(version) BETWEEN 1 AND 60),
  prompt_version TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL CHECK (kind IN ('new_model', 'update')),
  trained_on TEXT NOT NULL,
  serving_on TEXT,
  notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (serving_on IS NULL OR serving_on >= trained_on)
) STRICT;

CREATE INDEX model_releases_by_project ON model_releases (project_id, trained_on);
