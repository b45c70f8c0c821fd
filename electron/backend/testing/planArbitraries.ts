import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import type { Channel, InputOf, OutputOf } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/result';
import { addDays } from '../../../shared/domain/calendar';
import { PLAN_SECTIONS, TASK_STATUSES, STATUSES_WITH_REASON } from '../../../shared/domain/plan';
import { RELEASE_KINDS } from '../../../shared/domain/releaseLeadTime';
import { ALL_PRACTICES, GAP_KEYS } from '../../../shared/framework';
import type { Db } from '../database/openDatabase';
import type { Dispatch } from '../dispatch/dispatch';
import { AuditsService } from '../services/auditsService';
import { PlansService } from '../services/plansService';
import { ProjectsService } from '../services/projectsService';
import { ReleasesService } from '../services/releasesService';
import { createServiceContext } from '../services/ServiceContext';
import {
  calendarDate,
  multiLineText,
  singleLineText,
  type ValidInputs,
} from './contractArbitraries';
import type { NearMiss, NearMisses } from './contractNearMisses';
import { FIXED_NOW } from './tempWorkspace';

// The plan's, timeline's and releases' generators for contract.property.test.ts, spread into
// the maps of contractArbitraries.ts and contractNearMisses.ts (like orgArbitraries.ts), and
// what "round-trips" means for each of their channels.

type PlanChannel = Extract<
  Channel,
  `plans.${string}` | `timeline.${string}` | `releases.${string}`
>;

/** Records the plan channels refer to, made on demand through the services. */
export interface PlanFixtures {
  /** A project with a final audit and no plan. */
  auditedProject: () => string;
  /** A project with a plan (one per workspace, made on first use). */
  plannedProject: () => string;
  /** A fresh hand-made task of the planned project. */
  manualTask: () => string;
  /** A fresh release of the planned project. */
  release: () => string;
  /** The final audit the planned project's plan was built from. */
  planAudit: () => string;
  /** A task the plan generated (not hand-made). */
  generatedTask: () => string;
}

export function createPlanFixtures(db: Db): PlanFixtures {
  const services = createServiceContext(db, 'tester', () => FIXED_NOW);
  const projects = new ProjectsService(services);
  const audits = new AuditsService(services);
  const plans = new PlansService(services);
  const releases = new ReleasesService(services);
  const tx = <T>(fn: () => T): T => db.transaction(fn)();
  const auditedProject = () =>
    tx(() => {
      const id = projects.create({
        name: `Plan fixture ${randomUUID()}`,
        description: '',
        owner: '',
        team: '',
        kind: 'llm',
        stage: 'poc',
        pocApprovedOn: '2026-01-05',
        targetOn: null,
      }).id;
      const audit = audits.create({
        projectId: id,
        title: 'Fixture audit',
        takenOn: '2026-03-02',
        facilitator: '',
        participants: [],
        timerMinutes: 10,
      });
      ALL_PRACTICES.forEach((p, i) =>
        audits.setPractice({
          auditId: audit.id,
          practiceKey: p.key,
          answer: { kind: 'scored', level: i % 3 === 0 ? 0 : 1 },
        }),
      );
      for (const gapKey of GAP_KEYS)
        audits.setGapMissing({ auditId: audit.id, gapKey, missing: `No ${gapKey} yet` });
      audits.finalize(audit.id);
      return id;
    });
  let planned: { projectId: string; auditId: string } | null = null;
  const plannedProject = () => {
    if (!planned) {
      const projectId = auditedProject();
      const plan = plans.generate({ projectId, startOn: '2026-03-02' });
      planned = { projectId, auditId: plan.auditId ?? '' };
    }
    return planned.projectId;
  };
  return {
    auditedProject,
    plannedProject,
    planAudit: () => (plannedProject(), planned?.auditId ?? ''),
    generatedTask: () =>
      plans.get(plannedProject())?.tasks.find((t) => t.origin !== 'manual')?.id ?? '',
    manualTask: () =>
      plans.addTask({
        projectId: plannedProject(),
        section: 'week_2',
        title: 'Fixture task',
        description: '',
        owner: '',
      }).id,
    release: () =>
      releases.create({
        projectId: plannedProject(),
        version: '1.0.0',
        promptVersion: '',
        kind: 'update',
        trainedOn: '2026-02-01',
        servingOn: null,
        notes: '',
      }).id,
  };
}

