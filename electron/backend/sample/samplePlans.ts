import { randomUUID } from 'node:crypto';
import type { Audit } from '../../../shared/domain/audit';
import { addDays } from '../../../shared/domain/calendar';
import type { PlanSectionKey, PlanTask, TaskStatus } from '../../../shared/domain/plan';
import { generatePlanTasks } from '../../../shared/domain/planGeneration';
import { planWindows } from '../../../shared/domain/planSections';
import type { Release } from '../../../shared/domain/release';
import type { ReleaseKind } from '../../../shared/domain/releaseLeadTime';
import { PlansRepository } from '../repositories/plansRepository';
import { ReleasesRepository } from '../repositories/releasesRepository';
import type { SampleExtension, SampleProjectRecord, SampleRun } from './sampleExtensions';

// The 30-day plan, the timeline and releases in the sample: plans at every point of their 30
// days (just started, mid-way with a blocked task, past their end with overdue and skipped
// work, nearly done), plans whose project has a newer audit (re-plan offered), a priority
// ranking, first production dates inside and beyond the 6-10 week target, and releases whose
// lead time falls on both sides of its target.

interface SamplePlan {
  /** Which final audit the plan was built from: 'latest', or 'previous' (a newer one exists). */
  from: 'latest' | 'previous';
  /** Day 1 of the plan, days after that audit was taken. */
  startAfterAudit: number;
  owners: string[];
  manual?: { section: PlanSectionKey; title: string; dueInDays?: number; owner?: string };
}

const PLANS: Record<string, SamplePlan> = {
  support: {
    from: 'latest',
    startAfterAudit: -2,
    owners: ['Amara Okafor', 'Kai Tanaka'],
    manual: {
      section: 'week_2',
      title: 'Pick the prompt store with the platform team',
      owner: 'Amara Okafor',
    },
  },
  athens: {
    from: 'previous',
    startAfterAudit: 4,
    owners: ['Ελένη Παπαδοπούλου', 'Νίκος Γεωργίου'],
    manual: { section: 'week_3', title: 'Agree the drift baseline with the data team' },
  },
  claims: {
    from: 'latest',
    startAfterAudit: -2,
    owners: ['Priya Raman', 'Tomás Ferreira'],
    manual: {
      section: 'week_2',
      title: 'List the agent steps that can fall back',
      dueInDays: -2,
      owner: 'Priya Raman',
    },
  },
  docsearch: {
    from: 'latest',
    startAfterAudit: 2,
    owners: ['Дмитрий Соколов', 'Анна Волкова'],
  },
  fraud: {
    from: 'previous',
    startAfterAudit: 3,
    owners: ['Noor Haddad', 'Kai Tanaka'],
  },
};

/** Rank 1 is the project to take through the 30 days first. */
const PRIORITY: Record<string, number> = { claims: 1, support: 2, athens: 3, docsearch: 4 };

/** First production deployment, days after PoC approval. */
const FIRST_PRODUCTION_AFTER_APPROVAL: Record<string, number> = {
  fraud: 63,
  churn: 147,
  ranking: 84,
};

interface SampleRelease {
  version: string;
  promptVersion?: string;
  kind: ReleaseKind;
  trainedDaysAgo: number;
  /** Days from training to serving; null: not serving yet. */
  leadDays: number | null;
  notes?: string;
}

const RELEASES: Record<string, SampleRelease[]> = {
  fraud: [
    {
      version: '1.0.0',
      kind: 'new_model',
      trainedDaysAgo: 160,
      leadDays: 13,
      notes: 'First model behind the payments API.',
    },
    { version: '1.1.0', kind: 'update', trainedDaysAgo: 110, leadDays: 9 },
    {
      version: '1.2.0',
      kind: 'update',
      trainedDaysAgo: 75,
      leadDays: 44,
      notes: 'Waited six weeks for a manual compliance review.',
    },
    {
      version: '1.3.0',
      kind: 'update',
      trainedDaysAgo: 16,
      leadDays: 6,
      notes: 'Canary at 5% for 48 hours, then promoted.',
    },
  ],
  support: [
    {
      version: '0.9.0',
      promptVersion: 'triage-p12',
      kind: 'new_model',
      trainedDaysAgo: 30,
      leadDays: null,
      notes: 'Pilot queue only until the fallback path exists.',
    },
  ],
  churn: [
    {
      version: '2.0.0',
      kind: 'new_model',
      trainedDaysAgo: 330,
      leadDays: 95,
      notes: 'Rebuilt from the notebook by hand.',
    },
    { version: '2.1.0', kind: 'update', trainedDaysAgo: 200, leadDays: 17 },
  ],
  claims: [
    {
      version: '0.3.0',
      promptVersion: 'intake-v7',
      kind: 'new_model',
      trainedDaysAgo: 40,
      leadDays: 21,
      notes: 'Shadow mode on 10% of claims.',
    },
  ],
};

