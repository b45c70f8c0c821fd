import { describe, expect, it } from 'vitest';
import {
  checkpointSummary,
  judgeCriterion,
  missingForPass,
  plannedEndFor,
  waiversExpiring,
  type RunFacts,
} from './checkpointRules';
import { CHECKPOINT_STAGE_DEFS, stageDef, type CheckpointStageKey } from './checkpointStages';
import { forecastReadiness, readinessVerdict } from './readinessVerdict';

const criterion = (stage: CheckpointStageKey, key: string) => {
  const c = stageDef(stage).criteria.find((x) => x.key === key);
  if (!c) throw new Error(key);
  return c;
};
const numeric = (measured: number, threshold: number) => ({
  key: 'x',
  met: null,
  measured,
  threshold,
});

/** A run of `stage` with every artifact evidenced and every criterion passing. */
function completeRun(stage: CheckpointStageKey, over: Partial<RunFacts> = {}): RunFacts {
  const def = stageDef(stage);
  return {
    id: `${stage}-1`,
    stage,
    attempt: 1,
    status: 'passed',
    plannedStart: '2026-03-02',
    plannedEnd: plannedEndFor(stage, '2026-03-02'),
    actualStart: '2026-03-02',
    actualEnd: '2026-03-03',
    evidence: def.artifacts.map((a) => ({ key: a.key, note: 'done', link: '' })),
    criteria: def.criteria.map((c) =>
      c.kind === 'boolean'
        ? { key: c.key, met: true, measured: null, threshold: null }
        : c.comparator === 'above'
          ? { key: c.key, met: null, measured: 99.5, threshold: 99 }
          : { key: c.key, met: null, measured: 0, threshold: 0 },
    ),
    waiver: null,
    ...over,
  };
}

const allPassed = () => CHECKPOINT_STAGE_DEFS.map((d) => completeRun(d.key));
const TOP = { headline: { num: 9, den: 10 }, weakestGap: 'governance' as const };

describe('the five stages', () => {
  it('carry the framework’s owners, artifacts and typical durations', () => {
    expect(
      CHECKPOINT_STAGE_DEFS.map(
        (s) =>
          `${s.name} | ${s.ownerRole} | ${s.artifacts.length} artifacts | ${s.criteria.length} criteria | ${s.typicalDays.min}-${s.typicalDays.max} days`,
      ),
    ).toEqual([
      'Data validation | Data engineering | 3 artifacts | 3 criteria | 2-3 days',
      'Model evaluation | ML engineering | 3 artifacts | 3 criteria | 3-5 days',
      'Security review | AppSec / DevSecOps | 3 artifacts | 3 criteria | 2-3 days',
      'Bias audit | Responsible AI lead | 2 artifacts | 1 criteria | 3-5 days',
      'Operational readiness | SRE / Platform | 4 artifacts | 3 criteria | 2-3 days',
    ]);
  });
});

describe('numeric criteria at their boundaries', () => {
  const schema = criterion('data_validation', 'schema_match');
  it('schema match must exceed 99%: exactly 99.0 fails, 99.01 passes', () => {
    expect(judgeCriterion(schema, numeric(99.0, 99))).toBe('fail');
    expect(judgeCriterion(schema, numeric(99.01, 99))).toBe('pass');
  });
  it('zero PII leaks and no critical CVE: 0 passes, 1 fails', () => {
    for (const c of [
      criterion('data_validation', 'pii_leaks'),
      criterion('security_review', 'critical_cves'),
    ]) {
      expect(judgeCriterion(c, numeric(0, 0))).toBe('pass');
      expect(judgeCriterion(c, numeric(1, 0))).toBe('fail');
    }
  });
  it('accuracy must be above its threshold: equal fails', () => {
    const c = criterion('model_evaluation', 'accuracy');
    expect(judgeCriterion(c, numeric(92, 92))).toBe('fail');
    expect(judgeCriterion(c, numeric(92.1, 92))).toBe('pass');
  });
  it('latency within the SLA and parity within the tolerance: equal passes', () => {
    const latency = criterion('model_evaluation', 'latency');
    expect(judgeCriterion(latency, numeric(300, 300))).toBe('pass');
    expect(judgeCriterion(latency, numeric(301, 300))).toBe('fail');
    const parity = criterion('bias_audit', 'parity_gap');
    expect(judgeCriterion(parity, numeric(2, 2))).toBe('pass');
    expect(judgeCriterion(parity, numeric(2.01, 2))).toBe('fail');
  });
  it('a measured value without its project threshold is not judged', () => {
    const c = criterion('model_evaluation', 'accuracy');
    expect(judgeCriterion(c, { key: 'accuracy', met: null, measured: 95, threshold: null })).toBe(
      'not_recorded',
    );
  });
});