const made = <T>(make: () => T): fc.Arbitrary<T> => fc.constant(null).map(() => make());

const statusPatch = () =>
  fc
    .constantFrom(...TASK_STATUSES)
    .chain((status) =>
      STATUSES_WITH_REASON.includes(status)
        ? fc.record({ status: fc.constant(status), statusReason: singleLineText(500, true) })
        : fc.record({ status: fc.constant(status) }),
    );

const taskPatch = () =>
  fc
    .tuple(
      fc.record(
        {
          title: singleLineText(200, true),
          description: multiLineText(4000),
          dueOn: calendarDate,
          owner: singleLineText(120),
          notes: multiLineText(4000),
        },
        { requiredKeys: [] },
      ),
      fc.option(statusPatch(), { nil: undefined }),
    )
    .map(([fields, status]) => ({ ...fields, ...(status ?? {}) }))
    .filter((p) => Object.keys(p).length > 0);

/** Training first, serving the same day or later (or not yet). */
const releaseDates = () =>
  fc
    .tuple(calendarDate, fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }))
    .map(([trainedOn, days]) => ({
      trainedOn,
      servingOn: days === null ? null : addDays(trainedOn, days),
    }))
    .filter((d) => d.servingOn === null || d.servingOn <= '2999-12-31');

const releaseFields = () =>
  fc
    .tuple(
      fc.record(
        {
          version: singleLineText(60, true),
          promptVersion: singleLineText(60),
          kind: fc.constantFrom(...RELEASE_KINDS),
          notes: multiLineText(4000),
        },
        { requiredKeys: ['version', 'kind'] },
      ),
      releaseDates(),
    )
    .map(([f, d]) => ({ ...f, ...d }));

export const planValidInputs = {
  'plans.get': (ctx) => fc.constantFrom({ projectId: ctx.projectId }),
  'plans.generate': (ctx) =>
    fc
      .option(calendarDate, { nil: undefined })
      .chain((startOn) =>
        made(() => ({ projectId: ctx.plan.auditedProject(), ...(startOn ? { startOn } : {}) })),
      ),
  'plans.addTask': (ctx) =>
    fc
      .record(
        {
          section: fc.constantFrom(...PLAN_SECTIONS),
          title: singleLineText(200, true),
          description: multiLineText(4000),
          dueOn: calendarDate,
          owner: singleLineText(120),
        },
        { requiredKeys: ['section', 'title'] },
      )
      .chain((f) => made(() => ({ ...f, projectId: ctx.plan.plannedProject() }))),
  'plans.updateTask': (ctx) =>
    taskPatch().chain((patch) => made(() => ({ id: ctx.plan.manualTask(), patch }))),
  'plans.moveTask': (ctx) =>
    fc
      .record({
        section: fc.constantFrom(...PLAN_SECTIONS),
        index: fc.integer({ min: 0, max: 500 }),
      })
      .chain((m) => made(() => ({ ...m, id: ctx.plan.manualTask() }))),
  'plans.deleteTask': (ctx) => made(() => ({ id: ctx.plan.manualTask() })),
  'plans.replanPreview': (ctx) => made(() => ({ projectId: ctx.plan.plannedProject() })),
  'plans.replanApply': (ctx) =>
    made(() => ({
      projectId: ctx.plan.plannedProject(),
      auditId: ctx.plan.planAudit(),
      closeTaskIds: [],
    })),
  'plans.overview': () => fc.constant({}),
  'timeline.get': (ctx) => fc.constant({ projectId: ctx.projectId }),
  'timeline.save': (ctx) =>
    fc
      .record(
        {
          // The fixture project has no approval date, so any real date is accepted.
          firstProductionOn: fc.option(calendarDate, { nil: null }),
          priorityRank: fc.option(fc.integer({ min: 1, max: 100_000 }), { nil: null }),
        },
        { requiredKeys: [] },
      )
      .filter((v) => Object.keys(v).length > 0)
      .map((v) => ({ ...v, projectId: ctx.projectId })),
  'releases.list': (ctx) => fc.constant({ projectId: ctx.projectId }),
  'releases.all': () => fc.constant({}),
  'releases.create': (ctx) =>
    releaseFields().chain((f) => made(() => ({ ...f, projectId: ctx.plan.plannedProject() }))),
  'releases.update': (ctx) =>
    releaseFields().chain((patch) => made(() => ({ id: ctx.plan.release(), patch }))),
  'releases.delete': (ctx) => made(() => ({ id: ctx.plan.release() })),
} satisfies Pick<ValidInputs, PlanChannel>;