export const samplePlansExtension: SampleExtension = {
  name: 'plans',
  apply: (run: SampleRun) => {
    const plans = new PlansRepository(run.ctx.db);
    const releases = new ReleasesRepository(run.ctx.db);
    const at = run.ctx.now().toISOString();
    const record = (
      r: SampleProjectRecord,
      entity: string,
      entityId: string,
      action: string,
      summary: string,
      after: unknown,
    ) =>
      run.ctx.history.append({
        at,
        actor: run.ctx.actor,
        entity,
        entityId,
        projectId: r.project.id,
        action,
        summary,
        before: null,
        after,
      });

    for (const r of run.records) {
      if (r.project.archivedAt !== null && r.spec.key !== 'ranking') continue;
      const spec = PLANS[r.spec.key];
      if (spec && r.project.archivedAt === null) writePlan(run, plans, r, spec, record);

      const rank = PRIORITY[r.spec.key] ?? null;
      const after = FIRST_PRODUCTION_AFTER_APPROVAL[r.spec.key];
      const firstProductionOn =
        after !== undefined && r.project.pocApprovedOn !== null
          ? addDays(r.project.pocApprovedOn, after)
          : null;
      if (rank !== null || firstProductionOn !== null) {
        const timeline = { projectId: r.project.id, firstProductionOn, priorityRank: rank };
        plans.saveTimeline(timeline, at);
        record(
          r,
          'timeline',
          r.project.id,
          'timeline',
          `Recorded the timeline of “${r.project.name}” (sample data)`,
          timeline,
        );
      }
      for (const s of RELEASES[r.spec.key] ?? []) {
        const trainedOn = addDays(run.today, -s.trainedDaysAgo);
        const release: Release = {
          id: randomUUID(),
          projectId: r.project.id,
          version: s.version,
          promptVersion: s.promptVersion ?? '',
          kind: s.kind,
          trainedOn,
          servingOn: s.leadDays === null ? null : addDays(trainedOn, s.leadDays),
          notes: s.notes ?? '',
          createdAt: at,
          updatedAt: at,
        };
        releases.insert(release);
        record(
          r,
          'release',
          release.id,
          'create',
          `Recorded release ${release.version} (sample data)`,
          release,
        );
      }
    }
  },
};

const REASONS_BLOCKED = [
  'Waiting for the platform team to grant access',
  'Needs a decision from the engineering manager first',
];
const REASONS_SKIPPED = [
  'The managed endpoint already provides this; checked with the vendor',
  'Not worth it before the productionization sprint',
];

function writePlan(
  run: SampleRun,
  plans: PlansRepository,
  r: SampleProjectRecord,
  spec: SamplePlan,
  record: (
    r: SampleProjectRecord,
    entity: string,
    id: string,
    action: string,
    summary: string,
    after: unknown,
  ) => void,
): void {
  const finals = r.audits.filter((a) => a.status === 'final');
  const audit: Audit | undefined =
    spec.from === 'previous' ? (finals.at(-2) ?? finals.at(-1)) : finals.at(-1);
  if (!audit) return;
  const at = run.ctx.now().toISOString();
  const startOn = addDays(audit.takenOn, spec.startAfterAudit);
  const windows = planWindows(startOn);
  const endOf = new Map(windows.map((w) => [w.key, w.endOn]));
  const startOf = new Map(windows.map((w) => [w.key, w.startOn]));
  plans.insertPlan({
    projectId: r.project.id,
    startOn,
    auditId: audit.id,
    createdAt: at,
    updatedAt: at,
  });

  const positions = new Map<PlanSectionKey, number>();
  let n = 0;
  const tasks: PlanTask[] = [];
  for (const d of generatePlanTasks(audit, startOn)) {
    const position = positions.get(d.section) ?? 0;
    positions.set(d.section, position + 1);
    const past = (endOf.get(d.section) ?? '') < run.today;
    const current = !past && (startOf.get(d.section) ?? '') <= run.today;
    let status: TaskStatus = d.status;
    let statusReason = '';
    if (d.status !== 'done') {
      // Past weeks: mostly done, some skipped with a reason, some left open (overdue).
      if (past) status = n % 5 === 1 ? 'todo' : n % 5 === 3 ? 'skipped' : 'done';
      // The current week: work under way, one task blocked.
      else if (current)
        status = position === 0 ? 'in_progress' : position === 1 ? 'blocked' : 'todo';
      if (status === 'skipped') statusReason = REASONS_SKIPPED[n % REASONS_SKIPPED.length] ?? '';
      if (status === 'blocked') statusReason = REASONS_BLOCKED[n % REASONS_BLOCKED.length] ?? '';
    }
    n++;
    tasks.push({
      id: randomUUID(),
      projectId: r.project.id,
      section: d.section,
      position,
      origin: d.origin,
      practiceKey: d.practiceKey,
      auditId: audit.id,
      title: d.title,
      description: d.description,
      dueOn: d.dueOn,
      owner: d.origin === 'practice' ? (spec.owners[n % spec.owners.length] ?? '') : '',
      status,
      statusReason,
      notes: status === 'in_progress' ? 'Pairing with the platform team this week.' : '',
      createdAt: at,
      updatedAt: at,
    });
  }
  if (spec.manual) {
    const m = spec.manual;
    tasks.push({
      id: randomUUID(),
      projectId: r.project.id,
      section: m.section,
      position: positions.get(m.section) ?? 0,
      origin: 'manual',
      practiceKey: null,
      auditId: null,
      title: m.title,
      description: '',
      dueOn:
        m.dueInDays === undefined
          ? (endOf.get(m.section) ?? startOn)
          : addDays(run.today, m.dueInDays),
      owner: m.owner ?? '',
      status: m.dueInDays !== undefined ? 'in_progress' : 'todo',
      statusReason: '',
      notes: '',
      createdAt: at,
      updatedAt: at,
    });
  }
  for (const t of tasks) plans.insertTask(t);
  record(
    r,
    'plan',
    r.project.id,
    'generate',
    `Built the 30-day plan from “${audit.title}” (${tasks.length} tasks, starting ${startOn}; sample data)`,
    {
      startOn,
      auditId: audit.id,
      tasks: tasks.length,
    },
  );
}
