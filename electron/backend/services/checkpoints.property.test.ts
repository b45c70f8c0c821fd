import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { localToday } from '../../../shared/domain/calendar';
import {
  CHECKPOINT_STAGE_DEFS,
  CHECKPOINT_STAGES,
  checkpointSummary,
  missingForPass,
  readinessVerdict,
} from '../../../shared/framework';
import { projectInput } from '../testing/projectFixtures';
import { FIXED_NOW, openTempWorkspace, type TempWorkspace } from '../testing/tempWorkspace';
import { callOk } from '../testing/calls';

// No sequence of checkpoint operations, whatever it is, leaves a passed run with missing
// evidence or a failing criterion, nor a "Ready for 1.0" verdict with a stage neither passed
// nor validly waived. Operations go through dispatch, refusals included.

let ws: TempWorkspace;
let n = 0;
beforeAll(() => void (ws = openTempWorkspace()));
afterAll(() => ws.dispose());

const today = localToday(FIXED_NOW);
const stage = fc.constantFrom(...CHECKPOINT_STAGES);
const artifact = fc.constantFrom(
  ...CHECKPOINT_STAGE_DEFS.flatMap((s) => s.artifacts.map((a) => a.key)),
);
const criterion = fc.constantFrom(
  ...CHECKPOINT_STAGE_DEFS.flatMap((s) => s.criteria.map((c) => c.key)),
);
const op = fc.oneof(
  fc.record({ kind: fc.constant('open' as const), stage }),
  fc.record({
    kind: fc.constant('evidence' as const),
    stage,
    artifact,
    note: fc.constantFrom('', 'done'),
  }),
  fc.record({
    kind: fc.constant('criterion' as const),
    stage,
    criterion,
    result: fc.oneof(
      fc.constant(null),
      fc.record({ met: fc.boolean() }),
      fc.record({ measured: fc.constantFrom(0, 1, 2, 99, 99.01, 250, 300, 301) }),
    ),
  }),
  fc.record({
    kind: fc.constant('signOff' as const),
    stage,
    outcome: fc.constantFrom('passed' as const, 'failed' as const),
  }),
  fc.record({
    kind: fc.constant('waive' as const),
    stage,
    expiresOn: fc.constantFrom('2026-03-13', today, '2026-03-30'),
  }),
  fc.record({
    kind: fc.constant('thresholds' as const),
    accuracy: fc.constantFrom(null, 90, 99),
    latency: fc.constantFrom(null, 300),
  }),
);

it('never passes an incomplete run, never calls a project with an uncleared stage ready', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(op, { maxLength: 40 }), async (ops) => {
      const projectId = (
        await callOk(ws.dispatch, 'projects.create', projectInput({ name: `P${++n}` }))
      ).id;
      const latestId = async (s: string) => {
        const { runs } = await callOk(ws.dispatch, 'checkpoints.get', { projectId });
        return (
          runs.filter((r) => r.stage === s).at(-1)?.id ?? '00000000-0000-4000-8000-000000000000'
        );
      };
      for (const o of ops) {
        if (o.kind === 'open')
          await ws.dispatch('checkpoints.openRun', {
            projectId,
            stage: o.stage,
            plannedStart: today,
            owner: '',
            actualStart: null,
          });
        if (o.kind === 'evidence')
          await ws.dispatch('checkpoints.recordEvidence', {
            runId: await latestId(o.stage),
            artifact: o.artifact,
            note: o.note,
            link: '',
          });
        if (o.kind === 'criterion')
          await ws.dispatch('checkpoints.recordCriterion', {
            runId: await latestId(o.stage),
            criterion: o.criterion,
            result: o.result,
          });
        if (o.kind === 'signOff')
          await ws.dispatch('checkpoints.signOff', {
            runId: await latestId(o.stage),
            outcome: o.outcome,
            reviewer: 'R',
            on: today,
            comment: '',
          });
        if (o.kind === 'waive')
          await ws.dispatch('checkpoints.waive', {
            runId: await latestId(o.stage),
            reason: 'why',
            approver: 'A',
            on: '2026-03-13',
            expiresOn: o.expiresOn,
          });
        if (o.kind === 'thresholds')
          await ws.dispatch('checkpoints.setThresholds', {
            projectId,
            accuracyPercent: o.accuracy,
            latencyMs: o.latency,
            parityPoints: 2,
          });
      }
      const { runs } = await callOk(ws.dispatch, 'checkpoints.get', { projectId });
      for (const r of runs.filter((x) => x.status === 'passed'))
        expect(missingForPass(r)).toEqual([]);
      const summary = checkpointSummary(runs, today);
      const verdict = readinessVerdict({ headline: { num: 1, den: 1 }, weakestGap: null }, summary);
      if (verdict.ready)
        for (const s of summary) {
          const w = s.latest?.waiver;
          expect(s.state === 'passed' || (s.state === 'waived' && w && w.expiresOn >= today)).toBe(
            true,
          );
        }
    }),
    { numRuns: 60 },
  );
});