const invalid = (input: unknown, path: string): NearMiss => ({
  input,
  code: 'INVALID_INPUT',
  path,
});
const refused = (input: unknown, code: NearMiss['code']): NearMiss => ({ input, code });
const NOT_IDS = ['', 'not-a-uuid', `${randomUUID()}x`];
const BAD_DATES = ['2026-02-30', '2026-13-01', '1899-12-31', '3000-01-01', '20260228'];

const shape = (valid: Record<string, unknown>): fc.Arbitrary<NearMiss> =>
  fc.oneof(
    fc.constantFrom(null, 'x', 42, [], [valid]).map((input) => invalid(input, '')),
    fc
      .constantFrom('extra', '__proto__', 'position')
      .map((key) => invalid({ ...valid, [key]: 'x' }, '')),
  );
const projectIdMisses = (valid: Record<string, unknown>) =>
  fc.oneof(
    shape(valid),
    fc
      .constantFrom(...NOT_IDS, 42, null)
      .map((projectId) => invalid({ ...valid, projectId }, 'projectId')),
    fc.constant(refused({ ...valid, projectId: randomUUID() }, 'NOT_FOUND')),
  );
const idMisses = (valid: Record<string, unknown>) =>
  fc.oneof(
    shape(valid),
    fc.constantFrom(...NOT_IDS, 42, null).map((id) => invalid({ ...valid, id }, 'id')),
    fc.constant(refused({ ...valid, id: randomUUID() }, 'NOT_FOUND')),
  );

