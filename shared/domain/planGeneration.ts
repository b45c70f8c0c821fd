import { GAPS, PLAN_MILESTONES, PLAN_PLACEMENT, MINIMUM_FALLBACK_PRACTICE } from '../framework';
import type { Audit } from './audit';
import type { PlanSectionKey, PlanTask, ReplanPreview } from './plan';
import { defaultDueOn, sectionKey } from './planSections';

// Building a plan from a final audit, and what a newer audit changes: pure, so the unit test,
// the service and the re-plan preview share one answer.

export interface DraftTask {
  section: PlanSectionKey;
  origin: 'practice' | 'milestone';
  practiceKey: string;
  title: string;
  description: string;
  dueOn: string;
  status: 'todo' | 'done';
}

/** Practices of the audit that are applicable and below full marks, in framework order. */
export function openPractices(audit: Pick<Audit, 'practices'>): string[] {
  const open: string[] = [];
  for (const gap of GAPS)
    for (const p of gap.practices) {
      const a = audit.practices[p.key]?.answer;
      if (a?.kind === 'scored' && a.level < 1) open.push(p.key);
    }
  return open;
}

/** The task for one open practice: its title, and what the audit said is missing. */
export function practiceTask(
  audit: Pick<Audit, 'practices' | 'missing'>,
  key: string,
  startOn: string,
) {
  const gap = GAPS.find((g) => g.practices.some((p) => p.key === key));
  const practice = gap?.practices.find((p) => p.key === key);
  const section = sectionKey(PLAN_PLACEMENT[key] ?? 'after');
  const title =
    key === MINIMUM_FALLBACK_PRACTICE
      ? 'One fallback path on the highest-risk inference endpoint'
      : (practice?.title ?? key);
  const missing = gap ? audit.missing[gap.key].trim() : '';
  const note = audit.practices[key]?.note.trim() ?? '';
  const parts = [
    missing && `What is missing (${gap?.title ?? ''}): ${missing}`,
    note && `Audit note: ${note}`,
    key === MINIMUM_FALLBACK_PRACTICE &&
      'Start with one path; the other tiers come with observability in week 3.',
  ].filter((s): s is string => typeof s === 'string' && s.length > 0);
  return { section, title, description: parts.join('\n\n'), dueOn: defaultDueOn(startOn, section) };
}

/** Every task of a new plan: the plan's own steps plus one task per open practice. */
export function generatePlanTasks(
  audit: Pick<Audit, 'practices' | 'missing'>,
  startOn: string,
): DraftTask[] {
  const milestones: DraftTask[] = PLAN_MILESTONES.map((m) => {
    const section = sectionKey(m.section);
    return {
      section,
      origin: 'milestone',
      practiceKey: m.key,
      title: m.title,
      description: m.description,
      dueOn: defaultDueOn(startOn, section),
      // A plan is built from a final audit, so week 1's step is already done.
      status: m.key === 'audit' ? 'done' : 'todo',
    };
  });
  const practices: DraftTask[] = openPractices(audit).map((key) => ({
    ...practiceTask(audit, key, startOn),
    origin: 'practice',
    practiceKey: key,
    status: 'todo',
  }));
  return [...milestones, ...practices];
}

/**
 * What re-planning from a newer audit would do: add a task for each practice that is open and
 * has none, and offer to close the open tasks whose practice is now met (or not applicable).
 * It never proposes to change anything else of a task.
 */
export function replanDiff(
  audit: Pick<Audit, 'id' | 'title' | 'practices' | 'missing'>,
  tasks: readonly Pick<PlanTask, 'id' | 'origin' | 'practiceKey' | 'status' | 'title'>[],
  startOn: string,
  projectId: string,
): ReplanPreview {
  const open = new Set(openPractices(audit));
  const planned = new Set(
    tasks.filter((t) => t.origin === 'practice').map((t) => t.practiceKey ?? ''),
  );
  const toAdd = [...open]
    .filter((k) => !planned.has(k))
    .map((k) => ({ practiceKey: k, ...practiceTask(audit, k, startOn) }));
  const toClose = tasks
    .filter(
      (t) =>
        t.origin === 'practice' &&
        t.practiceKey !== null &&
        !open.has(t.practiceKey) &&
        t.status !== 'done' &&
        t.status !== 'skipped',
    )
    .map((t) => ({ taskId: t.id, practiceKey: t.practiceKey ?? '', title: t.title }));
  return { projectId, auditId: audit.id, auditTitle: audit.title, toAdd, toClose };
}
