import { describe, expect, it } from 'vitest';
import type { Plan, PlanTask } from '../domain/plan';
import type { Release } from '../domain/release';
import { GAPS } from '../framework/gaps';
import { gapPlanTasks, planProgressSection, portfolioPlanCell } from './planSections';
import { releaseLeadTimeSummary, releasesSection } from './releaseSections';

// The plan and release sections of the reports, built from the plan page's own functions.

const TODAY = '2026-03-20';
const pipelinePractice = GAPS.find((g) => g.key === 'pipeline')!.practices[0]!.key;
const fallbackPractice = GAPS.find((g) => g.key === 'fallback')!.practices[0]!.key;

let n = 0;
function task(over: Partial<PlanTask>): PlanTask {
  n += 1;
  return {
    id: `t${n}`,
    projectId: 'p',
    section: 'week_1',
    position: n,
    origin: 'practice',
    practiceKey: null,
    auditId: null,
    title: `Task ${n}`,
    description: '',
    dueOn: '2026-03-07',
    owner: '',
    status: 'todo',
    statusReason: '',
    notes: '',
    createdAt: '',
    updatedAt: '',
    ...over,
  };
}

const plan = (tasks: PlanTask[]): Plan => ({
  projectId: 'p',
  startOn: '2026-03-01',
  auditId: null,
  createdAt: '',
  updatedAt: '',
  tasks,
});

describe('plan progress', () => {
  it('counts each week, lists the open tasks past their due day oldest first, and not the due day itself', () => {
    const p = plan([
      task({ section: 'week_1', status: 'done', dueOn: '2026-03-07' }),
      task({ section: 'week_2', title: 'Late', dueOn: '2026-03-14', owner: 'Ana' }),
      task({ section: 'week_1', title: 'Later', dueOn: '2026-03-07', status: 'blocked' }),
      task({ section: 'week_3', title: 'Due today', dueOn: TODAY }),
      task({ section: 'after', title: 'After', dueOn: '2026-04-30', status: 'skipped' }),
    ]);
    const s = planProgressSection(p, TODAY);
    if (s.status !== 'ready') throw new Error('filled');
    expect(s.overdue.map((t) => t.title)).toEqual(['Later', 'Late']);
    expect(s.weeks.map((w) => w.text)).toEqual([
      '1 of 2 closed, 1 overdue, 1 blocked',
      '0 of 1 closed, 1 overdue',
      '0 of 1 closed',
      'No task',
      '1 of 1 closed',
    ]);
    // The 30 days leave the sprint after day 30 out: 1 of 4 closed.
    expect(s.thirtyDays).toMatchObject({ total: 4, closed: 1, percent: 25 });
    expect(s.all).toMatchObject({ total: 5, closed: 2, percent: 40 });
    expect(s.text).toContain(
      "25% of the 30 days' tasks closed (1 of 4 closed, 2 overdue, 1 blocked)",
    );
  });

  it('says so when there is no plan', () => {
    const s = planProgressSection(null, TODAY);
    expect(s).toMatchObject({ status: 'ready', hasPlan: false, weeks: [], overdue: [] });
    expect(gapPlanTasks('pipeline', null, TODAY)).toMatchObject({ text: 'No 30-day plan yet.' });
  });

  it('gives each gap the tasks that close one of its practices, with owner and due date', () => {
    const p = plan([
      task({ practiceKey: pipelinePractice, owner: 'Kai', dueOn: '2026-03-25' }),
      task({ practiceKey: fallbackPractice }),
      task({ origin: 'manual', practiceKey: null }),
    ]);
    const pipeline = gapPlanTasks('pipeline', p, TODAY);
    if (pipeline.status !== 'ready') throw new Error('filled');
    expect(pipeline.tasks).toHaveLength(1);
    expect(pipeline.tasks[0]).toMatchObject({ owner: 'Kai', dueOn: '2026-03-25', overdue: false });
    expect(pipeline.text).toBe('1 plan task: 0 of 1 closed.');
    expect(gapPlanTasks('governance', p, TODAY)).toMatchObject({
      text: 'No plan task for this gap.',
      tasks: [],
    });
  });

  it('gives the portfolio closed of all tasks, rounded down, and nothing without a plan', () => {
    const base = {
      projectId: 'p',
      startOn: '2026-03-01',
      blocked: 0,
      firstProductionOn: null,
      priorityRank: null,
    };
    expect(portfolioPlanCell({ ...base, hasPlan: true, total: 3, closed: 2, overdue: 1 })).toEqual({
      percent: 66,
      closed: 2,
      total: 3,
      overdue: 1,
      text: '2/3 closed (66%), 1 overdue',
    });
    expect(
      portfolioPlanCell({
        ...base,
        hasPlan: false,
        startOn: null,
        total: 0,
        closed: 0,
        overdue: 0,
      }),
    ).toBeNull();
    expect(portfolioPlanCell(undefined)).toBeNull();
  });
});

describe('releases', () => {
  const release = (over: Partial<Release>): Release => ({
    id: over.version ?? 'r',
    projectId: 'p',
    version: '1.0',
    promptVersion: '',
    kind: 'update',
    trainedOn: '2026-03-01',
    servingOn: null,
    notes: '',
    createdAt: '',
    updatedAt: '',
    ...over,
  });

  it('judges the release trained last, and lists every release newest first with the median of those serving', () => {
    const list = [
      release({ version: '2.0', trainedOn: '2026-03-10', servingOn: null }),
      release({ version: '1.0', trainedOn: '2026-01-01', servingOn: '2026-01-11' }),
      release({ version: '1.1', trainedOn: '2026-02-01', servingOn: '2026-02-21' }),
    ];
    const latest = releaseLeadTimeSummary(list, TODAY);
    expect(latest).toMatchObject({
      status: 'ready',
      latest: { version: '2.0', days: 10, targetDays: 14, verdict: 'waiting' },
    });
    const all = releasesSection(list, TODAY);
    if (all.status !== 'ready') throw new Error('filled');
    expect(all.releases.map((r) => r.version)).toEqual(['2.0', '1.1', '1.0']);
    expect(all.medianDays).toBe(15);
    expect(all.text).toBe(
      '3 releases, 2 serving in production; median lead time 15 days from training to production.',
    );
  });

  it('says so when no release is recorded', () => {
    expect(releaseLeadTimeSummary([], TODAY)).toMatchObject({ latest: null });
    expect(releasesSection([], TODAY)).toMatchObject({
      releases: [],
      medianDays: null,
      text: 'No model release recorded yet.',
    });
  });
});
