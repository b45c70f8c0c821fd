import {
  EMPTY_OWNERSHIP,
  type OwnershipFields,
  type ProjectOwnership,
} from '../../../shared/domain/ownership';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { Project } from '../../../shared/domain/project';
import { OwnershipRepository } from '../repositories/ownershipRepository';
import { ProjectsRepository } from '../repositories/projectsRepository';
import { DomainError } from './DomainError';
import { writeChange, type ServiceContext } from './ServiceContext';

/** Who owns what for each project: read (empty until recorded) and saved whole. */
export class OwnershipService {
  private readonly repo: OwnershipRepository;
  private readonly projects: ProjectsRepository;

  constructor(private readonly ctx: ServiceContext) {
    this.repo = new OwnershipRepository(ctx.db);
    this.projects = new ProjectsRepository(ctx.db);
  }

  get(projectId: string): ProjectOwnership {
    this.project(projectId);
    return this.repo.get(projectId) ?? { ...EMPTY_OWNERSHIP, projectId, updatedAt: null };
  }

  list(): ProjectOwnership[] {
    return this.repo.list();
  }

  save(input: ParsedInputOf<'ownership.save'>): ProjectOwnership {
    return writeChange(this.ctx, (at) => {
      const project = this.project(input.projectId);
      if (project.archivedAt !== null) {
        throw new DomainError(
          'READ_ONLY',
          `“${project.name}” is archived. Restore it to change who owns what.`,
        );
      }
      const before = this.get(project.id);
      const after = { ...input.ownership, projectId: project.id, updatedAt: at };
      this.repo.save(after);
      return {
        result: after,
        event: {
          entity: 'ownership',
          entityId: project.id,
          projectId: project.id,
          action: 'update',
          summary: describeChanges(project, before, after),
          before: before.updatedAt === null ? null : before,
          after,
        },
      };
    });
  }

  private project(id: string): Project {
    const p = this.projects.get(id);
    if (!p) throw new DomainError('NOT_FOUND', 'That project no longer exists.');
    return p;
  }
}

const PARTS: [string, (o: OwnershipFields) => unknown][] = [
  ['owners', (o) => [o.productTeam, o.mlOwner, o.platformOwner, o.engineeringManager]],
  ['on-call', (o) => o.onCall],
  ['runbooks', (o) => o.runbooks],
  ['alert routing', (o) => o.alertRoutes],
  ['hand-off sprint', (o) => o.handoff],
];

function describeChanges(
  project: Project,
  before: OwnershipFields,
  after: OwnershipFields,
): string {
  const changed = PARTS.filter(
    ([, pick]) => JSON.stringify(pick(before)) !== JSON.stringify(pick(after)),
  );
  if (changed.length === 0) return `Saved who owns what for “${project.name}” without changes`;
  return `Recorded who owns what for “${project.name}”: ${changed.map(([name]) => name).join(', ')}`;
}
