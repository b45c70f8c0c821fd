import type { OwnershipFields } from '../domain/ownership';
import { EMPTY_OWNERSHIP } from '../domain/ownership';
import type { Project } from '../domain/project';
import type { StageRunFacts } from '../framework/checkpointRules';
import { projectFlags, type ProjectFlag, type ProjectFlagInput } from '../domain/projectFlags';

/**
 * What the portfolio screen passes to projectFlags besides the project: each project's
 * ownership and the org decision with its range check. The report passes the same, so it flags
 * exactly what the screen flags.
 */
export interface FlagContext {
  ownerships: ReadonlyMap<string, OwnershipFields>;
  org: NonNullable<ProjectFlagInput['org']>;
  /** The latest run of each checkpoint stage per project, as the portfolio screen loads them. */
  checkpoints?: ReadonlyMap<string, readonly StageRunFacts[]>;
}

export function reportFlags(
  project: Pick<Project, 'id' | 'pocApprovedOn' | 'stage' | 'archivedAt'>,
  today: string,
  context: FlagContext | undefined,
): ProjectFlag[] {
  if (!context) return projectFlags({ project, today });
  return projectFlags({
    project,
    today,
    ownership: context.ownerships.get(project.id) ?? EMPTY_OWNERSHIP,
    org: context.org,
    ...(context.checkpoints && { checkpoints: context.checkpoints.get(project.id) ?? [] }),
  });
}
