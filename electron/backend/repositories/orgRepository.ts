import type { OrgModelKey } from '../../../shared/framework/orgModels';
import type { OrgDecision, OrgProfile } from '../../../shared/domain/org';
import type { Db } from '../database/openDatabase';

interface ProfileRow {
  ml_engineers: number | null;
  active_products_override: number | null;
  models_in_production: number | null;
  platform_team: number | null;
  platform_team_size: number | null;
  updated_at: string;
}

interface DecisionRow {
  id: string;
  model: OrgModelKey;
  rationale: string;
  decided_by: string;
  decided_on: string;
  recorded_at: string;
  recorded_by: string;
  ml_engineers: number | null;
  active_products: number;
  models_in_production: number | null;
  platform_team: number | null;
  platform_team_size: number | null;
  recommended: OrgModelKey | null;
}

const bool = (v: number | null): boolean | null => (v === null ? null : v === 1);
const bit = (v: boolean | null): number | null => (v === null ? null : v ? 1 : 0);

const toDecision = (r: DecisionRow): OrgDecision => ({
  id: r.id,
  model: r.model,
  rationale: r.rationale,
  decidedBy: r.decided_by,
  decidedOn: r.decided_on,
  recordedAt: r.recorded_at,
  recordedBy: r.recorded_by,
  figures: {
    mlEngineers: r.ml_engineers,
    activeProducts: r.active_products,
    modelsInProduction: r.models_in_production,
    platformTeam: bool(r.platform_team),
    platformTeamSize: r.platform_team_size,
  },
  recommended: r.recommended,
});

/** The questionnaire (one row) and the decision log (insert and read only: it is append-only). */
export class OrgRepository {
  constructor(private readonly db: Db) {}

  profile(): OrgProfile | undefined {
    const r = this.db.prepare<[], ProfileRow>('SELECT * FROM org_profile WHERE id = 1').get();
    return (
      r && {
        mlEngineers: r.ml_engineers,
        activeProductsOverride: r.active_products_override,
        modelsInProduction: r.models_in_production,
        platformTeam: bool(r.platform_team),
        platformTeamSize: r.platform_team_size,
        updatedAt: r.updated_at,
      }
    );
  }

  saveProfile(p: OrgProfile & { updatedAt: string }): void {
    this.db
      .prepare(
        `INSERT INTO org_profile (id, ml_engineers, active_products_override, models_in_production,
           platform_team, platform_team_size, updated_at)
         VALUES (1, @ml_engineers, @active_products_override, @models_in_production,
           @platform_team, @platform_team_size, @updated_at)
         ON CONFLICT (id) DO UPDATE SET ml_engineers = excluded.ml_engineers,
           active_products_override = excluded.active_products_override,
           models_in_production = excluded.models_in_production,
           platform_team = excluded.platform_team,
           platform_team_size = excluded.platform_team_size,
           updated_at = excluded.updated_at`,
      )
      .run({
        ml_engineers: p.mlEngineers,
        active_products_override: p.activeProductsOverride,
        models_in_production: p.modelsInProduction,
        platform_team: bit(p.platformTeam),
        platform_team_size: p.platformTeamSize,
        updated_at: p.updatedAt,
      });
  }

  /** Every decision, in the order recorded (the last one is in force). */
  decisions(): OrgDecision[] {
    return this.db
      .prepare<[], DecisionRow>('SELECT * FROM org_decisions ORDER BY seq')
      .all()
      .map(toDecision);
  }

  insertDecision(d: OrgDecision): void {
    this.db
      .prepare(
        `INSERT INTO org_decisions (id, model, rationale, decided_by, decided_on, recorded_at,
           recorded_by, ml_engineers, active_products, models_in_production, platform_team,
           platform_team_size, recommended)
         VALUES (@id, @model, @rationale, @decided_by, @decided_on, @recorded_at, @recorded_by,
           @ml_engineers, @active_products, @models_in_production, @platform_team,
           @platform_team_size, @recommended)`,
      )
      .run({
        id: d.id,
        model: d.model,
        rationale: d.rationale,
        decided_by: d.decidedBy,
        decided_on: d.decidedOn,
        recorded_at: d.recordedAt,
        recorded_by: d.recordedBy,
        ml_engineers: d.figures.mlEngineers,
        active_products: d.figures.activeProducts ?? 0,
        models_in_production: d.figures.modelsInProduction,
        platform_team: bit(d.figures.platformTeam),
        platform_team_size: d.figures.platformTeamSize,
        recommended: d.recommended,
      });
  }
}
