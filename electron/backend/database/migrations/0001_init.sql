-- Projects and the tamper-evident history. Conventions: snake_case, NOT NULL unless absence
-- means something, enums mirrored by TypeScript unions and CHECK constraints, ISO-8601 text
-- for timestamps (UTC) and YYYY-MM-DD for calendar dates.

CREATE TABLE projects (
  id TEXT PRIMARY KEY NOT NULL,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  description TEXT NOT NULL DEFAULT '',
  owner TEXT NOT NULL DEFAULT '',
  team TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL CHECK (kind IN ('classification', 'recommendation', 'llm', 'rag', 'agentic', 'other')),
  stage TEXT NOT NULL CHECK (stage IN ('poc', 'productionizing', 'in_production', 'retired')),
  poc_approved_on TEXT,
  target_on TEXT,
  archived_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- Names are unique among active projects only: archiving frees a name.
CREATE UNIQUE INDEX projects_active_name ON projects (name COLLATE NOCASE) WHERE archived_at IS NULL;

CREATE TABLE history_events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  -- The project the change belongs to (null for workspace-wide changes), for per-project history.
  project_id TEXT,
  action TEXT NOT NULL,
  summary TEXT NOT NULL,
  before_json TEXT,
  after_json TEXT,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE
) STRICT;

CREATE INDEX history_events_entity ON history_events (entity_id, seq);
CREATE INDEX history_events_project ON history_events (project_id, seq);
