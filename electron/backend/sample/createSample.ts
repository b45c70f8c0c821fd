import { randomUUID } from 'node:crypto';
import type { Audit } from '../../../shared/domain/audit';
import { addDays, localToday } from '../../../shared/domain/calendar';
import { PROJECT_KINDS, PROJECT_STAGES, type Project } from '../../../shared/domain/project';
import type { SampleSummary } from '../../../shared/domain/sample';
import { FRAMEWORK_VERSION, GAP_KEYS, type GapKey } from '../../../shared/framework';
import { scoreOfAudit } from '../../../shared/domain/auditRules';
import { AuditsRepository } from '../repositories/auditsRepository';
import { ProjectsRepository } from '../repositories/projectsRepository';
import { DomainError } from '../services/DomainError';
import type { ServiceContext } from '../services/ServiceContext';
import { sampleAnswers, seededRandom } from './sampleAnswers';
import { SAMPLE_EXTENSIONS, type SampleRun, type SampleProjectRecord } from './sampleExtensions';
import {
  SAMPLE_FACILITATORS,
  SAMPLE_MISSING,
  SAMPLE_PARTICIPANTS,
  SAMPLE_PROJECTS,
  type SampleAudit,
  type SampleProject,
} from './sampleProjects';

/** Projects written per transaction when generating a large sample. */
const BATCH = 250;
/** Final audits of each generated project (beyond the curated ones). */
const GENERATED_AUDITS = 5;

/**
 * Fills an empty workspace with the sample portfolio (and, with `projects`, generated projects
 * up to that many, for measuring scale). Writes go straight through the repositories, one
 * history event per record created, one transaction per batch: the sample is data as a team
 * would have entered it, not a replay of every keystroke.
 */
export function createSample(ctx: ServiceContext, opts: { projects?: number }): SampleSummary {
  const existing = ctx.db.prepare<[], number>('SELECT count(*) FROM projects').pluck().get() ?? 0;
  if (existing > 0) {
    throw new DomainError(
      'CONFLICT',
      `The workspace already holds ${existing === 1 ? '1 project' : `${existing} projects`}; the sample only goes into an empty workspace.`,
    );
  }
  const total = opts.projects ?? SAMPLE_PROJECTS.length;
  const today = localToday(ctx.now());
  const specs: SampleProject[] = [];
  for (let i = 0; i < total; i++) specs.push(SAMPLE_PROJECTS[i] ?? generatedProject(i));

  const run: SampleRun = { ctx, today, records: [] };
  const writer = new SampleWriter(ctx, today);
  for (let start = 0; start < specs.length; start += BATCH) {
    ctx.db.transaction(() => {
      for (const [offset, spec] of specs.slice(start, start + BATCH).entries()) {
        run.records.push(writer.write(spec, start + offset));
      }
    })();
  }
  // Later features add their data (plans, checkpoints, ...) to the projects just written.
  ctx.db.transaction(() => {
    for (const extension of SAMPLE_EXTENSIONS) extension.apply(run);
  })();
  return {
    projects: run.records.length,
    audits: run.records.reduce((n, r) => n + r.audits.length, 0),
  };
}

