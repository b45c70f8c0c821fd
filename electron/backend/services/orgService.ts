import { randomUUID } from 'node:crypto';
import { localToday } from '../../../shared/domain/calendar';
import { formatDay } from '../../../shared/domain/formatDay';
import {
  activeProductCount,
  effectiveFigures,
  EMPTY_ORG_PROFILE,
  type OrgDecision,
  type OrgProfile,
  type OrgProfileFields,
  type OrgState,
} from '../../../shared/domain/org';
import type { ParsedInputOf } from '../../../shared/api/contract';
import { orgModelByKey } from '../../../shared/framework/orgModels';
import { recommendOrgModel } from '../../../shared/framework/orgRecommendation';
import { OrgRepository } from '../repositories/orgRepository';
import { ProjectsRepository } from '../repositories/projectsRepository';
import { DomainError } from './DomainError';
import { writeChange, type ServiceContext } from './ServiceContext';

/**
 * The org model: the questionnaire (answers can change any time, each change recorded) and the
 * decision log, which only grows. A decision snapshots the figures and the recommendation of
 * the day it was recorded, so the log shows what the decision was made on.
 */
export class OrgService {
  private readonly repo: OrgRepository;
  private readonly projects: ProjectsRepository;

  constructor(private readonly ctx: ServiceContext) {
    this.repo = new OrgRepository(ctx.db);
    this.projects = new ProjectsRepository(ctx.db);
  }

  get(): OrgState {
    return { profile: this.profile(), decisions: this.repo.decisions() };
  }

  saveProfile(fields: OrgProfileFields): OrgProfile {
    return writeChange(this.ctx, (at) => {
      const before = this.profile();
      const after = { ...fields, updatedAt: at };
      this.repo.saveProfile(after);
      return {
        result: after,
        event: {
          entity: 'org_profile',
          entityId: 'workspace',
          projectId: null,
          action: 'update',
          summary: `Answered the org questionnaire: ${describeProfile(after)}`,
          before: before.updatedAt === null ? null : before,
          after,
        },
      };
    });
  }

  decide(input: ParsedInputOf<'org.decide'>): OrgDecision {
    return writeChange(this.ctx, (at) => {
      const today = localToday(this.ctx.now());
      if (input.decidedOn > today) {
        throw new DomainError('RULE_VIOLATION', 'A decision cannot be dated in the future.', [
          { path: 'decidedOn', message: `Choose ${formatDay(today)} or earlier` },
        ]);
      }
      const decisions = this.repo.decisions();
      const current = decisions.at(-1) ?? null;
      if (current && input.decidedOn < current.decidedOn) {
        throw new DomainError(
          'RULE_VIOLATION',
          `The decision in force is dated ${formatDay(current.decidedOn)}; a new decision cannot be dated before it. The log keeps decisions in order and never rewrites one.`,
          [{ path: 'decidedOn', message: `Choose ${formatDay(current.decidedOn)} or later` }],
        );
      }
      const figures = effectiveFigures(this.profile(), activeProductCount(this.projects.list()));
      const decision: OrgDecision = {
        id: randomUUID(),
        ...input,
        recordedAt: at,
        recordedBy: this.ctx.actor,
        figures: {
          mlEngineers: figures.mlEngineers,
          activeProducts: figures.activeProducts,
          modelsInProduction: figures.modelsInProduction,
          platformTeam: figures.platformTeam,
          platformTeamSize: figures.platformTeamSize,
        },
        recommended: recommendOrgModel(figures).recommended,
      };
      this.repo.insertDecision(decision);
      const name = orgModelByKey(decision.model).name;
      const by = decision.decidedBy ? ` by ${decision.decidedBy}` : '';
      return {
        result: decision,
        event: {
          entity: 'org_decision',
          entityId: decision.id,
          projectId: null,
          action: 'decide',
          summary:
            current === null
              ? `Decided the org model: ${name} (${decision.decidedOn}${by})`
              : `Replaced the org model ${orgModelByKey(current.model).name} with ${name} (${decision.decidedOn}${by}); the earlier decision stays in the log`,
          before: current,
          after: decision,
        },
      };
    });
  }

  private profile(): OrgProfile {
    return this.repo.profile() ?? EMPTY_ORG_PROFILE;
  }
}

function describeProfile(p: OrgProfileFields): string {
  const n = (v: number | null, what: string) =>
    v === null ? `${what} not answered` : `${v} ${what}`;
  return [
    n(p.mlEngineers, 'ML engineers'),
    p.activeProductsOverride === null
      ? 'active AI products counted from the portfolio'
      : `${p.activeProductsOverride} active AI products`,
    n(p.modelsInProduction, 'models in production'),
    p.platformTeam === null
      ? 'platform team not answered'
      : p.platformTeam
        ? `a platform team${p.platformTeamSize === null ? '' : ` of ${p.platformTeamSize}`}`
        : 'no platform team',
  ].join(', ');
}
