import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { Channel, InputOf, OutputOf } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/result';
import { addDays } from '../../../shared/domain/calendar';
import { CHECKPOINT_STAGES, stageDef } from '../../../shared/framework';
import type { Dispatch } from '../dispatch/dispatch';
import { CheckpointsService } from '../services/checkpointsService';
import type { ServiceContext } from '../services/ServiceContext';
import {
  calendarDate,
  multiLineText,
  singleLineText,
  type ValidInputs,
} from './contractArbitraries';
import type { NearMiss, NearMisses } from './contractNearMisses';
import { contractToday } from './orgArbitraries';

// The checkpoint channels' generators for contract.property.test.ts (valid inputs, near misses,
// round trips), spread into the maps there. Built when called, never at module load.

type CheckpointChannel =
  | 'checkpoints.get'
  | 'checkpoints.setThresholds'
  | 'checkpoints.openRun'
  | 'checkpoints.recordEvidence'
  | 'checkpoints.recordCriterion'
  | 'checkpoints.signOff'
  | 'checkpoints.waive';

/** Opens a data-validation run of `projectId`; `complete`: with everything a pass needs. */
export function openCheckpointRun(
  ctx: ServiceContext,
  projectId: string,
  complete: boolean,
): string {
  const service = new CheckpointsService(ctx);
  const run = service.openRun({
    projectId,
    stage: 'data_validation',
    plannedStart: contractToday(),
    owner: '',
    actualStart: null,
  });
  if (complete) {
    for (const a of stageDef('data_validation').artifacts)
      service.recordEvidence({ runId: run.id, artifact: a.key, note: 'Checked', link: '' });
    service.recordCriterion({ runId: run.id, criterion: 'pii_leaks', result: { measured: 0 } });
    service.recordCriterion({
      runId: run.id,
      criterion: 'schema_match',
      result: { measured: 99.5 },
    });
    service.recordCriterion({
      runId: run.id,
      criterion: 'lineage_complete',
      result: { met: true },
    });
  }
  return run.id;
}

const made = <T>(make: () => T): fc.Arbitrary<T> => fc.constant(null).map(() => make());
const threshold = (max: number) =>
  fc.option(
    fc.double({ min: 0, max, noNaN: true }).map((v) => v + 0),
    { nil: null },
  );
const link = () =>
  fc.constantFrom('', 'https://wiki.example.com/lineage', 'mailto:appsec@example.com');
const pastDate = () => calendarDate.filter((d) => d <= contractToday());

export const checkpointValidInputs: Pick<ValidInputs, CheckpointChannel> = {
  'checkpoints.get': (ctx) => fc.constant({ projectId: ctx.projectId }),
  'checkpoints.setThresholds': (ctx) =>
    fc.record({
      projectId: fc.constant(ctx.projectId),
      accuracyPercent: threshold(100),
      latencyMs: threshold(1_000_000),
      parityPoints: threshold(100),
    }),
  'checkpoints.openRun': (ctx) =>
    fc
      .record({
        stage: fc.constantFrom(...CHECKPOINT_STAGES),
        plannedStart: calendarDate.filter((d) => d <= '2999-12-01'),
        owner: singleLineText(120),
        actualStart: fc.option(calendarDate, { nil: null }),
      })
      .chain((r) => made(() => ({ ...r, projectId: ctx.fresh.activeProject() }))),
  'checkpoints.recordEvidence': (ctx) =>
    fc
      .record({
        artifact: fc.constantFrom(...stageDef('data_validation').artifacts.map((a) => a.key)),
        note: multiLineText(2000),
        link: link(),
      })
      .chain((r) => made(() => ({ ...r, runId: ctx.fresh.openRun() }))),
  'checkpoints.recordCriterion': (ctx) =>
    fc
      .oneof(
        fc.record({
          criterion: fc.constantFrom('pii_leaks', 'schema_match'),
          result: fc.option(
            fc.record({
              measured: fc.double({ min: 0, max: 1_000_000, noNaN: true }).map((v) => v + 0),
            }),
            { nil: null },
          ),
        }),
        fc.record({
          criterion: fc.constant('lineage_complete'),
          result: fc.option(fc.record({ met: fc.boolean() }), { nil: null }),
        }),
      )
      .chain((r) => made(() => ({ ...r, runId: ctx.fresh.openRun() }))),
  'checkpoints.signOff': (ctx) =>
    fc
      .record({
        outcome: fc.constantFrom('passed' as const, 'failed' as const),
        reviewer: singleLineText(120, true),
        on: pastDate(),
        comment: multiLineText(2000),
      })
      .chain((r) =>
        made(() => ({
          ...r,
          runId: r.outcome === 'passed' ? ctx.fresh.completeRun() : ctx.fresh.openRun(),
        })),
      ),
  'checkpoints.waive': (ctx) =>
    fc
      .record({
        reason: multiLineText(2000).filter((s) => s.trim() !== ''),
        approver: singleLineText(120, true),
        on: pastDate(),
        days: fc.integer({ min: 0, max: 400 }),
      })
      .chain(({ days, ...r }) =>
        made(() => ({ ...r, expiresOn: addDays(r.on, days), runId: ctx.fresh.openRun() })),
      ),
};

