-- The org model and who owns what. The questionnaire is one row per workspace; the decision log
-- is append-only (the triggers below refuse any UPDATE or DELETE, so no code path can rewrite a
-- past decision); ownership is one row per project, with a runbook per failure mode and the
-- alert routes a project sends somewhere else than its org model's default.

CREATE TABLE org_profile (
  id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
  -- NULL: not answered (for products: count the portfolio's active projects).
  ml_engineers INTEGER CHECK (ml_engineers BETWEEN 0 AND 100000),
  active_products_override INTEGER CHECK (active_products_override BETWEEN 0 AND 100000),
  models_in_production INTEGER CHECK (models_in_production BETWEEN 0 AND 100000),
  platform_team INTEGER CHECK (platform_team IN (0, 1)),
  platform_team_size INTEGER CHECK (platform_team_size BETWEEN 0 AND 100000),
  updated_at TEXT NOT NULL,
  CHECK (platform_team_size IS NULL OR platform_team IS 1)
) STRICT;

CREATE TABLE org_decisions (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  -- Three models only: "the data science team owns production" is an anti-pattern, not a model.
  model TEXT NOT NULL CHECK (model IN ('centralized', 'embedded', 'hybrid')),
  rationale TEXT NOT NULL CHECK (length(trim(rationale)) > 0),
  decided_by TEXT NOT NULL DEFAULT '',
  decided_on TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  -- The figures when the decision was recorded, and what the app recommended from them.
  ml_engineers INTEGER,
  active_products INTEGER NOT NULL,
  models_in_production INTEGER,
  platform_team INTEGER CHECK (platform_team IN (0, 1)),
  platform_team_size INTEGER,
  recommended TEXT CHECK (recommended IN ('centralized', 'embedded', 'hybrid'))
) STRICT;

CREATE TRIGGER org_decisions_append_only_update BEFORE UPDATE ON org_decisions
BEGIN
  SELECT RAISE(ABORT, 'crossing: org decisions are append-only');
END;

CREATE TRIGGER org_decisions_append_only_delete BEFORE DELETE ON org_decisions
BEGIN
  SELECT RAISE(ABORT, 'crossing: org decisions are append-only');
END;

-- '' means "not recorded" (the gaps list names it).
CREATE TABLE project_ownership (
  project_id TEXT PRIMARY KEY NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  product_team TEXT NOT NULL DEFAULT '',
  ml_owner TEXT NOT NULL DEFAULT '',
  platform_owner TEXT NOT NULL DEFAULT '',
  engineering_manager TEXT NOT NULL DEFAULT '',
  on_call_rotation TEXT NOT NULL DEFAULT '',
  on_call_ml_infra_person TEXT NOT NULL DEFAULT '',
  handoff_status TEXT NOT NULL DEFAULT 'not_planned'
    CHECK (handoff_status IN ('not_planned', 'planned', 'in_progress', 'done')),
  handoff_start TEXT,
  handoff_end TEXT,
  handoff_research_co_owner TEXT NOT NULL DEFAULT '',
  handoff_production_co_owner TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL,
  CHECK (handoff_start IS NULL OR handoff_end IS NULL OR handoff_end > handoff_start)
) STRICT;

CREATE TABLE project_runbooks (
  project_id TEXT NOT NULL REFERENCES project_ownership (project_id) ON DELETE CASCADE,
  failure_mode TEXT NOT NULL CHECK (failure_mode IN ('rollback', 'retrain', 'threshold', 'escalate')),
  present INTEGER NOT NULL CHECK (present IN (0, 1)),
  -- A link or a note; required when the runbook exists, so on-call can find it.
  reference TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (project_id, failure_mode),
  CHECK (present = 0 OR length(reference) > 0)
) STRICT;

-- Only routes a project overrides: either one of the RACI parties or a named person.
CREATE TABLE project_alert_routes (
  project_id TEXT NOT NULL REFERENCES project_ownership (project_id) ON DELETE CASCADE,
  route TEXT NOT NULL CHECK (route IN ('drift', 'latency', 'cost')),
  party TEXT CHECK (party IN ('product_team', 'ml_owner', 'platform_owner', 'engineering_manager',
    'data_science', 'data_engineering', 'appsec', 'responsible_ai')),
  person TEXT CHECK (length(person) > 0),
  PRIMARY KEY (project_id, route),
  CHECK ((party IS NULL) <> (person IS NULL))
) STRICT;
