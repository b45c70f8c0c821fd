import type { Gap, GapKey, Practice, PracticeLevelTexts } from './types';

// The five structural gaps that stall AI proofs-of-concept (domain.md, "The five structural
// gaps"), in the framework's order. Texts are ours; numbers and thresholds are the framework's
// and must stay exactly as they are (a test checks them). Practice keys are stored in audits:
// never rename one; changing the list means a new FRAMEWORK_VERSION.
// Where each practice's work lands in the 30-day plan is in planPlacement.ts.
// This is the current FRAMEWORK_VERSION; frameworkVersions.ts keeps earlier versions' texts.

function practice(
  gap: GapKey,
  slug: string,
  title: string,
  description: string,
  levels?: PracticeLevelTexts,
): Practice {
  return { key: `${gap}.${slug}`, gap, title, description, ...(levels ? { levels } : {}) };
}

const pipeline: Gap = {
  key: 'pipeline',
  order: 1,
  title: 'From notebook to pipeline',
  poc: 'A notebook that someone runs by hand.',
  production:
    'A containerised service behind a defined API, with managed dependencies, CI/CD, auto-scaling and an SLA.',
  cost: '3-6 months of re-engineering before the model can ship.',
  practices: [
    practice(
      'pipeline',
      'containerised_service',
      'Containerised service with a defined API',
      'The model runs as a containerised service that callers reach through a defined, documented API, not by opening a notebook.',
    ),
    practice(
      'pipeline',
      'pinned_dependencies',
      'Dependencies pinned',
      'Every library version is pinned, so a build next month runs the same code as the build today.',
    ),
    practice(
      'pipeline',
      'ci_cd',
      'Built and deployed by CI/CD',
      'A CI/CD pipeline builds, tests and deploys the service; nobody copies files to a server by hand.',
    ),
    practice(
      'pipeline',
      'scaling_and_sla',
      'Scaling and SLA defined',
      'The service scales automatically with load and has an agreed SLA that the team measures.',
    ),
    practice(
      'pipeline',
      'productionization_sprint',
      'Co-owned productionization sprint',
      'Research and production engineers pair for a 2-3 week productionization sprint and turn the notebook code into services together, instead of handing over a document.',
      // People pairing is the practice: "automated" cannot describe it.
      {
        none: {
          label: 'Handed over',
          meaning: 'Research hands production a notebook or a document, or nothing is planned.',
        },
        manual: {
          label: 'Planned or partly paired',
          meaning:
            'A joint sprint is planned, or the two sides pair on part of the code and hand over the rest.',
        },
        automated: {
          label: 'Sprint done together',
          meaning:
            'Research and production engineers have worked the sprint side by side, and the notebook code now runs as services both sides own.',
        },
      },
    ),
  ],
};

const versioning: Gap = {
  key: 'versioning',
  order: 2,
  title: 'Model versioning and rollback',
  poc: 'Model files in a timestamped folder in object storage.',
  production: 'Immutable artifacts with semantic versions, and a way back to the last good one.',
  cost: 'The first production incident arrives and there is no earlier version to roll back to.',
  practices: [
    practice(
      'versioning',
      'model_registry',
      'Model registry',
      "Models live in a model registry (MLflow, Weights & Biases, or the cloud provider's own) rather than as loose files.",
    ),
    practice(
      'versioning',
      'versioned_unit',
      'Each version is one complete unit',
      'A registered version bundles the model binary, its training config, a fingerprint (hash) of the dataset, its evaluation metrics and its deployment metadata, so they cannot drift apart.',
    ),
    practice(
      'versioning',
      'reproducible_training',
      'Reproducible training runs',
      'Any registered version can be trained again from what was recorded with it.',
    ),
    practice(
      'versioning',
      'rollback_target_and_trigger',
      'Rollback target and trigger set',
      'Every deployment names the version to return to and the condition that sends it back (for example accuracy down by more than 0.05, or p99 latency above 300 ms); the rollback may run automatically.',
    ),
    practice(
      'versioning',
      'prompt_versioning',
      'Prompts versioned with the model',
      'For LLM and agent systems prompts carry versions too, and a deployment is the (model_version, prompt_version) pair. Not applicable to systems without prompts.',
    ),
    practice(
      'versioning',
      'canary_release',
      'Canary releases',
      'A new version first gets 5% of traffic and is promoted only if, over a 24-48 hour window, it equals or beats the current version on accuracy, latency and confidence.',
    ),
  ],
};

const fallback: Gap = {
  key: 'fallback',
  order: 3,
  title: 'Fallback paths',
  poc: 'The belief that the model will not fail, because it never did in testing.',
  production: 'Circuit breakers, tiered fallbacks and a system that degrades gracefully.',
  cost: 'A single bad prediction can cascade into an outage of the whole system.',
  practices: [
    practice(
      'fallback',
      'fallback_tiers',
      'Three fallback tiers',
      'When the model cannot answer well, the system steps down three tiers: (1) a cached answer for the same or a near-identical input, (2) rule-based degradation, (3) escalation to a human.',
    ),
    practice(
      'fallback',
      'circuit_breaker',
      'Circuit breaker',
      'A circuit breaker stops calling a failing model, for example opening after 5 consecutive failures and trying again after 60 s in a half-open state.',
    ),
    practice(
      'fallback',
      'confidence_floor',
      'Confidence floor',
      "Predictions below a confidence floor take the fallback path; the floor starts at the 10th percentile of the validation set's confidence (0.65 in the reference example) and is tuned from there.",
    ),
    practice(
      'fallback',
      'fallback_rate_monitored',
      'Fallback rate watched',
      'The share of requests that fall back is monitored; above 15-20% it signals a floor set too aggressively or a model due for retraining.',
    ),
    practice(
      'fallback',
      'fallback_decisions_logged',
      'Fallback decisions logged',
      'Every fallback decision is logged so that an auditor can follow it later.',
    ),
    practice(
      'fallback',
      'agent_step_decisions',
      'Per-step decisions in multi-agent pipelines',
      'In a multi-agent pipeline each step decides for itself whether to retry, fall back or escalate. Not applicable to single-model systems.',
    ),
  ],
};

