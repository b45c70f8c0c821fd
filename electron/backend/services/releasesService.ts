import { randomUUID } from 'node:crypto';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { Project } from '../../../shared/domain/project';
import type { Release, ReleasePatch } from '../../../shared/domain/release';
import { ReleasesRepository } from '../repositories/releasesRepository';
import { ProjectsRepository } from '../repositories/projectsRepository';
import { DomainError } from './DomainError';
import { writeChange, type ServiceContext } from './ServiceContext';

/** Model releases per project: each change one transaction with its history event. */
export class ReleasesService {
  private readonly repo: ReleasesRepository;
  private readonly projects: ProjectsRepository;

  constructor(private readonly ctx: ServiceContext) {
    this.repo = new ReleasesRepository(ctx.db);
    this.projects = new ProjectsRepository(ctx.db);
  }

  list(projectId: string): Release[] {
    this.project(projectId);
    return this.repo.listForProject(projectId);
  }

  all(): Release[] {
    return this.repo.listActive();
  }

  create(input: ParsedInputOf<'releases.create'>): Release {
    return writeChange(this.ctx, (at) => {
      const project = this.writable(input.projectId);
      const { projectId: _projectId, ...fields } = input;
      const release: Release = {
        id: randomUUID(),
        projectId: project.id,
        ...fields,
        createdAt: at,
        updatedAt: at,
      };
      this.repo.insert(release);
      return {
        result: release,
        event: this.event(release, 'create', `Recorded release ${release.version}`, null, release),
      };
    });
  }

  update(id: string, patch: ReleasePatch): Release {
    return writeChange(this.ctx, (at) => {
      const before = this.get(id);
      this.writable(before.projectId);
      const after: Release = { ...before, ...patch, updatedAt: at };
      if (after.servingOn !== null && after.servingOn < after.trainedOn) {
        throw new DomainError('INVALID_INPUT', 'Serving cannot start before training completed.', [
          { path: 'patch.servingOn', message: 'Serving cannot start before training completed' },
        ]);
      }
      this.repo.update(after);
      return {
        result: after,
        event: this.event(after, 'update', `Changed release ${after.version}`, before, after),
      };
    });
  }

  delete(id: string): { id: string } {
    return writeChange(this.ctx, () => {
      const release = this.get(id);
      this.writable(release.projectId);
      this.repo.delete(id);
      return {
        result: { id },
        event: this.event(release, 'delete', `Deleted release ${release.version}`, release, null),
      };
    });
  }

  private get(id: string): Release {
    const r = this.repo.get(id);
    if (!r) throw new DomainError('NOT_FOUND', 'That release no longer exists.');
    return r;
  }

  private project(id: string): Project {
    const p = this.projects.get(id);
    if (!p) throw new DomainError('NOT_FOUND', 'That project no longer exists.');
    return p;
  }

  private writable(id: string): Project {
    const p = this.project(id);
    if (p.archivedAt !== null) {
      throw new DomainError('READ_ONLY', `“${p.name}” is archived. Restore it to record releases.`);
    }
    return p;
  }

  private event(r: Release, action: string, summary: string, before: unknown, after: unknown) {
    return {
      entity: 'release',
      entityId: r.id,
      projectId: r.projectId,
      action,
      summary,
      before,
      after,
    };
  }
}