class SampleWriter {
  private readonly projects: ProjectsRepository;
  private readonly audits: AuditsRepository;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly today: string,
  ) {
    this.projects = new ProjectsRepository(ctx.db);
    this.audits = new AuditsRepository(ctx.db);
  }

  write(spec: SampleProject, index: number): SampleProjectRecord {
    const at = this.ctx.now().toISOString();
    const day = (daysAgo: number) => addDays(this.today, -daysAgo);
    const firstDay = Math.max(spec.pocApprovedDaysAgo ?? 0, ...spec.audits.map((a) => a.daysAgo));
    const created = `${day(firstDay)}T09:00:00.000Z`;
    const project: Project = {
      id: randomUUID(),
      name: spec.name,
      description: spec.description,
      owner: spec.owner,
      team: spec.team,
      kind: spec.kind,
      stage: spec.stage,
      pocApprovedOn: spec.pocApprovedDaysAgo === null ? null : day(spec.pocApprovedDaysAgo),
      targetOn: spec.targetInDays === null ? null : addDays(this.today, spec.targetInDays),
      archivedAt: null,
      createdAt: created,
      updatedAt: created,
    };
    this.projects.insert(project);
    this.record(
      at,
      project.id,
      'project',
      project.id,
      'create',
      `Created project “${project.name}” (sample data)`,
      project,
    );

    const random = seededRandom(index + 1);
    const audits = spec.audits.map((a, n) => this.writeAudit(project, a, n, index, random));

    if (spec.archived) {
      const archived: Project = { ...project, archivedAt: at, updatedAt: at };
      this.projects.update(archived);
      this.record(
        at,
        project.id,
        'project',
        project.id,
        'archive',
        `Archived “${project.name}”`,
        archived,
      );
      return { spec, project: archived, audits };
    }
    return { spec, project, audits };
  }

  private writeAudit(
    project: Project,
    a: SampleAudit,
    n: number,
    index: number,
    random: () => number,
  ): Audit {
    const takenOn = addDays(this.today, -a.daysAgo);
    const final = a.status === 'final';
    const practices = sampleAnswers(project.kind, a.targets, random, final ? 1 : 0.6);
    const missing = Object.fromEntries(
      GAP_KEYS.map((k) => [k, a.targets[k] < 1 ? pick(SAMPLE_MISSING[k], index + n) : '']),
    ) as Record<GapKey, string>;
    const audit: Audit = {
      id: randomUUID(),
      projectId: project.id,
      title: final ? (n === 0 ? 'Baseline audit' : `Follow-up audit ${n}`) : 'Workshop in progress',
      takenOn,
      facilitator: pick(SAMPLE_FACILITATORS, index + n),
      participants: [0, 1, 2, 3].map((k) => pick(SAMPLE_PARTICIPANTS, index + n + k)),
      timerMinutes: 10,
      // Audits finalised 60 or more days ago predate framework 2026.2, so comparing them with a
      // newer one shows what changed between the versions (issue 9).
      frameworkVersion: final && a.daysAgo >= 60 ? '2026.1' : FRAMEWORK_VERSION,
      status: 'draft',
      copiedFromId: null,
      finalizedAt: null,
      createdAt: `${takenOn}T10:00:00.000Z`,
      updatedAt: `${takenOn}T10:00:00.000Z`,
      practices,
      missing,
    };
    // Answers go in while the audit is a draft: the database refuses them on a final audit.
    this.audits.insert(audit);
    const stored: Audit = final
      ? {
          ...audit,
          status: 'final',
          finalizedAt: `${takenOn}T16:00:00.000Z`,
          updatedAt: `${takenOn}T16:00:00.000Z`,
        }
      : audit;
    if (final) this.audits.updateFields(stored);
    const score = scoreOfAudit(stored);
    this.record(
      this.ctx.now().toISOString(),
      project.id,
      'audit',
      stored.id,
      'create',
      `Recorded ${final ? 'final' : 'draft'} audit “${stored.title}” of ${takenOn} (sample data)`,
      { title: stored.title, takenOn, status: stored.status, headline: score.headline },
    );
    return stored;
  }

  private record(
    at: string,
    projectId: string,
    entity: string,
    entityId: string,
    action: string,
    summary: string,
    after: unknown,
  ): void {
    this.ctx.history.append({
      at,
      actor: this.ctx.actor,
      entity,
      entityId,
      projectId,
      action,
      summary,
      before: null,
      after,
    });
  }
}

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

/** A generated project for large samples: every kind and stage in turn, a rising trend. */
function generatedProject(i: number): SampleProject {
  const random = seededRandom(10_000 + i);
  const base = 0.1 + random() * 0.5;
  const audits: SampleAudit[] = Array.from({ length: GENERATED_AUDITS }, (_, n) => {
    const level = Math.min(1, base + n * 0.1);
    const jitter = () => Math.min(1, Math.max(0, level + (random() - 0.5) * 0.3));
    return {
      daysAgo: (GENERATED_AUDITS - n) * 30,
      status: 'final',
      targets: {
        pipeline: jitter(),
        versioning: jitter(),
        fallback: jitter(),
        observability: jitter(),
        governance: jitter(),
      },
    };
  });
  return {
    key: `generated-${i}`,
    name: `Sample project ${String(i + 1).padStart(5, '0')}`,
    description: 'A generated project for trying Crossing with a large portfolio.',
    owner: pick(SAMPLE_FACILITATORS, i),
    team: `Team ${(i % 40) + 1}`,
    kind: pick(PROJECT_KINDS, i),
    stage: pick(PROJECT_STAGES, i),
    pocApprovedDaysAgo: 30 + (i % 200),
    targetInDays: (i % 90) - 30,
    audits,
  };
}
