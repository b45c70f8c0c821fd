import { randomUUID } from 'node:crypto';
import type { Audit, AuditPatch, PracticeEntry } from '../../../shared/domain/audit';
import type { ParsedInputOf } from '../../../shared/api/contract';
import { answersOf, finalizeProblems } from '../../../shared/domain/auditRules';
import {
  ALL_PRACTICES,
  FRAMEWORK_VERSION,
  GAP_KEYS,
  GAPS,
  formatHalves,
  levelToHalves,
  practiceByKey,
  scoreAudit,
  type GapKey,
  type PracticeAnswer,
} from '../../../shared/framework';
import { AuditsRepository } from '../repositories/auditsRepository';
import { ProjectsRepository } from '../repositories/projectsRepository';
import { DomainError } from './DomainError';
import { writeChange, type ServiceContext } from './ServiceContext';

const emptyMissing = (): Record<GapKey, string> =>
  Object.fromEntries(GAP_KEYS.map((k) => [k, ''])) as Record<GapKey, string>;

/**
 * Audits: drafts are edited freely (every change recorded); finalising checks the week-1 rule
 * and freezes the audit for good (the database refuses changes too); progress is a new audit.
 */
export class AuditsService {
  private readonly repo: AuditsRepository;
  private readonly projects: ProjectsRepository;

  constructor(private readonly ctx: ServiceContext) {
    this.repo = new AuditsRepository(ctx.db);
    this.projects = new ProjectsRepository(ctx.db);
  }

  list(projectId: string): Audit[] {
    this.activeOrArchivedProject(projectId);
    return this.repo.listForProject(projectId);
  }

  latestFinals(): Audit[] {
    return this.repo.latestFinals();
  }

  get(id: string): Audit {
    const audit = this.repo.get(id);
    if (!audit) throw new DomainError('NOT_FOUND', 'That audit no longer exists.');
    return audit;
  }

  create(input: ParsedInputOf<'audits.create'>): Audit {
    return writeChange(this.ctx, (at) => {
      const project = this.writableProject(input.projectId);
      const practices: Record<string, PracticeEntry> = {};
      for (const p of ALL_PRACTICES) practices[p.key] = { note: '' };
      const audit: Audit = {
        id: randomUUID(),
        projectId: project.id,
        title: input.title,
        takenOn: input.takenOn,
        facilitator: input.facilitator,
        participants: input.participants,
        timerMinutes: input.timerMinutes,
        frameworkVersion: FRAMEWORK_VERSION,
        status: 'draft',
        copiedFromId: null,
        finalizedAt: null,
        createdAt: at,
        updatedAt: at,
        practices,
        missing: emptyMissing(),
      };
      this.repo.insert(audit);
      return {
        result: audit,
        event: this.event(
          audit,
          'create',
          `Started audit “${audit.title}”`,
          null,
          summaryOf(audit),
        ),
      };
    });
  }

  update(id: string, patch: AuditPatch): Audit {
    return writeChange(this.ctx, (at) => {
      const before = this.draft(id);
      const after: Audit = { ...before, ...patch, updatedAt: at };
      this.repo.updateFields(after);
      return {
        result: after,
        event: this.event(
          after,
          'update',
          `Changed the details of audit “${after.title}”`,
          summaryOf(before),
          summaryOf(after),
        ),
      };
    });
  }

  setPractice(input: ParsedInputOf<'audits.setPractice'>): Audit {
    return writeChange(this.ctx, (at) => {
      const audit = this.draft(input.auditId);
      const before = audit.practices[input.practiceKey];
      if (!before) {
        throw new DomainError(
          'INVALID_INPUT',
          'That practice is not part of this audit’s framework.',
          [{ path: 'practiceKey', message: 'Not a practice of this audit' }],
        );
      }
      const answer = input.answer === undefined ? before.answer : (input.answer ?? undefined);
      const entry: PracticeEntry =
        answer === undefined
          ? { note: input.note ?? before.note }
          : { answer, note: input.note ?? before.note };
      this.repo.updatePractice(audit.id, input.practiceKey, entry);
      this.touch(audit, at);
      const after: Audit = {
        ...audit,
        updatedAt: at,
        practices: { ...audit.practices, [input.practiceKey]: entry },
      };
      const title = practiceByKey(input.practiceKey)?.title ?? input.practiceKey;
      const what =
        input.answer !== undefined
          ? `Scored “${title}” ${describeAnswer(entry.answer)}`
          : `Noted on “${title}”`;
      return {
        result: after,
        event: this.event(
          after,
          'score',
          `${what} in “${audit.title}”`,
          { [input.practiceKey]: before },
          { [input.practiceKey]: entry },
        ),
      };
    });
  }

