import { randomUUID } from 'node:crypto';
import { addDays } from '../../../shared/domain/calendar';
import type { CheckpointRun } from '../../../shared/domain/checkpoints';
import {
  missingForPass,
  plannedEndFor,
  RUN_STATUS_LABELS,
  stageDef,
  thresholdFor,
  type CheckpointStageKey,
  type ProjectThresholds,
} from '../../../shared/framework';
import { CheckpointsRepository } from '../repositories/checkpointsRepository';
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
// Like the rest of the sample, written straight through the repository with one history event
// per record created (each run, each project's thresholds): replaying every step through the
// service took a hundred transactions and events per sample. The writer below follows the
// service's rules all the same: numeric results are judged against the project's threshold,
// and a pass with anything missing throws (missingForPass, the service's own check).

/** The calls of CheckpointsService the sample uses, applied in memory, then written once. */
class SampleWriter {
  private thresholds: ProjectThresholds = {
    accuracyPercent: null,
    latencyMs: null,
    parityPoints: null,
  };
  private readonly runs: CheckpointRun[] = [];

  constructor(
    private readonly projectId: string,
    private readonly at: string,
    private readonly defaultOwner: (stage: CheckpointStageKey) => string,
  ) {}

  setThresholds(t: ProjectThresholds & { projectId: string }): void {
    this.thresholds = {
      accuracyPercent: t.accuracyPercent,
      latencyMs: t.latencyMs,
      parityPoints: t.parityPoints,
    };
  }

  openRun(i: {
    projectId: string;
    stage: CheckpointStageKey;
    plannedStart: string;
    owner: string;
    actualStart: string | null;
  }): CheckpointRun {
    const attempt = this.runs.filter((r) => r.stage === i.stage).length + 1;
    const run: CheckpointRun = {
      id: randomUUID(),
      projectId: this.projectId,
      stage: i.stage,
      attempt,
      status: i.actualStart === null ? 'not_started' : 'in_progress',
      owner: i.owner || this.defaultOwner(i.stage),
      plannedStart: i.plannedStart,
      plannedEnd: plannedEndFor(i.stage, i.plannedStart),
      actualStart: i.actualStart,
      actualEnd: null,
      evidence: [],
      criteria: [],
      signOff: null,
      waiver: null,
      createdAt: this.at,
    };
    this.runs.push(run);
    return run;
  }

  private run(id: string): CheckpointRun {
    const r = this.runs.find((x) => x.id === id);
    if (!r) throw new Error(`sample: no run ${id}`);
    return r;
  }

  recordEvidence(i: { runId: string; artifact: string; note: string; link: string }): void {
    this.run(i.runId).evidence.push({ key: i.artifact, note: i.note, link: i.link });
  }

  recordCriterion(i: {
    runId: string;
    criterion: string;
    result: { met: boolean } | { measured: number };
  }): void {
    const run = this.run(i.runId);
    const def = stageDef(run.stage).criteria.find((c) => c.key === i.criterion);
    if (!def) throw new Error(`sample: ${i.criterion} is not part of ${run.stage}`);
    run.criteria.push(
      'met' in i.result
        ? { key: def.key, met: i.result.met, measured: null, threshold: null }
        : {
            key: def.key,
            met: null,
            measured: i.result.measured,
            threshold: def.kind === 'numeric' ? thresholdFor(def, this.thresholds) : null,
          },
    );
  }

  signOff(i: {
    runId: string;
    outcome: 'passed' | 'failed';
    reviewer: string;
    on: string;
    comment: string;
  }): void {
    const run = this.run(i.runId);
    const missing = missingForPass(run);
    if (i.outcome === 'passed' && missing.length > 0)
      throw new Error(`sample: ${run.stage} cannot pass: ${missing.join('; ')}`);
    run.status = i.outcome;
    run.signOff = { reviewer: i.reviewer, on: i.on, comment: i.comment };
    run.actualEnd = i.on;
  }

  waive(i: { runId: string; reason: string; approver: string; on: string; expiresOn: string }) {
    const run = this.run(i.runId);
    run.status = 'waived';
    run.waiver = { reason: i.reason, approver: i.approver, on: i.on, expiresOn: i.expiresOn };
    run.actualEnd = run.actualEnd ?? i.on;
  }

  /** Writes the thresholds and every run (call inside the sample's transaction). */
  write(repo: CheckpointsRepository): { thresholds: ProjectThresholds; runs: CheckpointRun[] } {
    repo.saveThresholds(this.projectId, this.thresholds, this.at);
    for (const run of this.runs) {
      // Inserted open, then closed: the table refuses a closed run without its sign-off.
      repo.insertRun({ ...run, status: 'not_started' });
      repo.updateRun(run);
      for (const e of run.evidence) repo.saveEvidence(run.id, e.key, e.note, e.link);
      for (const c of run.criteria) repo.saveCriterion(run.id, c.key, c);
    }
    return { thresholds: this.thresholds, runs: this.runs };
  }
}

type Step = (s: SampleWriter, projectId: string, day: (n: number) => string) => void;

const wiki = (path: string) => `https://wiki.example.com/${path}`;

/** A run of `stage` opened `startDaysAgo` days ago, with evidence for every artifact. */
function run(
  s: SampleWriter,
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

const measured = (s: SampleWriter, runId: string, criterion: string, value: number) =>
  s.recordCriterion({ runId, criterion, result: { measured: value } });
const met = (s: SampleWriter, runId: string, criterion: string, value = true) =>
  s.recordCriterion({ runId, criterion, result: { met: value } });
const close = (
  s: SampleWriter,
  runId: string,
  outcome: 'passed' | 'failed',
  on: string,
  reviewer: string,
  comment = '',
) => s.signOff({ runId, outcome, reviewer, on, comment });

/** Every criterion of a stage recorded as passing. */
function allPass(s: SampleWriter, runId: string, stage: CheckpointStageKey): void {
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
    const { ctx } = sample;
    const repo = new CheckpointsRepository(ctx.db);
    const owners = new CheckpointsService(ctx);
    const day = (daysAgo: number) => addDays(sample.today, -daysAgo);
    const at = ctx.now().toISOString();
    for (const r of sample.records) {
      const step = STEPS[r.spec.key];
      if (!step || r.project.archivedAt !== null) continue;
      const writer = new SampleWriter(r.project.id, at, (stage) =>
        owners.defaultOwner(r.project.id, stage),
      );
      step(writer, r.project.id, day);
      const { thresholds, runs } = writer.write(repo);
      const record = (e: { entity: string; entityId: string; summary: string; after: unknown }) =>
        ctx.history.append({
          ...e,
          projectId: r.project.id,
          action: 'create',
          before: null,
          at,
          actor: ctx.actor,
        });
      record({
        entity: 'checkpoint_thresholds',
        entityId: r.project.id,
        summary: `Set the checkpoint thresholds of “${r.project.name}” (sample data)`,
        after: thresholds,
      });
      for (const run of runs)
        record({
          entity: 'checkpoint_run',
          entityId: run.id,
          summary: `Recorded ${stageDef(run.stage).name}, attempt ${run.attempt} (${RUN_STATUS_LABELS[run.status].toLowerCase()}) for “${r.project.name}” (sample data)`,
          after: run,
        });
    }
  },
};
