import { randomUUID } from 'node:crypto';
import type { ParsedInputOf } from '../../../shared/api/contract';
import { localToday } from '../../../shared/domain/calendar';
import type { CheckpointRun, ProjectCheckpoints } from '../../../shared/domain/checkpoints';
import { EMPTY_OWNERSHIP } from '../../../shared/domain/ownership';
import { resolveParty } from '../../../shared/domain/ownershipRoles';
import type { Project } from '../../../shared/domain/project';
import {
  CHECKPOINT_STAGES,
  defaultCheckpointParty,
  describeCriterion,
  latestRun,
  missingForPass,
  plannedEndFor,
  RUN_STATUS_LABELS,
  stageDef,
  thresholdFor,
  type CheckpointStageKey,
  type CriterionFacts,
  type ProjectThresholds,
} from '../../../shared/framework';
import { CheckpointsRepository } from '../repositories/checkpointsRepository';
import { OrgRepository } from '../repositories/orgRepository';
import { OwnershipRepository } from '../repositories/ownershipRepository';
import { ProjectsRepository } from '../repositories/projectsRepository';
import { DomainError } from './DomainError';
import { writeChange, type ServiceContext } from './ServiceContext';

const OPEN = new Set(['not_started', 'in_progress']);

/**
 * Governance checkpoints per project: runs of the five stages (reruns keep every run), evidence,
 * criteria results, sign-off and waivers. Every write is one transaction with its history event.
 * The rules (what a pass needs, how a numeric criterion is judged) are the shared framework's.
 */
export class CheckpointsService {
  private readonly repo: CheckpointsRepository;
  private readonly projects: ProjectsRepository;

  constructor(private readonly ctx: ServiceContext) {
    this.repo = new CheckpointsRepository(ctx.db);
    this.projects = new ProjectsRepository(ctx.db);
  }

  get(projectId: string): ProjectCheckpoints {
    const project = this.project(projectId);
    return {
      projectId: project.id,
      thresholds: this.repo.thresholds(project.id),
      runs: this.repo.runs(project.id),
      defaultOwners: Object.fromEntries(
        CHECKPOINT_STAGES.map((s) => [s, this.defaultOwner(project.id, s)]),
      ) as Record<CheckpointStageKey, string>,
    };
  }

  /**
   * Who owns a stage by default: the responsible party of the org decision in force (the
   * framework's stage owner before any decision), as the name the project recorded for that role.
   */
  defaultOwner(projectId: string, stage: CheckpointStageKey): string {
    const model = new OrgRepository(this.ctx.db).decisions().at(-1)?.model ?? null;
    const ownership = new OwnershipRepository(this.ctx.db).get(projectId) ?? EMPTY_OWNERSHIP;
    const p = resolveParty(defaultCheckpointParty(stage, model), ownership);
    return p.name ? `${p.name} (${p.label})` : p.label;
  }

  setThresholds(input: ParsedInputOf<'checkpoints.setThresholds'>): ProjectThresholds {
    return writeChange(this.ctx, (at) => {
      const project = this.writable(input.projectId);
      const before = this.repo.thresholds(project.id);
      const after: ProjectThresholds = {
        accuracyPercent: input.accuracyPercent,
        latencyMs: input.latencyMs,
        parityPoints: input.parityPoints,
      };
      this.repo.saveThresholds(project.id, after, at);
      const show = (v: number | null, unit: string) => (v === null ? 'not set' : `${v}${unit}`);
      return {
        result: after,
        event: {
          entity: 'checkpoint_thresholds',
          entityId: project.id,
          projectId: project.id,
          action: 'update',
          summary: `Set the checkpoint thresholds of “${project.name}”: accuracy ${show(after.accuracyPercent, '%')}, latency SLA ${show(after.latencyMs, ' ms')}, parity tolerance ${show(after.parityPoints, ' points')}`,
          before,
          after,
        },
      };
    });
  }

