import {
  orgRangeCheck,
  recommendOrgModel,
  type OrgRangeCheck,
  type OrgRecommendation,
} from '../framework/orgRecommendation';
import {
  activeProductCount,
  currentDecision,
  effectiveFigures,
  type EffectiveFigures,
  type OrgDecision,
  type OrgState,
} from './org';
import { EMPTY_OWNERSHIP, type OwnershipFields, type ProjectOwnership } from './ownership';
import { ownershipGaps, type OwnershipGap } from './ownershipGaps';
import type { Project, ProjectStage } from './project';

// The org model at a glance, from the records: the decision in force, today's figures and
// recommendation, whether the decision still fits, and each project's ownership gaps. The Org
// model page, `org show` and the report build on this one function.

export interface ProjectOwnershipSummary {
  projectId: string;
  name: string;
  stage: ProjectStage;
  /** Has anyone recorded its ownership yet? */
  recorded: boolean;
  gaps: OwnershipGap[];
}

export interface OrgOverview {
  decision: OrgDecision | null;
  /** Earlier decisions kept in the log. */
  earlierDecisions: number;
  figures: EffectiveFigures;
  recommendation: OrgRecommendation;
  /** Does the decision in force still fit today's figures? null: no decision yet. */
  range: OrgRangeCheck | null;
  /** Active projects (neither archived nor retired), in the order given, with their gaps. */
  projects: ProjectOwnershipSummary[];
}

/** A project's ownership, or all empty when nothing is recorded. */
export const ownershipFieldsOf = (
  projectId: string,
  byProject: ReadonlyMap<string, ProjectOwnership>,
): OwnershipFields => byProject.get(projectId) ?? EMPTY_OWNERSHIP;

/** The decision in force and its range check: what the portfolio's flags need. */
export function orgFlagContext(
  org: OrgState,
  projects: readonly Pick<Project, 'archivedAt' | 'stage'>[],
): { model: OrgDecision['model'] | null; range: OrgRangeCheck | null } {
  const decision = currentDecision(org.decisions);
  if (!decision) return { model: null, range: null };
  const figures = effectiveFigures(org.profile, activeProductCount(projects));
  return { model: decision.model, range: orgRangeCheck(decision.model, figures) };
}

export function orgOverview(
  org: OrgState,
  projects: readonly Project[],
  ownerships: readonly ProjectOwnership[],
): OrgOverview {
  const decision = currentDecision(org.decisions);
  const figures = effectiveFigures(org.profile, activeProductCount(projects));
  const byProject = new Map(ownerships.map((o) => [o.projectId, o]));
  return {
    decision,
    earlierDecisions: Math.max(0, org.decisions.length - 1),
    figures,
    recommendation: recommendOrgModel(figures),
    range: decision ? orgRangeCheck(decision.model, figures) : null,
    projects: projects
      .filter((p) => p.archivedAt === null && p.stage !== 'retired')
      .map((p) => ({
        projectId: p.id,
        name: p.name,
        stage: p.stage,
        recorded: byProject.has(p.id),
        gaps: ownershipGaps(p, ownershipFieldsOf(p.id, byProject), decision?.model ?? null),
      })),
  };
}
