import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localToday } from '../../../shared/domain/calendar';
import { EMPTY_OWNERSHIP } from '../../../shared/domain/ownership';
import { checkpointSummary, stageDef } from '../../../shared/framework';
import { callErr, callOk, contentOf } from '../testing/calls';
import { projectInput } from '../testing/projectFixtures';
import { FIXED_NOW, openTempWorkspace, type TempWorkspace } from '../testing/tempWorkspace';

let ws: TempWorkspace;
let projectId: string;
const today = localToday(FIXED_NOW);

beforeEach(async () => {
  ws = openTempWorkspace();
  projectId = (await callOk(ws.dispatch, 'projects.create', projectInput())).id;
});
afterEach(() => ws.dispose());

const open = (stage: Parameters<typeof stageDef>[0], owner = '') =>
  callOk(ws.dispatch, 'checkpoints.openRun', {
    projectId,
    stage,
    plannedStart: '2026-03-09',
    owner,
    actualStart: null,
  });

/** Every data-validation artifact evidenced, every criterion recorded as given. */
async function fillDataValidation(runId: string, schemaMatch: number) {
  for (const a of stageDef('data_validation').artifacts)
    await callOk(ws.dispatch, 'checkpoints.recordEvidence', {
      runId,
      artifact: a.key,
      note: '',
      link: `https://wiki.example.com/${a.key}`,
    });
  await callOk(ws.dispatch, 'checkpoints.recordCriterion', {
    runId,
    criterion: 'pii_leaks',
    result: { measured: 0 },
  });
  await callOk(ws.dispatch, 'checkpoints.recordCriterion', {
    runId,
    criterion: 'schema_match',
    result: { measured: schemaMatch },
  });
  return callOk(ws.dispatch, 'checkpoints.recordCriterion', {
    runId,
    criterion: 'lineage_complete',
    result: { met: true },
  });
}

const signOff = (runId: string, outcome: 'passed' | 'failed') => ({
  runId,
  outcome,
  reviewer: 'Priya Nair',
  on: today,
  comment: '',
});