  openRun(input: ParsedInputOf<'checkpoints.openRun'>): CheckpointRun {
    return writeChange(this.ctx, (at) => {
      const project = this.writable(input.projectId);
      const runs = this.repo.runs(project.id);
      const latest = latestRun(runs, input.stage);
      const name = stageDef(input.stage).name;
      if (latest && OPEN.has(latest.status)) {
        throw new DomainError(
          'RULE_VIOLATION',
          `${name} already has an open run (attempt ${latest.attempt}, ${RUN_STATUS_LABELS[latest.status].toLowerCase()}). Sign it off or waive it before running the stage again.`,
        );
      }
      const run: CheckpointRun = {
        id: randomUUID(),
        projectId: project.id,
        stage: input.stage,
        attempt: (latest?.attempt ?? 0) + 1,
        status: input.actualStart === null ? 'not_started' : 'in_progress',
        owner: input.owner || this.defaultOwner(project.id, input.stage),
        plannedStart: input.plannedStart,
        plannedEnd: plannedEndFor(input.stage, input.plannedStart),
        actualStart: input.actualStart,
        actualEnd: null,
        evidence: [],
        criteria: [],
        signOff: null,
        waiver: null,
        createdAt: at,
      };
      this.repo.insertRun(run);
      return {
        result: run,
        event: {
          entity: 'checkpoint_run',
          entityId: run.id,
          projectId: project.id,
          action: 'create',
          summary: `${run.attempt > 1 ? 'Reran' : 'Opened'} ${name} for “${project.name}” (attempt ${run.attempt}, owner ${run.owner}, planned ${run.plannedStart} to ${run.plannedEnd})`,
          before: null,
          after: run,
        },
      };
    });
  }

  recordEvidence(input: ParsedInputOf<'checkpoints.recordEvidence'>): CheckpointRun {
    return this.changeOpenRun(input.runId, (run, project) => {
      const artifact = stageDef(run.stage).artifacts.find((a) => a.key === input.artifact);
      if (!artifact) throw notOfStage(run.stage, 'artifact');
      this.repo.saveEvidence(run.id, artifact.key, input.note, input.link);
      return `Recorded evidence for ${artifact.label} (${stageDef(run.stage).name}, “${project.name}”)`;
    });
  }

  recordCriterion(input: ParsedInputOf<'checkpoints.recordCriterion'>): CheckpointRun {
    return this.changeOpenRun(input.runId, (run, project) => {
      const def = stageDef(run.stage).criteria.find((c) => c.key === input.criterion);
      if (!def) throw notOfStage(run.stage, 'criterion');
      const r = input.result;
      if (r === null) {
        this.repo.saveCriterion(run.id, def.key, null);
        return `Cleared ${def.label} (${stageDef(run.stage).name}, “${project.name}”)`;
      }
      let saved: CriterionFacts;
      if (def.kind === 'boolean') {
        if (!('met' in r)) throw wrongKind(def.label, 'yes or no');
        saved = { key: def.key, met: r.met, measured: null, threshold: null };
      } else {
        if (!('measured' in r)) throw wrongKind(def.label, 'a measured value');
        const threshold = thresholdFor(def, this.repo.thresholds(run.projectId));
        saved = { key: def.key, met: null, measured: r.measured, threshold };
      }
      this.repo.saveCriterion(run.id, def.key, saved);
      return `Recorded ${describeCriterion(def, saved)} (${stageDef(run.stage).name}, “${project.name}”)`;
    });
  }

  signOff(input: ParsedInputOf<'checkpoints.signOff'>): CheckpointRun {
    return this.closeRun(input.runId, input.on, (run) => {
      if (input.outcome === 'passed') {
        const missing = missingForPass(run);
        if (missing.length > 0) {
          throw new DomainError(
            'RULE_VIOLATION',
            `${stageDef(run.stage).name} cannot pass yet. Missing: ${missing.join('; ')}.`,
            missing.map((m) => ({ path: 'outcome', message: m })),
          );
        }
      }
      run.status = input.outcome;
      run.signOff = { reviewer: input.reviewer, on: input.on, comment: input.comment };
      return `${input.outcome === 'passed' ? 'Passed' : 'Failed'} ${stageDef(run.stage).name}, attempt ${run.attempt}, signed off by ${input.reviewer} on ${input.on}`;
    });
  }

  waive(input: ParsedInputOf<'checkpoints.waive'>): CheckpointRun {
    return this.closeRun(
      input.runId,
      input.on,
      (run) => {
        run.status = 'waived';
        run.waiver = {
          reason: input.reason,
          approver: input.approver,
          on: input.on,
          expiresOn: input.expiresOn,
        };
        return `Waived ${stageDef(run.stage).name}, attempt ${run.attempt}, approved by ${input.approver} until ${input.expiresOn}`;
      },
      true,
    );
  }