const invalid = (input: unknown, path: string): NearMiss => ({
  input,
  code: 'INVALID_INPUT',
  path,
});
const refused = (input: unknown, code: NearMiss['code']): NearMiss => ({ input, code });
const shape = (valid: Record<string, unknown>): fc.Arbitrary<NearMiss> =>
  fc.oneof(
    fc.constantFrom(null, 'x', 42, [], [valid]).map((input) => invalid(input, '')),
    fc.constantFrom('extra', 'id', '__proto__').map((key) => invalid({ ...valid, [key]: 'x' }, '')),
  );

export const checkpointNearMisses: Pick<NearMisses, CheckpointChannel> = {
  'checkpoints.get': (ctx) =>
    fc.oneof(
      shape({ projectId: ctx.projectId }),
      fc.constantFrom('', 'x', 42).map((projectId) => invalid({ projectId }, 'projectId')),
      fc.constant(refused({ projectId: randomUUID() }, 'NOT_FOUND')),
    ),
  'checkpoints.setThresholds': (ctx) => {
    const base = { projectId: ctx.projectId, accuracyPercent: 92, latencyMs: 300, parityPoints: 2 };
    return fc.oneof(
      shape(base),
      fc
        .constantFrom(-0.5, 100.01, '92', Number.NaN)
        .map((v) => invalid({ ...base, accuracyPercent: v }, 'accuracyPercent')),
      fc.constantFrom(-1, '300').map((v) => invalid({ ...base, latencyMs: v }, 'latencyMs')),
      fc.constant(refused({ ...base, projectId: randomUUID() }, 'NOT_FOUND')),
      made(() => refused({ ...base, projectId: ctx.fresh.archivedProject() }, 'READ_ONLY')),
    );
  },
  'checkpoints.openRun': (ctx) => {
    const base = {
      projectId: ctx.projectId,
      stage: 'bias_audit',
      plannedStart: '2026-03-02',
      owner: '',
      actualStart: null,
    };
    return fc.oneof(
      shape(base),
      fc
        .constantFrom('bias', 'Bias audit', '', null)
        .map((stage) => invalid({ ...base, stage }, 'stage')),
      fc
        .constantFrom('2026-02-30', '2026-3-2', null)
        .map((d) => invalid({ ...base, plannedStart: d }, 'plannedStart')),
      fc.constant(refused({ ...base, projectId: randomUUID() }, 'NOT_FOUND')),
      made(() => refused({ ...base, projectId: ctx.fresh.archivedProject() }, 'READ_ONLY')),
    );
  },
  'checkpoints.recordEvidence': () => {
    const base = { runId: randomUUID(), artifact: 'pii_scan', note: 'ok', link: '' };
    return fc.oneof(
      shape(base),
      fc
        .constantFrom(
          'javascript:alert(1)',
          'file:///etc/passwd',
          'http://example.com',
          'smb://host/share',
          'https://user:pw@example.com',
        )
        .map((link) => invalid({ ...base, link }, 'link')),
      fc
        .constantFrom('pii', '', 'runbooks')
        .map((a) => invalid({ ...base, artifact: a }, 'artifact')),
      fc.constant(refused(base, 'NOT_FOUND')),
    );
  },
  'checkpoints.recordCriterion': (ctx) => {
    const base = { runId: randomUUID(), criterion: 'schema_match', result: { measured: 99.5 } };
    return fc.oneof(
      shape(base),
      fc
        .constantFrom<[unknown, string]>(
          [{ measured: -1 }, 'result.measured'],
          [{ measured: '99' }, 'result'],
          [{ met: 'yes' }, 'result'],
          [{ met: true, measured: 1 }, 'result'],
        )
        .map(([result, path]) => invalid({ ...base, result }, path)),
      fc.constant(refused(base, 'NOT_FOUND')),
      // A criterion of another stage, or the wrong kind of result.
      made(() =>
        refused({ ...base, runId: ctx.fresh.openRun(), criterion: 'accuracy' }, 'RULE_VIOLATION'),
      ),
      made(() =>
        refused({ ...base, runId: ctx.fresh.openRun(), result: { met: true } }, 'RULE_VIOLATION'),
      ),
    );
  },
  'checkpoints.signOff': (ctx) => {
    const base = {
      runId: randomUUID(),
      outcome: 'passed',
      reviewer: 'Ana',
      on: '2026-03-02',
      comment: '',
    };
    return fc.oneof(
      shape(base),
      fc.constantFrom('', '  ').map((reviewer) => invalid({ ...base, reviewer }, 'reviewer')),
      fc.constantFrom('waived', 'pass').map((outcome) => invalid({ ...base, outcome }, 'outcome')),
      fc.constant(refused(base, 'NOT_FOUND')),
      // A pass with evidence and criteria missing is refused with the list.
      made(() => refused({ ...base, runId: ctx.fresh.openRun() }, 'RULE_VIOLATION')),
      made(() =>
        refused(
          { ...base, runId: ctx.fresh.completeRun(), on: addDays(contractToday(), 1) },
          'RULE_VIOLATION',
        ),
      ),
    );
  },
  'checkpoints.waive': () => {
    const base = {
      runId: randomUUID(),
      reason: 'Vendor fix due',
      approver: 'Ana',
      on: '2026-03-02',
      expiresOn: '2026-03-20',
    };
    return fc.oneof(
      shape(base),
      fc.constantFrom('', ' \n ').map((reason) => invalid({ ...base, reason }, 'reason')),
      fc.constant(invalid({ ...base, expiresOn: '2026-03-01' }, 'expiresOn')),
      fc.constant(refused(base, 'NOT_FOUND')),
    );
  },
};