export const planNearMisses = {
  'plans.get': (ctx) => projectIdMisses({ projectId: ctx.projectId }),
  'plans.generate': (ctx) =>
    fc.oneof(
      projectIdMisses({ projectId: ctx.projectId }),
      fc
        .constantFrom(...BAD_DATES)
        .map((startOn) => invalid({ projectId: ctx.projectId, startOn }, 'startOn')),
      // A project without a final audit: week 1 is the audit.
      made(() => refused({ projectId: ctx.fresh.activeProject() }, 'RULE_VIOLATION')),
      made(() => refused({ projectId: ctx.plan.plannedProject() }, 'CONFLICT')),
    ),
  'plans.addTask': (ctx) => {
    const base = { projectId: ctx.projectId, section: 'week_2', title: 'Task' };
    return fc.oneof(
      projectIdMisses(base),
      fc
        .constantFrom('week_5', 'week 2', 2, '', null)
        .map((section) => invalid({ ...base, section }, 'section')),
      fc
        .constantFrom('', '   ', 'a\nb', 'x'.repeat(201))
        .map((title) => invalid({ ...base, title }, 'title')),
      fc.constantFrom(...BAD_DATES).map((dueOn) => invalid({ ...base, dueOn }, 'dueOn')),
      // The fixture project has a final audit but no plan.
      fc.constant(refused(base, 'NOT_FOUND')),
    );
  },
  'plans.updateTask': (ctx) => {
    const id = randomUUID();
    return fc.oneof(
      idMisses({ id, patch: { title: 'x' } }),
      fc
        .constantFrom('blocked', 'skipped')
        .map((status) => invalid({ id, patch: { status } }, 'patch.statusReason')),
      fc.constant(
        invalid({ id, patch: { status: 'blocked', statusReason: '  ' } }, 'patch.statusReason'),
      ),
      fc
        .constantFrom('finished', 'Done', '', null)
        .map((status) => invalid({ id, patch: { status } }, 'patch.status')),
      fc.constant(invalid({ id, patch: {} }, 'patch')),
      fc
        .constantFrom(...BAD_DATES)
        .map((dueOn) => invalid({ id, patch: { dueOn } }, 'patch.dueOn')),
      made(() =>
        refused(
          { id: ctx.plan.manualTask(), patch: { status: 'blocked', statusReason: '' } },
          'INVALID_INPUT',
        ),
      ),
    );
  },
  'plans.moveTask': () => {
    const base = { id: randomUUID(), section: 'week_3', index: 0 };
    return fc.oneof(
      idMisses(base),
      fc.constantFrom(-1, 1.5, 501, '2', null).map((index) => invalid({ ...base, index }, 'index')),
      fc
        .constantFrom('week_0', 'later', null)
        .map((section) => invalid({ ...base, section }, 'section')),
    );
  },
  'plans.deleteTask': (ctx) =>
    fc.oneof(
      idMisses({ id: randomUUID() }),
      // A generated task is skipped, not deleted.
      made(() => {
        return refused({ id: ctx.plan.generatedTask() }, 'RULE_VIOLATION');
      }),
    ),
  'plans.replanPreview': (ctx) =>
    fc.oneof(
      projectIdMisses({ projectId: ctx.projectId }),
      // The fixture project has a final audit but no plan yet.
      fc.constant(refused({ projectId: ctx.projectId }, 'NOT_FOUND')),
    ),
  'plans.replanApply': (ctx) => {
    const base = { projectId: ctx.projectId, auditId: ctx.finalAuditId, closeTaskIds: [] };
    return fc.oneof(
      projectIdMisses(base),
      fc.constantFrom(...NOT_IDS).map((auditId) => invalid({ ...base, auditId }, 'auditId')),
      fc.constant(invalid({ ...base, closeTaskIds: ['x'] }, 'closeTaskIds.0')),
      made(() =>
        refused(
          { ...base, projectId: ctx.plan.plannedProject(), auditId: randomUUID() },
          'CONFLICT',
        ),
      ),
      made(() =>
        refused(
          {
            projectId: ctx.plan.plannedProject(),
            auditId: ctx.plan.planAudit(),
            closeTaskIds: [ctx.plan.manualTask()],
          },
          'RULE_VIOLATION',
        ),
      ),
    );
  },
  'plans.overview': () => shape({}),
  'timeline.get': (ctx) => projectIdMisses({ projectId: ctx.projectId }),
  'timeline.save': (ctx) => {
    const base = { projectId: ctx.projectId, priorityRank: 1 };
    return fc.oneof(
      projectIdMisses(base),
      fc
        .constantFrom(0, -1, 1.5, 100_001, '1')
        .map((priorityRank) => invalid({ ...base, priorityRank }, 'priorityRank')),
      fc
        .constantFrom(...BAD_DATES)
        .map((firstProductionOn) =>
          invalid({ projectId: ctx.projectId, firstProductionOn }, 'firstProductionOn'),
        ),
      fc.constant(invalid({ projectId: ctx.projectId }, '')),
      // Before the PoC approval date of the planned project (2026-01-05).
      made(() =>
        refused(
          { projectId: ctx.plan.plannedProject(), firstProductionOn: '2025-12-31' },
          'INVALID_INPUT',
        ),
      ),
    );
  },
  'releases.list': (ctx) => projectIdMisses({ projectId: ctx.projectId }),
  'releases.all': () => shape({}),
  'releases.create': (ctx) => {
    const base = {
      projectId: ctx.projectId,
      version: '2.1',
      kind: 'update',
      trainedOn: '2026-02-01',
    };
    return fc.oneof(
      projectIdMisses(base),
      fc
        .constantFrom('', ' ', 'v\n1', 'x'.repeat(61))
        .map((version) => invalid({ ...base, version }, 'version')),
      fc.constantFrom('New', 'retrain', null).map((kind) => invalid({ ...base, kind }, 'kind')),
      fc
        .constantFrom(...BAD_DATES)
        .map((trainedOn) => invalid({ ...base, trainedOn }, 'trainedOn')),
      fc.constant(invalid({ ...base, servingOn: '2026-01-31' }, 'servingOn')),
    );
  },
  'releases.update': (ctx) =>
    fc.oneof(
      idMisses({ id: randomUUID(), patch: { notes: 'x' } }),
      fc.constant(invalid({ id: randomUUID(), patch: {} }, 'patch')),
      fc
        .constantFrom(...BAD_DATES)
        .map((servingOn) => invalid({ id: randomUUID(), patch: { servingOn } }, 'patch.servingOn')),
      // Serving before the release's training date (2026-02-01).
      made(() =>
        refused({ id: ctx.plan.release(), patch: { servingOn: '2026-01-01' } }, 'INVALID_INPUT'),
      ),
    ),
  'releases.delete': () => idMisses({ id: randomUUID() }),
} satisfies Pick<NearMisses, PlanChannel>;

