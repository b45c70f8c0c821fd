import {
  checkpointSummary,
  describeCriterion,
  forecastReadiness,
  hasEvidence,
  judgeCriterion,
  missingForPass,
  readinessVerdict,
  runDurations,
  stageDef,
  waiversExpiring,
  type AuditScore,
  type CriterionOutcome,
  type ExpiringWaiver,
  type ProjectThresholds,
  type ReadinessForecast,
  type StageState,
  type Verdict,
} from '../framework';
import type { CheckpointRun, ProjectCheckpoints } from './checkpoints';

// A project's checkpoints at a glance, judged today: each stage's latest run with its evidence,
// criteria, sign-off and waiver, earlier runs, the verdict and the forecast. One pure function
// for the checkpoints page, `checkpoints show` and the readiness report.

export interface ArtifactLine {
  key: string;
  label: string;
  present: boolean;
  note: string;
  link: string;
}

export interface CriterionLine {
  key: string;
  label: string;
  outcome: CriterionOutcome;
  /** "Schema match: 99.4% (must be above 99%): passes" */
  text: string;
  measured: number | null;
  threshold: number | null;
}

export interface StageOverview {
  stage: CheckpointRun['stage'];
  name: string;
  ownerRole: string;
  typicalDays: { min: number; max: number };
  state: StageState;
  cleared: boolean;
  /** The latest run (null: never run), and every earlier run, oldest first. */
  latest: CheckpointRun | null;
  earlier: CheckpointRun[];
  owner: string;
  /** Who a new run of this stage would be owned by (the org decision's default). */
  defaultOwner: string;
  artifacts: ArtifactLine[];
  criteria: CriterionLine[];
  /** What a pass still needs (only for an open run). */
  missing: string[];
  durations: { planned: number; actual: number | null } | null;
}

export interface CheckpointOverview {
  projectId: string;
  today: string;
  thresholds: ProjectThresholds;
  verdict: Verdict;
  stages: StageOverview[];
  expiringWaivers: ExpiringWaiver[];
  forecast: ReadinessForecast;
}

export function checkpointOverview(
  c: ProjectCheckpoints,
  score: AuditScore | null,
  today: string,
): CheckpointOverview {
  const summary = checkpointSummary(c.runs, today);
  const stages = summary.map((s): StageOverview => {
    const def = stageDef(s.stage);
    const latest = s.latest;
    const open =
      latest !== null && (latest.status === 'not_started' || latest.status === 'in_progress');
    return {
      stage: s.stage,
      name: def.name,
      ownerRole: def.ownerRole,
      typicalDays: def.typicalDays,
      state: s.state,
      cleared: s.cleared,
      latest,
      earlier: c.runs.filter((r) => r.stage === s.stage && r.id !== latest?.id),
      owner: latest?.owner ?? c.defaultOwners[s.stage],
      defaultOwner: c.defaultOwners[s.stage],
      artifacts: def.artifacts.map((a) => {
        const e = latest?.evidence.find((x) => x.key === a.key);
        return {
          key: a.key,
          label: a.label,
          present: hasEvidence(e),
          note: e?.note ?? '',
          link: e?.link ?? '',
        };
      }),
      criteria: def.criteria.map((d) => {
        const r = latest?.criteria.find((x) => x.key === d.key);
        return {
          key: d.key,
          label: d.label,
          outcome: judgeCriterion(d, r),
          text: describeCriterion(d, r),
          measured: r?.measured ?? null,
          threshold: r?.threshold ?? null,
        };
      }),
      missing: open && latest ? missingForPass(latest) : [],
      durations: latest ? runDurations(latest) : null,
    };
  });
  return {
    projectId: c.projectId,
    today,
    thresholds: c.thresholds,
    verdict: readinessVerdict(score, summary),
    stages,
    expiringWaivers: waiversExpiring(summary, today),
    forecast: forecastReadiness(summary, today),
  };
}
