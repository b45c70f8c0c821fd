import { RACI_STAGES, type RaciStage } from './raci';

// The five governance checkpoint stages (brief: domain.md, "The five governance checkpoint
// stages"): owner, required artifacts, pass criteria and typical duration, as data. Keys are
// stored in the database: never rename one. Criteria are either yes/no, or numeric: the app
// judges a numeric one from the measured value and its threshold, which is fixed by the
// framework (schema match, PII leaks, critical CVEs) or set per project (accuracy, latency SLA,
// parity tolerance).

export const CHECKPOINT_STAGES = RACI_STAGES;
export type CheckpointStageKey = RaciStage;

/** Thresholds a project sets itself; the framework only says "a threshold the team sets". */
export const PROJECT_THRESHOLD_KEYS = ['accuracyPercent', 'latencyMs', 'parityPoints'] as const;
export type ProjectThresholdKey = (typeof PROJECT_THRESHOLD_KEYS)[number];
export type ProjectThresholds = Record<ProjectThresholdKey, number | null>;

export const PROJECT_THRESHOLD_LABELS: Record<ProjectThresholdKey, string> = {
  accuracyPercent: 'Accuracy threshold (%)',
  latencyMs: 'Latency SLA (ms)',
  parityPoints: 'Parity tolerance (percentage points)',
};

/**
 * How a measured value is judged against its threshold. 'above': strictly greater (the
 * framework says "above": a value equal to the threshold fails). 'at_most': equal or lower
 * (within an SLA, within a tolerance, zero of something).
 */
export type Comparator = 'above' | 'at_most';

export interface BooleanCriterion {
  key: string;
  kind: 'boolean';
  label: string;
}

export interface NumericCriterion {
  key: string;
  kind: 'numeric';
  label: string;
  comparator: Comparator;
  unit: '%' | 'ms' | 'points' | 'count';
  /** Fixed by the framework, or the key of the project's own threshold. */
  threshold: { fixed: number } | { project: ProjectThresholdKey };
}

export type CheckpointCriterion = BooleanCriterion | NumericCriterion;

export interface CheckpointArtifact {
  key: string;
  label: string;
}

export interface CheckpointStage {
  key: CheckpointStageKey;
  name: string;
  /** The owner role the framework names (a project's owner defaults from its org model). */
  ownerRole: string;
  artifacts: readonly CheckpointArtifact[];
  criteria: readonly CheckpointCriterion[];
  /** Typical duration in days, both ends included. */
  typicalDays: { min: number; max: number };
}

const yesNo = (key: string, label: string): BooleanCriterion => ({ key, kind: 'boolean', label });