type RoundTrip<C extends Channel> = (
  input: InputOf<C>,
  output: OutputOf<C>,
  dispatch: Dispatch,
) => void | Promise<void>;

const fetchOk = async <C extends Channel>(dispatch: Dispatch, c: C, input: InputOf<C>) => {
  const r = (await dispatch(c, input)) as Result<OutputOf<C>>;
  if (!r.ok) throw new Error(`${c}: ${r.error.message}`);
  return r.data;
};

/** The run as a fresh read of its project returns it. */
const reread = async (dispatch: Dispatch, run: OutputOf<'checkpoints.openRun'>) => {
  const all = await fetchOk(dispatch, 'checkpoints.get', { projectId: run.projectId });
  expect(all.runs.find((r) => r.id === run.id)).toEqual(run);
};

export const checkpointRoundTrips: { [C in CheckpointChannel]: RoundTrip<C> } = {
  'checkpoints.get': (input, c) => {
    expect(c.projectId).toBe(input.projectId);
    expect(Object.keys(c.defaultOwners)).toEqual([...CHECKPOINT_STAGES]);
  },
  'checkpoints.setThresholds': async (input, t, dispatch) => {
    const { projectId, ...given } = input;
    expect(t).toEqual(given);
    expect((await fetchOk(dispatch, 'checkpoints.get', { projectId })).thresholds).toEqual(t);
  },
  'checkpoints.openRun': async (input, run, dispatch) => {
    expect(run).toMatchObject({
      projectId: input.projectId,
      stage: input.stage,
      attempt: 1,
      plannedStart: input.plannedStart,
      actualStart: input.actualStart,
      status: input.actualStart === null ? 'not_started' : 'in_progress',
    });
    if (input.owner) expect(run.owner).toBe(input.owner);
    else expect(run.owner).not.toBe('');
    await reread(dispatch, run);
  },
  'checkpoints.recordEvidence': async (input, run, dispatch) => {
    expect(run.evidence).toContainEqual({
      key: input.artifact,
      note: input.note,
      link: input.link,
    });
    expect(run.status).toBe('in_progress');
    await reread(dispatch, run);
  },
  'checkpoints.recordCriterion': async (input, run, dispatch) => {
    const saved = run.criteria.find((c) => c.key === input.criterion);
    if (input.result === null) expect(saved).toBeUndefined();
    else if ('met' in input.result) expect(saved?.met).toBe(input.result.met);
    else expect(saved?.measured).toBe(input.result.measured);
    await reread(dispatch, run);
  },
  'checkpoints.signOff': async (input, run, dispatch) => {
    expect(run.status).toBe(input.outcome);
    expect(run.signOff).toEqual({ reviewer: input.reviewer, on: input.on, comment: input.comment });
    await reread(dispatch, run);
  },
  'checkpoints.waive': async (input, run, dispatch) => {
    const { runId, ...waiver } = input;
    expect(run.id).toBe(runId);
    expect(run.status).toBe('waived');
    expect(run.waiver).toEqual(waiver);
    await reread(dispatch, run);
  },
};