  setGapMissing(input: ParsedInputOf<'audits.setGapMissing'>): Audit {
    return writeChange(this.ctx, (at) => {
      const audit = this.draft(input.auditId);
      this.repo.updateMissing(audit.id, input.gapKey, input.missing);
      this.touch(audit, at);
      const after: Audit = {
        ...audit,
        updatedAt: at,
        missing: { ...audit.missing, [input.gapKey]: input.missing },
      };
      const gapTitle = GAPS.find((g) => g.key === input.gapKey)?.title ?? input.gapKey;
      return {
        result: after,
        event: this.event(
          after,
          'missing',
          `Wrote what is missing for “${gapTitle}” in “${audit.title}”`,
          { [input.gapKey]: audit.missing[input.gapKey] },
          { [input.gapKey]: input.missing },
        ),
      };
    });
  }

  finalize(id: string): Audit {
    return writeChange(this.ctx, (at) => {
      const audit = this.draft(id);
      const problems = finalizeProblems(audit);
      if (problems.length > 0) {
        const gaps = [...new Set(problems.map((p) => p.gapTitle))];
        throw new DomainError(
          'RULE_VIOLATION',
          `The audit cannot be finalised yet. Still open in: ${gaps.join(', ')}.`,
          problems.map(({ path, message }) => ({ path, message })),
        );
      }
      const after: Audit = { ...audit, status: 'final', finalizedAt: at, updatedAt: at };
      this.repo.updateFields(after);
      const score = scoreAudit(answersOf(after));
      return {
        result: after,
        event: this.event(
          after,
          'finalize',
          `Finalised audit “${after.title}”`,
          { status: 'draft' },
          { status: 'final', headline: score.headline, band: score.band?.key ?? null },
        ),
      };
    });
  }

  copy(input: ParsedInputOf<'audits.copy'>): Audit {
    return writeChange(this.ctx, (at) => {
      const source = this.get(input.id);
      this.writableProject(source.projectId);
      // Practices the current framework no longer has are dropped; new ones start unscored.
      const practices: Record<string, PracticeEntry> = {};
      for (const p of ALL_PRACTICES) practices[p.key] = source.practices[p.key] ?? { note: '' };
      const audit: Audit = {
        ...source,
        id: randomUUID(),
        title: input.title,
        takenOn: input.takenOn,
        frameworkVersion: FRAMEWORK_VERSION,
        status: 'draft',
        copiedFromId: source.id,
        finalizedAt: null,
        createdAt: at,
        updatedAt: at,
        practices,
        missing: { ...emptyMissing(), ...source.missing },
      };
      this.repo.insert(audit);
      return {
        result: audit,
        event: this.event(
          audit,
          'copy',
          `Started audit “${audit.title}” from “${source.title}”`,
          null,
          { ...summaryOf(audit), copiedFromId: source.id },
        ),
      };
    });
  }

  delete(id: string): { id: string } {
    return writeChange(this.ctx, () => {
      const audit = this.draft(id, 'A final audit is part of the record and cannot be deleted.');
      this.repo.delete(id);
      return {
        result: { id },
        event: this.event(audit, 'delete', `Deleted draft audit “${audit.title}”`, audit, null),
      };
    });
  }

  private draft(id: string, finalMessage?: string): Audit {
    const audit = this.get(id);
    if (audit.status === 'final') {
      throw new DomainError(
        'READ_ONLY',
        finalMessage ??
          `“${audit.title}” is final and cannot be changed. Start a new audit from it instead.`,
      );
    }
    return audit;
  }

  private touch(audit: Audit, at: string): void {
    this.repo.updateFields({ ...audit, updatedAt: at });
  }

  private activeOrArchivedProject(projectId: string) {
    const project = this.projects.get(projectId);
    if (!project) throw new DomainError('NOT_FOUND', 'That project no longer exists.');
    return project;
  }

  private writableProject(projectId: string) {
    const project = this.activeOrArchivedProject(projectId);
    if (project.archivedAt !== null) {
      throw new DomainError('READ_ONLY', `“${project.name}” is archived. Restore it to audit it.`);
    }
    return project;
  }

  private event(audit: Audit, action: string, summary: string, before: unknown, after: unknown) {
    return {
      entity: 'audit',
      entityId: audit.id,
      projectId: audit.projectId,
      action,
      summary,
      before,
      after,
    };
  }
}

function describeAnswer(a: PracticeAnswer | undefined): string {
  if (a === undefined) return 'as not yet scored';
  if (a.kind === 'not_applicable') return 'not applicable';
  return formatHalves(levelToHalves(a.level));
}

const summaryOf = (a: Audit) => ({
  title: a.title,
  takenOn: a.takenOn,
  facilitator: a.facilitator,
  participants: a.participants,
  timerMinutes: a.timerMinutes,
});