  /** Closes the latest run of its stage (sign-off or waiver); a failed run may still be waived. */
  private closeRun(
    runId: string,
    on: string,
    apply: (run: CheckpointRun) => string,
    waiving = false,
  ): CheckpointRun {
    return writeChange(this.ctx, () => {
      const before = this.runOf(runId);
      const project = this.writable(before.projectId);
      const latest = latestRun(this.repo.runs(project.id), before.stage);
      const closable = OPEN.has(before.status) || (waiving && before.status === 'failed');
      if (latest?.id !== before.id || !closable) {
        throw new DomainError(
          'RULE_VIOLATION',
          `Attempt ${before.attempt} of ${stageDef(before.stage).name} is ${RUN_STATUS_LABELS[before.status].toLowerCase()}${latest?.id !== before.id ? ' and a later run exists' : ''}: it is kept as it is. Run the stage again to change the outcome.`,
        );
      }
      const today = localToday(this.ctx.now());
      if (on > today) throw futureDate(today);
      const run: CheckpointRun = structuredClone(before);
      const summary = apply(run);
      run.actualStart = run.actualStart ?? on;
      run.actualEnd = before.actualEnd ?? on;
      if (run.actualStart > run.actualEnd) run.actualStart = run.actualEnd;
      this.repo.updateRun(run);
      return {
        result: run,
        event: {
          entity: 'checkpoint_run',
          entityId: run.id,
          projectId: project.id,
          action: run.status,
          summary: `${summary} (“${project.name}”)`,
          before,
          after: run,
        },
      };
    });
  }

  /** Evidence and criteria change only on an open run; the first change starts a planned run. */
  private changeOpenRun(
    runId: string,
    apply: (run: CheckpointRun, project: Project) => string,
  ): CheckpointRun {
    return writeChange(this.ctx, () => {
      const before = this.runOf(runId);
      const project = this.writable(before.projectId);
      if (!OPEN.has(before.status)) {
        throw new DomainError(
          'RULE_VIOLATION',
          `Attempt ${before.attempt} of ${stageDef(before.stage).name} is ${RUN_STATUS_LABELS[before.status].toLowerCase()}: its evidence and results are kept as signed. Run the stage again to record new ones.`,
        );
      }
      // Validated and written first, so a refused change writes nothing at all.
      let summary = apply(before, project);
      if (before.status === 'not_started') {
        const today = localToday(this.ctx.now());
        this.repo.updateRun({ ...before, status: 'in_progress', actualStart: today });
        summary += `; started the run on ${today}`;
      }
      const after = this.runOf(runId);
      return {
        result: after,
        event: {
          entity: 'checkpoint_run',
          entityId: after.id,
          projectId: project.id,
          action: 'update',
          summary,
          before,
          after,
        },
      };
    });
  }

  private runOf(id: string): CheckpointRun {
    const run = this.repo.run(id);
    if (!run) throw new DomainError('NOT_FOUND', 'That checkpoint run no longer exists.');
    return run;
  }

  private project(id: string): Project {
    const p = this.projects.get(id);
    if (!p) throw new DomainError('NOT_FOUND', 'That project no longer exists.');
    return p;
  }

  private writable(id: string): Project {
    const p = this.project(id);
    if (p.archivedAt !== null) {
      throw new DomainError(
        'READ_ONLY',
        `“${p.name}” is archived. Restore it to change its checkpoints.`,
      );
    }
    return p;
  }
}

const notOfStage = (stage: CheckpointStageKey, what: string) =>
  new DomainError('RULE_VIOLATION', `That ${what} is not part of ${stageDef(stage).name}.`, [
    {
      path: what,
      message: `Choose one of ${stageDef(stage).name}’s ${what === 'artifact' ? 'artifacts' : 'criteria'}`,
    },
  ]);

const wrongKind = (label: string, expected: string) =>
  new DomainError('RULE_VIOLATION', `${label} is recorded as ${expected}.`, [
    { path: 'result', message: `Give ${expected}` },
  ]);

const futureDate = (today: string) =>
  new DomainError('RULE_VIOLATION', 'A sign-off or waiver cannot be dated in the future.', [
    { path: 'on', message: `Choose ${today} or earlier` },
  ]);