export const CHECKPOINT_STAGE_DEFS: readonly CheckpointStage[] = [
  {
    key: 'data_validation',
    name: 'Data validation',
    ownerRole: 'Data engineering',
    artifacts: [
      { key: 'lineage_docs', label: 'Data lineage documentation' },
      { key: 'pii_scan', label: 'PII scan results' },
      { key: 'schema_validation', label: 'Schema validation' },
    ],
    criteria: [
      {
        key: 'pii_leaks',
        kind: 'numeric',
        label: 'PII leaks found',
        comparator: 'at_most',
        unit: 'count',
        threshold: { fixed: 0 },
      },
      {
        key: 'schema_match',
        kind: 'numeric',
        label: 'Schema match',
        comparator: 'above',
        unit: '%',
        threshold: { fixed: 99 },
      },
      yesNo('lineage_complete', 'Lineage is complete'),
    ],
    typicalDays: { min: 2, max: 3 },
  },
  {
    key: 'model_evaluation',
    name: 'Model evaluation',
    ownerRole: 'ML engineering',
    artifacts: [
      { key: 'evaluation_report', label: 'Evaluation report' },
      { key: 'fairness_metrics', label: 'Fairness metrics' },
      { key: 'benchmark_comparison', label: 'Benchmark comparison' },
    ],
    criteria: [
      {
        key: 'accuracy',
        kind: 'numeric',
        label: 'Accuracy',
        comparator: 'above',
        unit: '%',
        threshold: { project: 'accuracyPercent' },
      },
      yesNo('no_bias_regression', 'No regression in bias'),
      {
        key: 'latency',
        kind: 'numeric',
        label: 'Latency',
        comparator: 'at_most',
        unit: 'ms',
        threshold: { project: 'latencyMs' },
      },
    ],
    typicalDays: { min: 3, max: 5 },
  },
  {
    key: 'security_review',
    name: 'Security review',
    ownerRole: 'AppSec / DevSecOps',
    artifacts: [
      { key: 'threat_model', label: 'Threat model' },
      { key: 'dependency_scan', label: 'Dependency scan' },
      { key: 'prompt_injection_tests', label: 'Prompt injection test results' },
    ],
    criteria: [
      {
        key: 'critical_cves',
        kind: 'numeric',
        label: 'Critical CVEs open',
        comparator: 'at_most',
        unit: 'count',
        threshold: { fixed: 0 },
      },
      yesNo('injection_tests_pass', 'Injection tests pass'),
      yesNo('secrets_scan_clean', 'Secrets scan is clean'),
    ],
    typicalDays: { min: 2, max: 3 },
  },
  {
    key: 'bias_audit',
    name: 'Bias audit',
    ownerRole: 'Responsible AI lead',
    artifacts: [
      { key: 'disaggregated_metrics', label: 'Performance metrics per group' },
      { key: 'fairness_report', label: 'Fairness report' },
    ],
    criteria: [
      {
        key: 'parity_gap',
        kind: 'numeric',
        label: 'Largest performance gap between protected groups',
        comparator: 'at_most',
        unit: 'points',
        threshold: { project: 'parityPoints' },
      },
    ],
    typicalDays: { min: 3, max: 5 },
  },
  {
    key: 'operational_readiness',
    name: 'Operational readiness',
    ownerRole: 'SRE / Platform',
    artifacts: [
      { key: 'runbook', label: 'Runbook' },
      { key: 'rollback_plan', label: 'Rollback plan' },
      { key: 'monitoring_dashboard', label: 'Monitoring dashboard' },
      { key: 'load_test', label: 'Load test results' },
    ],
    criteria: [
      yesNo('rollback_tested', 'Rollback has been tested'),
      yesNo('alerts_configured', 'Alerts are configured'),
      yesNo('on_call_assigned', 'On-call is assigned'),
    ],
    typicalDays: { min: 2, max: 3 },
  },
];

export function stageDef(key: CheckpointStageKey): CheckpointStage {
  const s = CHECKPOINT_STAGE_DEFS.find((d) => d.key === key);
  if (!s) throw new RangeError(`Unknown checkpoint stage ${key}`);
  return s;
}

export const ALL_ARTIFACT_KEYS: readonly string[] = CHECKPOINT_STAGE_DEFS.flatMap((s) =>
  s.artifacts.map((a) => a.key),
);
export const ALL_CRITERION_KEYS: readonly string[] = CHECKPOINT_STAGE_DEFS.flatMap((s) =>
  s.criteria.map((c) => c.key),
);

const UNIT_TEXT: Record<NumericCriterion['unit'], (n: number) => string> = {
  '%': (n) => `${n}%`,
  ms: (n) => `${n} ms`,
  points: (n) => `${n} points`,
  count: (n) => String(n),
};

export const formatMeasure = (c: NumericCriterion, n: number): string => UNIT_TEXT[c.unit](n);

/** "above 99%", "at most 0", "at most 250 ms": the rule a measured value must meet. */
export function ruleText(c: NumericCriterion, threshold: number | null): string {
  if (threshold === null) return 'threshold not set for this project';
  return `${c.comparator === 'above' ? 'above' : 'at most'} ${formatMeasure(c, threshold)}`;
}

/** The threshold that applies to a numeric criterion for a project (null: not set yet). */
export function thresholdFor(c: NumericCriterion, thresholds: ProjectThresholds): number | null {
  return 'fixed' in c.threshold ? c.threshold.fixed : thresholds[c.threshold.project];
}

/** Whether a measured value meets its threshold: the one place numeric criteria are judged. */
export function meetsThreshold(
  comparator: Comparator,
  measured: number,
  threshold: number,
): boolean {
  return comparator === 'above' ? measured > threshold : measured <= threshold;
}
