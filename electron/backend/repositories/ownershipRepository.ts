import {
  EMPTY_OWNERSHIP,
  FAILURE_MODES,
  type AlertOwner,
  type FailureMode,
  type HandoffStatus,
  type ProjectOwnership,
  type Runbook,
} from '../../../shared/domain/ownership';
import { ALERT_ROUTES, type AlertRoute, type RaciParty } from '../../../shared/framework/raci';
import type { Db } from '../database/openDatabase';

interface Row {
  project_id: string;
  product_team: string;
  ml_owner: string;
  platform_owner: string;
  engineering_manager: string;
  on_call_rotation: string;
  on_call_ml_infra_person: string;
  handoff_status: HandoffStatus;
  handoff_start: string | null;
  handoff_end: string | null;
  handoff_research_co_owner: string;
  handoff_production_co_owner: string;
  updated_at: string;
}

interface RunbookRow {
  project_id: string;
  failure_mode: FailureMode;
  present: number;
  reference: string;
}

interface RouteRow {
  project_id: string;
  route: AlertRoute;
  party: RaciParty | null;
  person: string | null;
}

/** Each project's ownership: one row, its runbooks and the alert routes it overrides. */
export class OwnershipRepository {
  constructor(private readonly db: Db) {}

  get(projectId: string): ProjectOwnership | undefined {
    return this.read('WHERE project_id = ?', [projectId])[0];
  }

  /** Every recorded ownership (projects with none recorded are absent). */
  list(): ProjectOwnership[] {
    return this.read('', []);
  }

  private read(where: string, params: string[]): ProjectOwnership[] {
    const rows = this.db
      .prepare<string[], Row>(`SELECT * FROM project_ownership ${where}`)
      .all(...params);
    if (rows.length === 0) return [];
    const runbooks = this.db
      .prepare<string[], RunbookRow>(`SELECT * FROM project_runbooks ${where}`)
      .all(...params);
    const routes = this.db
      .prepare<string[], RouteRow>(`SELECT * FROM project_alert_routes ${where}`)
      .all(...params);
    const byProject = new Map<string, ProjectOwnership>();
    for (const r of rows) {
      byProject.set(r.project_id, {
        projectId: r.project_id,
        productTeam: r.product_team,
        mlOwner: r.ml_owner,
        platformOwner: r.platform_owner,
        engineeringManager: r.engineering_manager,
        onCall: { rotation: r.on_call_rotation, mlInfraPerson: r.on_call_ml_infra_person },
        runbooks: { ...EMPTY_OWNERSHIP.runbooks },
        alertRoutes: { ...EMPTY_OWNERSHIP.alertRoutes },
        handoff: {
          status: r.handoff_status,
          plannedStart: r.handoff_start,
          plannedEnd: r.handoff_end,
          researchCoOwner: r.handoff_research_co_owner,
          productionCoOwner: r.handoff_production_co_owner,
        },
        updatedAt: r.updated_at,
      });
    }
    for (const b of runbooks) {
      const o = byProject.get(b.project_id);
      if (o) o.runbooks[b.failure_mode] = { present: b.present === 1, reference: b.reference };
    }
    for (const a of routes) {
      const o = byProject.get(a.project_id);
      if (!o) continue;
      const owner: AlertOwner =
        a.party !== null
          ? { kind: 'party', party: a.party }
          : { kind: 'person', name: a.person ?? '' };
      o.alertRoutes[a.route] = owner;
    }
    return [...byProject.values()];
  }

  /** Writes the whole record (call inside the change's transaction). */
  save(o: ProjectOwnership & { updatedAt: string }): void {
    const id = o.projectId;
    this.db
      .prepare(
        `INSERT INTO project_ownership (project_id, product_team, ml_owner, platform_owner,
           engineering_manager, on_call_rotation, on_call_ml_infra_person, handoff_status,
           handoff_start, handoff_end, handoff_research_co_owner, handoff_production_co_owner,
           updated_at)
         VALUES (@project_id, @product_team, @ml_owner, @platform_owner, @engineering_manager,
           @on_call_rotation, @on_call_ml_infra_person, @handoff_status, @handoff_start,
           @handoff_end, @handoff_research_co_owner, @handoff_production_co_owner, @updated_at)
         ON CONFLICT (project_id) DO UPDATE SET product_team = excluded.product_team,
           ml_owner = excluded.ml_owner, platform_owner = excluded.platform_owner,
           engineering_manager = excluded.engineering_manager,
           on_call_rotation = excluded.on_call_rotation,
           on_call_ml_infra_person = excluded.on_call_ml_infra_person,
           handoff_status = excluded.handoff_status, handoff_start = excluded.handoff_start,
           handoff_end = excluded.handoff_end,
           handoff_research_co_owner = excluded.handoff_research_co_owner,
           handoff_production_co_owner = excluded.handoff_production_co_owner,
           updated_at = excluded.updated_at`,
      )
      .run({
        project_id: id,
        product_team: o.productTeam,
        ml_owner: o.mlOwner,
        platform_owner: o.platformOwner,
        engineering_manager: o.engineeringManager,
        on_call_rotation: o.onCall.rotation,
        on_call_ml_infra_person: o.onCall.mlInfraPerson,
        handoff_status: o.handoff.status,
        handoff_start: o.handoff.plannedStart,
        handoff_end: o.handoff.plannedEnd,
        handoff_research_co_owner: o.handoff.researchCoOwner,
        handoff_production_co_owner: o.handoff.productionCoOwner,
        updated_at: o.updatedAt,
      });
    this.db.prepare('DELETE FROM project_runbooks WHERE project_id = ?').run(id);
    const runbook = this.db.prepare(
      'INSERT INTO project_runbooks (project_id, failure_mode, present, reference) VALUES (?, ?, ?, ?)',
    );
    for (const mode of FAILURE_MODES) {
      const r: Runbook = o.runbooks[mode];
      runbook.run(id, mode, r.present ? 1 : 0, r.reference);
    }
    this.db.prepare('DELETE FROM project_alert_routes WHERE project_id = ?').run(id);
    const route = this.db.prepare(
      'INSERT INTO project_alert_routes (project_id, route, party, person) VALUES (?, ?, ?, ?)',
    );
    for (const r of ALERT_ROUTES) {
      const a = o.alertRoutes[r];
      if (a.kind === 'party') route.run(id, r, a.party, null);
      if (a.kind === 'person') route.run(id, r, null, a.name);
    }
  }
}
