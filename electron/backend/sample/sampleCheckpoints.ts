import { addDays } from '../../../shared/domain/calendar';
import { stageDef, type CheckpointStageKey } from '../../../shared/framework';
import { CheckpointsService } from '../services/checkpointsService';
import type { SampleExtension, SampleRun } from './sampleExtensions';

// Checkpoints in the sample, in every state the app knows:
// - fraud scoring (in production, every gap above 90%): all five stages passed, data validation
//   only on its second run (the first failed at 98.7% schema match): truly ready for 1.0;
// - support triage: data validation passed, model evaluation in progress with evidence still
//   missing, security review waived with a waiver that runs out in 9 days, the rest not started;
// - athens: security review failed (two critical CVEs), bias audit waived with a waiver that
//   expired 12 days ago, operational readiness passed;
// - claims: model evaluation planned for next week, not started.
// Written through the checkpoints service, so each change has its history event.

type Step = (s: CheckpointsService, projectId: string, day: (n: number) => string) => void;

const wiki = (path: string) => `https://wiki.example.com/${path}`;

/** A run of `stage` opened `startDaysAgo` days ago, with evidence for every artifact. */
function run(
  s: CheckpointsService,
  projectId: string,
  stage: CheckpointStageKey,
  start: string,
  opts: { owner?: string; evidence?: 'all' | 'some' } = {},
): string {
  const r = s.openRun({
    projectId,
    stage,
    plannedStart: start,
    owner: opts.owner ?? '',
    actualStart: start,
  });
  const artifacts = stageDef(stage).artifacts;
  const evidenced = opts.evidence === 'some' ? artifacts.slice(0, 1) : artifacts;
  for (const a of evidenced)
    s.recordEvidence({
      runId: r.id,
      artifact: a.key,
      note: 'Reviewed and filed',
      link: wiki(`${stage}/${a.key}`),
    });
  return r.id;
}

const measured = (s: CheckpointsService, runId: string, criterion: string, value: number) =>
  s.recordCriterion({ runId, criterion, result: { measured: value } });
const met = (s: CheckpointsService, runId: string, criterion: string, value = true) =>
  s.recordCriterion({ runId, criterion, result: { met: value } });
const close = (
  s: CheckpointsService,
  runId: string,
  outcome: 'passed' | 'failed',
  on: string,
  reviewer: string,
  comment = '',
) => s.signOff({ runId, outcome, reviewer, on, comment });

/** Every criterion of a stage recorded as passing. */
function allPass(s: CheckpointsService, runId: string, stage: CheckpointStageKey): void {
  const values: Record<string, number> = {
    pii_leaks: 0,
    schema_match: 99.6,
    accuracy: 94.2,
    latency: 180,
    critical_cves: 0,
    parity_gap: 1.2,
  };
  for (const c of stageDef(stage).criteria) {
    if (c.kind === 'boolean') met(s, runId, c.key);
    else measured(s, runId, c.key, values[c.key] ?? 0);
  }
}

const STEPS: Record<string, Step> = {
  fraud: (s, projectId, day) => {
    s.setThresholds({ projectId, accuracyPercent: 92, latencyMs: 200, parityPoints: 2 });
    const first = run(s, projectId, 'data_validation', day(40));
    measured(s, first, 'pii_leaks', 0);
    measured(s, first, 'schema_match', 98.7);
    met(s, first, 'lineage_complete');
    close(
      s,
      first,
      'failed',
      day(38),
      'Nadia Haddad',
      'Two card-network fields drifted from the contract.',
    );
    const second = run(s, projectId, 'data_validation', day(33));
    allPass(s, second, 'data_validation');
    close(s, second, 'passed', day(31), 'Nadia Haddad', 'Contract fixed upstream; 99.6% match.');
    const stages: [CheckpointStageKey, number, string][] = [
      ['model_evaluation', 30, 'Lena Park'],
      ['security_review', 24, 'Omar Said'],
      ['bias_audit', 20, 'Grace Mensah'],
      ['operational_readiness', 14, 'Kai Tanaka'],
    ];
    for (const [stage, ago, reviewer] of stages) {
      const id = run(s, projectId, stage, day(ago));
      allPass(s, id, stage);
      close(s, id, 'passed', day(ago - 3), reviewer);
    }
  },
  support: (s, projectId, day) => {
    s.setThresholds({ projectId, accuracyPercent: 85, latencyMs: 1500, parityPoints: 3 });
    const data = run(s, projectId, 'data_validation', day(20));
    allPass(s, data, 'data_validation');
    close(s, data, 'passed', day(18), 'Nadia Haddad');
    const evaluation = run(s, projectId, 'model_evaluation', day(2), { evidence: 'some' });
    measured(s, evaluation, 'accuracy', 86.5);
    measured(s, evaluation, 'latency', 1720);
    const security = run(s, projectId, 'security_review', day(12), { evidence: 'some' });
    measured(s, security, 'critical_cves', 0);
    s.waive({
      runId: security,
      reason:
        'Prompt-injection suite is being rebuilt by AppSec; the assistant only drafts answers an agent approves.',
      approver: 'Daniel Osei (CTO)',
      on: day(5),
      expiresOn: day(-9),
    });
  },
  athens: (s, projectId, day) => {
    s.setThresholds({ projectId, accuracyPercent: 70, latencyMs: 80, parityPoints: 5 });
    const security = run(s, projectId, 'security_review', day(25));
    measured(s, security, 'critical_cves', 2);
    met(s, security, 'injection_tests_pass');
    met(s, security, 'secrets_scan_clean');
    close(
      s,
      security,
      'failed',
      day(22),
      'Omar Said',
      'Two critical CVEs in the feature-store client.',
    );
    const bias = run(s, projectId, 'bias_audit', day(60), { evidence: 'some' });
    s.waive({
      runId: bias,
      reason: 'Group labels were not yet collected; agreed to ship with a follow-up audit.',
      approver: 'Daniel Osei (CTO)',
      on: day(58),
      expiresOn: day(12),
    });
    const ops = run(s, projectId, 'operational_readiness', day(50));
    allPass(s, ops, 'operational_readiness');
    close(s, ops, 'passed', day(47), 'Kai Tanaka');
  },
  claims: (s, projectId, day) => {
    s.openRun({
      projectId,
      stage: 'model_evaluation',
      plannedStart: day(-7),
      owner: '',
      actualStart: null,
    });
  },
};

export const sampleCheckpoints: SampleExtension = {
  name: 'checkpoints',
  apply: (sample: SampleRun) => {
    const service = new CheckpointsService(sample.ctx);
    const day = (daysAgo: number) => addDays(sample.today, -daysAgo);
    for (const r of sample.records) {
      const step = STEPS[r.spec.key];
      if (step && r.project.archivedAt === null) step(service, r.project.id, day);
    }
  },
};
