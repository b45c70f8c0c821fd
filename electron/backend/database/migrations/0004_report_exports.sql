-- Every report export: when, which report, format, content hash and headline. The latest one
-- of a report is the reference point of its "what changed since the previous report" (the
-- history events after history_seq) and of its trend. A deleted project keeps its exports
-- (they left the machine), with project_id cleared and the title it had then.

CREATE TABLE report_exports (
  id TEXT PRIMARY KEY NOT NULL,
  exported_at TEXT NOT NULL,
  actor TEXT NOT NULL,
  scope TEXT NOT NULL CHECK (scope IN ('project', 'portfolio')),
  project_id TEXT REFERENCES projects (id) ON DELETE SET NULL,
  title TEXT NOT NULL,
  format TEXT NOT NULL CHECK (format IN ('pdf', 'md', 'csv', 'json')),
  file_name TEXT NOT NULL,
  bytes INTEGER NOT NULL CHECK (bytes >= 0),
  content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
  headline TEXT NOT NULL,
  headline_tenths INTEGER,
  history_seq INTEGER NOT NULL CHECK (history_seq >= 0),
  history_hash TEXT NOT NULL,
  CHECK (scope = 'project' OR project_id IS NULL)
) STRICT;

CREATE INDEX report_exports_project ON report_exports (project_id, exported_at);
CREATE INDEX report_exports_time ON report_exports (exported_at);