describe('checkpoint runs', () => {
  it('plans a run from the typical duration; the first evidence starts it', async () => {
    const run = await open('model_evaluation');
    expect(run).toMatchObject({
      attempt: 1,
      status: 'not_started',
      plannedStart: '2026-03-09',
      plannedEnd: '2026-03-13', // 5 days, both ends included
    });
    const started = await callOk(ws.dispatch, 'checkpoints.recordEvidence', {
      runId: run.id,
      artifact: 'evaluation_report',
      note: 'v3 report',
      link: '',
    });
    expect(started).toMatchObject({ status: 'in_progress', actualStart: today });
  });

  it('refuses a pass with the exact list of what is missing, and writes nothing', async () => {
    const run = await open('data_validation');
    await callOk(ws.dispatch, 'checkpoints.recordEvidence', {
      runId: run.id,
      artifact: 'lineage_docs',
      note: 'Lineage in the catalogue',
      link: '',
    });
    await callOk(ws.dispatch, 'checkpoints.recordCriterion', {
      runId: run.id,
      criterion: 'schema_match',
      result: { measured: 99.0 },
    });
    const before = contentOf(ws.openDb());
    const error = await callErr(ws.dispatch, 'checkpoints.signOff', signOff(run.id, 'passed'));
    expect(error.code).toBe('RULE_VIOLATION');
    expect(error.issues?.map((i) => i.message)).toEqual([
      'Evidence missing: PII scan results',
      'Evidence missing: Schema validation',
      'Criterion not recorded: PII leaks found',
      'Criterion fails: Schema match: 99% (must be above 99%): fails',
      'Criterion not recorded: Lineage is complete',
    ]);
    expect(contentOf(ws.openDb())).toEqual(before);
  });

  it('a failed stage run again keeps both runs; the rerun passes at 99.01%', async () => {
    const first = await open('data_validation');
    await fillDataValidation(first.id, 99.0);
    const failed = await callOk(ws.dispatch, 'checkpoints.signOff', signOff(first.id, 'failed'));
    expect(failed).toMatchObject({ status: 'failed', actualEnd: today });
    const rerun = await open('data_validation');
    expect(rerun.attempt).toBe(2);
    await fillDataValidation(rerun.id, 99.01);
    const passed = await callOk(ws.dispatch, 'checkpoints.signOff', signOff(rerun.id, 'passed'));
    expect(passed.signOff).toEqual({ reviewer: 'Priya Nair', on: today, comment: '' });
    const all = await callOk(ws.dispatch, 'checkpoints.get', { projectId });
    expect(all.runs.map((r) => `${r.attempt}:${r.status}`)).toEqual(['1:failed', '2:passed']);
    expect(checkpointSummary(all.runs, today)[0]).toMatchObject({ state: 'passed', runs: 2 });
    // The first run is kept as signed: no more evidence on it.
    const refused = await callErr(ws.dispatch, 'checkpoints.recordEvidence', {
      runId: first.id,
      artifact: 'pii_scan',
      note: 'late',
      link: '',
    });
    expect(refused.code).toBe('RULE_VIOLATION');
    const history = await callOk(ws.dispatch, 'history.list', { projectId, limit: 3 });
    expect(history.map((e) => e.summary)).toContain(
      'Passed Data validation, attempt 2, signed off by Priya Nair on 2026-03-14 (“Support triage assistant”)',
    );
  });

  it('refuses a second open run of the same stage', async () => {
    await open('bias_audit');
    const error = await callErr(ws.dispatch, 'checkpoints.openRun', {
      projectId,
      stage: 'bias_audit',
      plannedStart: '2026-03-09',
      owner: '',
      actualStart: null,
    });
    expect(error.message).toMatch(/already has an open run/);
  });

  it('judges numeric criteria against the project threshold, stored beside the result', async () => {
    const run = await open('model_evaluation');
    const unset = await callOk(ws.dispatch, 'checkpoints.recordCriterion', {
      runId: run.id,
      criterion: 'accuracy',
      result: { measured: 93 },
    });
    expect(unset.criteria).toEqual([{ key: 'accuracy', met: null, measured: 93, threshold: null }]);
    await callOk(ws.dispatch, 'checkpoints.setThresholds', {
      projectId,
      accuracyPercent: 93,
      latencyMs: 300,
      parityPoints: 2,
    });
    const equal = await callOk(ws.dispatch, 'checkpoints.recordCriterion', {
      runId: run.id,
      criterion: 'accuracy',
      result: { measured: 93 },
    });
    expect(equal.criteria[0]).toEqual({ key: 'accuracy', met: null, measured: 93, threshold: 93 });
    const error = await callErr(ws.dispatch, 'checkpoints.signOff', signOff(run.id, 'passed'));
    expect(error.issues?.map((i) => i.message)).toContain(
      'Criterion fails: Accuracy: 93% (must be above 93%): fails',
    );
  });

  it('waives a failed run until its expiry; a passed run cannot be waived', async () => {
    const run = await open('security_review');
    await callOk(ws.dispatch, 'checkpoints.signOff', signOff(run.id, 'failed'));
    const waived = await callOk(ws.dispatch, 'checkpoints.waive', {
      runId: run.id,
      reason: 'CVE fix ships with the vendor patch',
      approver: 'CTO',
      on: today,
      expiresOn: '2026-03-20',
    });
    expect(waived).toMatchObject({ status: 'waived', waiver: { expiresOn: '2026-03-20' } });
    const s = checkpointSummary([waived], '2026-03-21').find((x) => x.stage === 'security_review');
    expect(s?.state).toBe('waiver_expired');
    const again = await callErr(ws.dispatch, 'checkpoints.waive', {
      runId: run.id,
      reason: 'again',
      approver: 'CTO',
      on: today,
      expiresOn: '2026-03-30',
    });
    expect(again.code).toBe('RULE_VIOLATION');
  });
});

describe('default owners', () => {
  it('come from the org decision in force and the project’s recorded people', async () => {
    expect((await open('operational_readiness')).owner).toBe('Platform/SRE owner');
    await callOk(ws.dispatch, 'org.decide', {
      model: 'embedded',
      rationale: 'Four ML products, no platform team',
      decidedBy: '',
      decidedOn: today,
    });
    await callOk(ws.dispatch, 'ownership.save', {
      projectId,
      ownership: { ...EMPTY_OWNERSHIP, mlOwner: 'Amara Okafor' },
    });
    const { defaultOwners } = await callOk(ws.dispatch, 'checkpoints.get', { projectId });
    // Embedded: the ML engineer in the product team runs operational readiness.
    expect(defaultOwners.operational_readiness).toBe('Amara Okafor (ML owner)');
    expect(defaultOwners.security_review).toBe('AppSec / DevSecOps');
    expect((await open('model_evaluation', 'Kai Tanaka')).owner).toBe('Kai Tanaka');
  });
});

describe('waiver expiry in the user’s time zone', () => {
  const at = new Date('2026-03-24T11:30:00Z');
  const waived = {
    stage: 'bias_audit' as const,
    attempt: 1,
    status: 'waived' as const,
    plannedEnd: '2026-03-01',
    waiver: { expiresOn: '2026-03-24' },
  };
  const stateIn = (tz: string) => {
    const saved = process.env.TZ;
    process.env.TZ = tz;
    try {
      return checkpointSummary([waived], localToday(at)).find((s) => s.stage === 'bias_audit')
        ?.state;
    } finally {
      process.env.TZ = saved;
    }
  };
  it('holds through the expiry day where the user is, and has expired where that day is over', () => {
    // 11:30 UTC is 04:30 on the 24th in Los Angeles, 00:30 on the 25th in Auckland.
    expect(stateIn('America/Los_Angeles')).toBe('waived');
    expect(stateIn('Pacific/Auckland')).toBe('waiver_expired');
  });
});