const observability: Gap = {
  key: 'observability',
  order: 4,
  title: 'Observability from day one',
  poc: 'One accuracy figure in a spreadsheet.',
  production: 'Drift detection, confidence tracking and latency percentiles, watched continuously.',
  cost: 'The model degrades silently for weeks, still answering HTTP 200 with well-formed but wrong output.',
  practices: [
    practice(
      'observability',
      'drift_detection',
      'Data drift detection',
      'Incoming data is compared with the training distribution, and drift raises a signal.',
    ),
    practice(
      'observability',
      'confidence_tracking',
      'Prediction confidence tracked',
      'Prediction confidence is tracked over time; a falling mean counts as an early warning.',
    ),
    practice(
      'observability',
      'latency_percentiles',
      'Latency p50, p95 and p99',
      'Latency is tracked at p50, p95 and p99 separately, never as a single average.',
    ),
    practice(
      'observability',
      'inference_log',
      'Per-inference log',
      'Each inference records its input distribution or a hash of the input, its confidence and latency, plus token usage for LLMs and retrieval quality for RAG.',
    ),
    practice(
      'observability',
      'metrics_retention',
      'Time-series store, at least 90 days',
      'Metrics go to a time-series store that keeps at least 90 days of history.',
    ),
    practice(
      'observability',
      'alert_ownership',
      'Alerts have owners',
      'Each alert reaches someone who can act on it: drift goes to ML engineering, latency and availability to platform/SRE, cost to the engineering manager.',
    ),
    practice(
      'observability',
      'day_one_dashboard',
      'Five-panel dashboard',
      "Five panels go live with the service on its first day: (1) today's input features set against the training baseline, (2) how confident predictions are, as a histogram refreshed every hour, (3) latency at p50/p95/p99 over time, (4) how often each fallback fires, split into timeout, low confidence and error, (5) what 1,000 inferences cost, day by day. Panels 2 and 4 are the floor, the two no service goes live without: between them they spot about 80% of the failures peculiar to AI that an uptime check never sees.",
    ),
  ],
};

const governance: Gap = {
  key: 'governance',
  order: 5,
  title: 'Governance throughout',
  poc: 'Compliance is left for later.',
  production: 'Automated bias checks and data validation, with an audit trail.',
  cost: 'A 6-9 month delay once the project reaches compliance review.',
  practices: [
    practice(
      'governance',
      'continuous_checkpoints',
      'Checkpoints during development',
      'Governance checkpoints run all along development instead of as a single gate at the end.',
      // Checkpoints are reviews held by people; what counts is that they happen at every stage.
      {
        none: {
          label: 'One gate at the end',
          meaning: 'Governance waits for a single review just before release, or there is none.',
        },
        manual: {
          label: 'Some stages',
          meaning:
            'Some checkpoints happen during development, but not at every stage, or only when someone remembers.',
        },
        automated: {
          label: 'Every stage, held',
          meaning:
            'Each stage of development has its checkpoint with an owner and a date, and they have been held, not only planned.',
        },
      },
    ),
    practice(
      'governance',
      'automated_checks',
      'About 80% of checks automated',
      'Roughly 80% of the checks run by themselves: data validation in CI, evaluation of every newly registered model, a security scan on every build, bias metrics inside the evaluation pipeline.',
    ),
    practice(
      'governance',
      'parallel_checks',
      'Checks run in parallel',
      'Checks run side by side rather than one after another, so reviews do not queue up.',
    ),
    practice(
      'governance',
      'evidence_sign_off',
      'People review evidence and sign off',
      'People spend their time reviewing the evidence the checks produce and signing off, not running the checks by hand.',
      // Signing off is human by nature: its top level is a recorded sign-off, never automation.
      {
        none: {
          label: 'No review',
          meaning:
            "Nobody reviews the checks' evidence, or people still run the checks by hand instead.",
        },
        manual: {
          label: 'Reviewed now and then',
          meaning:
            'Someone reviews the evidence and signs off, but not for every release, or with no record of who signed what.',
        },
        automated: {
          label: 'Signed off every time, on record',
          meaning:
            'For every release a named reviewer reads the evidence the checks produced and signs off, and the sign-off is kept with the release.',
        },
      },
    ),
  ],
};

export const GAPS: readonly Gap[] = [pipeline, versioning, fallback, observability, governance];

export const ALL_PRACTICES: readonly Practice[] = GAPS.flatMap((gap) => gap.practices);

const gapsByKey = new Map<string, Gap>(GAPS.map((gap) => [gap.key, gap]));
const practicesByKey = new Map<string, Practice>(ALL_PRACTICES.map((p) => [p.key, p]));

/** The gap with this key, or undefined (keys may come from stored data). */
export function gapByKey(key: string): Gap | undefined {
  return gapsByKey.get(key);
}

/** The practice with this key, or undefined (an audit from another framework version may hold it). */
export function practiceByKey(key: string): Practice | undefined {
  return practicesByKey.get(key);
}