describe('missingForPass', () => {
  it('lists exactly the missing evidence and the failing or unrecorded criteria', () => {
    const run = completeRun('data_validation');
    const partial = {
      ...run,
      evidence: run.evidence.filter((e) => e.key !== 'pii_scan'),
      criteria: [
        { key: 'pii_leaks', met: null, measured: 0, threshold: 0 },
        { key: 'schema_match', met: null, measured: 99, threshold: 99 },
      ],
    };
    expect(missingForPass(partial)).toEqual([
      'Evidence missing: PII scan results',
      'Criterion fails: Schema match: 99% (must be above 99%): fails',
      'Criterion not recorded: Lineage is complete',
    ]);
    expect(missingForPass(run)).toEqual([]);
  });
});

describe('waivers', () => {
  const waived = (expiresOn: string) =>
    completeRun('bias_audit', {
      status: 'waived',
      waiver: { reason: 'r', approver: 'a', expiresOn },
    });
  it('hold through their expiry day and expire the day after', () => {
    const runs = [...allPassed().filter((r) => r.stage !== 'bias_audit'), waived('2026-06-10')];
    const on = checkpointSummary(runs, '2026-06-10');
    expect(on.find((s) => s.stage === 'bias_audit')?.state).toBe('waived');
    expect(readinessVerdict(TOP, on).ready).toBe(true);
    const after = checkpointSummary(runs, '2026-06-11');
    expect(after.find((s) => s.stage === 'bias_audit')?.state).toBe('waiver_expired');
    const v = readinessVerdict(TOP, after);
    expect(v.ready).toBe(false);
    expect(v.blockers.map((b) => b.kind)).toEqual(['waiver_expired']);
  });
  it('the portfolio warns of waivers expiring within 14 days, today included', () => {
    const runs = [waived('2026-06-24')];
    expect(waiversExpiring(checkpointSummary(runs, '2026-06-10'), '2026-06-10')).toEqual([
      { stage: 'bias_audit', expiresOn: '2026-06-24', daysLeft: 14 },
    ]);
    expect(waiversExpiring(checkpointSummary(runs, '2026-06-09'), '2026-06-09')).toEqual([]);
    expect(waiversExpiring(checkpointSummary(runs, '2026-06-25'), '2026-06-25')).toEqual([]);
  });
});

describe('readinessVerdict', () => {
  it('is ready only with the top band and every stage cleared', () => {
    expect(readinessVerdict(TOP, checkpointSummary(allPassed(), '2026-06-01'))).toMatchObject({
      ready: true,
      label: 'Ready for 1.0',
      blockers: [],
    });
  });
  it('names the weakest gap, the stages not passed, and a missing audit', () => {
    const runs = allPassed().filter((r) => r.stage !== 'security_review');
    runs.push(completeRun('security_review', { status: 'failed' }));
    const summary = checkpointSummary(
      runs.filter((r) => r.stage !== 'bias_audit'),
      '2026-06-01',
    );
    const v = readinessVerdict(
      { headline: { num: 89, den: 100 }, weakestGap: 'fallback' },
      summary,
    );
    expect(v.label).toBe('Not ready for 1.0');
    expect(v.blockers.map((b) => b.text)).toEqual([
      'Weakest gap, Fallback paths, scores 89%, below the 90% every gap needs.',
      'Security review: failed, not passed.',
      'Bias audit: not started, not passed.',
    ]);
    expect(readinessVerdict(null, checkpointSummary(allPassed(), '2026-06-01')).blockers).toEqual([
      { kind: 'no_final_audit', text: 'No finalised gap audit: the gaps have not been scored.' },
    ]);
  });
  it('a rerun that passes clears a failed stage: the latest run decides', () => {
    const runs = allPassed();
    runs.push(completeRun('security_review', { id: 's0', attempt: 0, status: 'failed' }));
    expect(readinessVerdict(TOP, checkpointSummary(runs, '2026-06-01')).ready).toBe(true);
  });
});

describe('forecastReadiness', () => {
  it('parallel takes the longest stage, sequential their sum', () => {
    const summary = checkpointSummary([], '2026-06-01');
    const f = forecastReadiness(summary, '2026-06-01');
    // 3 + 5 + 3 + 5 + 3 = 19 days; the longest is 5.
    expect(f.parallel).toBe('2026-06-05');
    expect(f.sequential).toBe('2026-06-19');
  });
  it('a stage in progress counts the days left to its planned end', () => {
    const runs = allPassed().filter((r) => r.stage !== 'model_evaluation');
    runs.push(
      completeRun('model_evaluation', {
        status: 'in_progress',
        plannedStart: '2026-06-01',
        plannedEnd: '2026-06-05',
        actualEnd: null,
      }),
    );
    const f = forecastReadiness(checkpointSummary(runs, '2026-06-04'), '2026-06-04');
    expect(f.remaining).toEqual([
      { stage: 'model_evaluation', days: 2, basis: 'to its planned end 2026-06-05' },
    ]);
    expect([f.parallel, f.sequential]).toEqual(['2026-06-05', '2026-06-05']);
  });
  it('nothing left: no date', () => {
    const f = forecastReadiness(checkpointSummary(allPassed(), '2026-06-01'), '2026-06-01');
    expect([f.parallel, f.sequential]).toEqual([null, null]);
  });
});