type RoundTrip<C extends Channel> = (
  input: InputOf<C>,
  output: OutputOf<C>,
  dispatch: Dispatch,
) => void | Promise<void>;

const read = async <C extends Channel>(dispatch: Dispatch, c: C, input: InputOf<C>) => {
  const r = (await dispatch(c, input)) as Result<OutputOf<C>>;
  if (!r.ok) throw new Error(`${c}: ${r.error.message}`);
  return r.data;
};

/** What "returns exactly what was given" means for each plan, timeline and release channel. */
export function planRoundTrips(
  expect: (v: unknown) => {
    toEqual: (x: unknown) => void;
    toMatchObject: (x: object) => void;
    toBe: (x: unknown) => void;
  },
) {
  const fields = (o: object) => JSON.parse(JSON.stringify(o)) as object;
  return {
    'plans.get': (input, plan) => expect(plan?.projectId ?? input.projectId).toBe(input.projectId),
    'plans.generate': async (input, plan, dispatch) => {
      if (input.startOn) expect(plan.startOn).toBe(input.startOn);
      expect(await read(dispatch, 'plans.get', { projectId: input.projectId })).toEqual(plan);
    },
    'plans.addTask': async (input, task, dispatch) => {
      const { projectId: _p, ...given } = input;
      expect(task).toMatchObject(fields(given));
      const plan = await read(dispatch, 'plans.get', { projectId: input.projectId });
      expect(plan?.tasks.find((t) => t.id === task.id)).toEqual(task);
    },
    'plans.updateTask': async (input, task, dispatch) => {
      expect(task).toMatchObject(fields(input.patch));
      const plan = await read(dispatch, 'plans.get', { projectId: task.projectId });
      expect(plan?.tasks.find((t) => t.id === task.id)).toEqual(task);
    },
    'plans.moveTask': (input, plan) => {
      const inSection = plan.tasks.filter((t) => t.section === input.section);
      const index = inSection.findIndex((t) => t.id === input.id);
      expect(index).toBe(Math.min(input.index, inSection.length - 1));
      expect(inSection.map((t) => t.position)).toEqual(inSection.map((_, i) => i));
    },
    'plans.deleteTask': (input, out) => {
      expect(out).toEqual({ id: input.id });
    },
    'plans.replanPreview': (input, preview) => expect(preview.projectId).toBe(input.projectId),
    'plans.replanApply': (input, plan) => expect(plan.auditId).toBe(input.auditId),
    'plans.overview': (_, rows) => {
      for (const r of rows) expect(r.closed <= r.total && r.overdue <= r.total).toBe(true);
    },
    'timeline.get': (input, t) => expect(t.projectId).toBe(input.projectId),
    'timeline.save': async (input, t, dispatch) => {
      const { projectId: _p, ...given } = input;
      expect(t).toMatchObject(fields(given));
      expect(await read(dispatch, 'timeline.get', { projectId: input.projectId })).toEqual(t);
    },
    'releases.list': (input, list) => {
      for (const r of list) expect(r.projectId).toBe(input.projectId);
    },
    'releases.all': () => undefined,
    'releases.create': async (input, r, dispatch) => {
      expect(r).toMatchObject(fields(input));
      const list = await read(dispatch, 'releases.list', { projectId: input.projectId });
      expect(list.find((x) => x.id === r.id)).toEqual(r);
    },
    'releases.update': async (input, r, dispatch) => {
      expect(r).toMatchObject(fields(input.patch));
      const list = await read(dispatch, 'releases.list', { projectId: r.projectId });
      expect(list.find((x) => x.id === r.id)).toEqual(r);
    },
    'releases.delete': (input, out) => expect(out).toEqual({ id: input.id }),
  } satisfies { [C in PlanChannel]: RoundTrip<C> };
}
