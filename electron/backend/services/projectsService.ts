import { randomUUID } from 'node:crypto';
import {
  targetDateProblem,
  type Project,
  type ProjectFields,
  type ProjectPatch,
} from '../../../shared/domain/project';
import { ProjectsRepository } from '../repositories/projectsRepository';
import { DomainError } from './DomainError';
import { writeChange, type ServiceContext } from './ServiceContext';

export class ProjectsService {
  private readonly repo: ProjectsRepository;

  constructor(private readonly ctx: ServiceContext) {
    this.repo = new ProjectsRepository(ctx.db);
  }

  list(): Project[] {
    return this.repo.list();
  }

  get(id: string): Project {
    const p = this.repo.get(id);
    if (!p) throw notFound();
    return p;
  }

  create(fields: ProjectFields): Project {
    return writeChange(this.ctx, (at) => {
      this.assertNameFree(fields.name);
      const project: Project = {
        id: randomUUID(),
        ...fields,
        archivedAt: null,
        createdAt: at,
        updatedAt: at,
      };
      this.repo.insert(project);
      return {
        result: project,
        event: {
          entity: 'project',
          entityId: project.id,
          projectId: project.id,
          action: 'create',
          summary: `Created project “${project.name}”`,
          before: null,
          after: project,
        },
      };
    });
  }

  update(id: string, patch: ProjectPatch): Project {
    return writeChange(this.ctx, (at) => {
      const before = this.get(id);
      if (before.archivedAt !== null) {
        throw new DomainError(
          'READ_ONLY',
          `“${before.name}” is archived. Restore it to change it.`,
        );
      }
      if (patch.name !== undefined) this.assertNameFree(patch.name, id);
      const after: Project = { ...before, ...patch, updatedAt: at };
      // The patch may change one date only: judge the pair it leaves.
      const dates = targetDateProblem(after);
      if (dates)
        throw new DomainError('INVALID_INPUT', dates, [{ path: 'targetOn', message: dates }]);
      this.repo.update(after);
      return {
        result: after,
        event: {
          entity: 'project',
          entityId: id,
          projectId: id,
          action: 'update',
          summary: describeChanges(before, after),
          before,
          after,
        },
      };
    });
  }

  archive(id: string): Project {
    return writeChange(this.ctx, (at) => {
      const before = this.get(id);
      if (before.archivedAt !== null)
        throw new DomainError('CONFLICT', `“${before.name}” is already archived.`);
      const after: Project = { ...before, archivedAt: at, updatedAt: at };
      this.repo.update(after);
      return {
        result: after,
        event: {
          entity: 'project',
          entityId: id,
          projectId: id,
          action: 'archive',
          summary: `Archived “${before.name}”`,
          before,
          after,
        },
      };
    });
  }

  unarchive(id: string): Project {
    return writeChange(this.ctx, (at) => {
      const before = this.get(id);
      if (before.archivedAt === null)
        throw new DomainError('CONFLICT', `“${before.name}” is not archived.`);
      this.assertNameFree(before.name, id, 'Rename it or archive the other one first.');
      const after: Project = { ...before, archivedAt: null, updatedAt: at };
      this.repo.update(after);
      return {
        result: after,
        event: {
          entity: 'project',
          entityId: id,
          projectId: id,
          action: 'unarchive',
          summary: `Restored “${before.name}” from the archive`,
          before,
          after,
        },
      };
    });
  }

  /** Deletes the project and (through foreign keys) everything recorded under it. */
  delete(id: string): { id: string } {
    return writeChange(this.ctx, () => {
      const before = this.get(id);
      this.repo.delete(id);
      return {
        result: { id },
        event: {
          entity: 'project',
          entityId: id,
          projectId: id,
          action: 'delete',
          summary: `Deleted project “${before.name}”`,
          before,
          after: null,
        },
      };
    });
  }

  private assertNameFree(name: string, exceptId?: string, hint = 'Choose another name.'): void {
    const clash = this.repo.findActiveByName(name, exceptId);
    if (clash) {
      throw new DomainError(
        'CONFLICT',
        `Another active project is already called “${clash.name}”. ${hint}`,
        [{ path: 'name', message: 'An active project already has this name' }],
      );
    }
  }
}

const notFound = () => new DomainError('NOT_FOUND', 'That project no longer exists.');

const FIELD_LABELS: Partial<Record<keyof Project, string>> = {
  name: 'name',
  description: 'description',
  owner: 'owner',
  team: 'team',
  kind: 'kind of system',
  stage: 'stage',
  pocApprovedOn: 'PoC approval date',
  targetOn: 'target date',
};

function describeChanges(before: Project, after: Project): string {
  const changed = (Object.keys(FIELD_LABELS) as (keyof Project)[]).filter(
    (k) => before[k] !== after[k],
  );
  if (changed.length === 0) return `Saved “${after.name}” without changes`;
  if (changed.length === 1 && changed[0] === 'name')
    return `Renamed “${before.name}” to “${after.name}”`;
  return `Changed ${changed.map((k) => FIELD_LABELS[k]).join(', ')} of “${after.name}”`;
}
