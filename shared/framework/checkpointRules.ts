import {
  CHECKPOINT_STAGE_DEFS,
  formatMeasure,
  meetsThreshold,
  ruleText,
  stageDef,
  type CheckpointCriterion,
  type CheckpointStageKey,
} from './checkpointStages';

// The rules of checkpoint runs as pure functions over plain facts, so the backend (which refuses
// a pass), the checkpoints page, the CLI and the report all judge a run the same way. Dates are
// calendar dates (YYYY-MM-DD) compared as strings; "today" is the user's local date.

export const RUN_STATUSES = ['not_started', 'in_progress', 'passed', 'failed', 'waived'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export const RUN_STATUS_LABELS: Record<RunStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  passed: 'Passed',
  failed: 'Failed',
  waived: 'Waived',
};

export interface EvidenceFacts {
  key: string;
  note: string;
  link: string;
}

/** A criterion's recorded result: `met` for yes/no ones, `measured` and `threshold` for numeric. */
export interface CriterionFacts {
  key: string;
  met: boolean | null;
  measured: number | null;
  threshold: number | null;
}

export interface WaiverFacts {
  reason: string;
  approver: string;
  /** The last day the waiver holds (it expires at the end of that day, local time). */
  expiresOn: string;
}

/** What the rules need of a run (the domain's CheckpointRun has these fields and more). */
export interface RunFacts {
  id: string;
  stage: CheckpointStageKey;
  attempt: number;
  status: RunStatus;
  plannedStart: string;
  plannedEnd: string;
  actualStart: string | null;
  actualEnd: string | null;
  evidence: readonly EvidenceFacts[];
  criteria: readonly CriterionFacts[];
  waiver: WaiverFacts | null;
}

export const hasEvidence = (e: EvidenceFacts | undefined): boolean =>
  e !== undefined && (e.note.trim() !== '' || e.link.trim() !== '');

export type CriterionOutcome = 'pass' | 'fail' | 'not_recorded';

/** Judges one criterion from its recorded result (numeric ones from measured value and threshold). */
export function judgeCriterion(
  def: CheckpointCriterion,
  result: CriterionFacts | undefined,
): CriterionOutcome {
  if (!result) return 'not_recorded';
  if (def.kind === 'boolean')
    return result.met === null ? 'not_recorded' : result.met ? 'pass' : 'fail';
  if (result.measured === null || result.threshold === null) return 'not_recorded';
  return meetsThreshold(def.comparator, result.measured, result.threshold) ? 'pass' : 'fail';
}

/** One line per criterion: "Schema match: 99% (must be above 99%): fails". */
export function describeCriterion(
  def: CheckpointCriterion,
  result: CriterionFacts | undefined,
): string {
  const outcome = judgeCriterion(def, result);
  const word = outcome === 'pass' ? 'passes' : outcome === 'fail' ? 'fails' : 'not recorded';
  if (def.kind === 'boolean') {
    const value = result?.met === true ? 'yes' : result?.met === false ? 'no' : '-';
    return `${def.label}: ${value} (${word})`;
  }
  const measured = result?.measured ?? null;
  const threshold = result?.threshold ?? null;
  const value = measured === null ? '-' : formatMeasure(def, measured);
  return `${def.label}: ${value} (must be ${ruleText(def, threshold)}): ${word}`;
}

/**
 * Everything that stands between a run and a pass, in the framework's order: each artifact
 * without evidence, each criterion not recorded or failing. Empty: the run may pass.
 */
export function missingForPass(run: Pick<RunFacts, 'stage' | 'evidence' | 'criteria'>): string[] {
  const def = stageDef(run.stage);
  const missing: string[] = [];
  for (const a of def.artifacts) {
    if (!hasEvidence(run.evidence.find((e) => e.key === a.key)))
      missing.push(`Evidence missing: ${a.label}`);
  }
  for (const c of def.criteria) {
    const result = run.criteria.find((r) => r.key === c.key);
    const outcome = judgeCriterion(c, result);
    if (outcome === 'not_recorded') {
      const noThreshold =
        c.kind === 'numeric' && result?.measured != null && result.threshold === null;
      missing.push(
        noThreshold ? `Threshold not set: ${c.label}` : `Criterion not recorded: ${c.label}`,
      );
    }
    if (outcome === 'fail') missing.push(`Criterion fails: ${describeCriterion(c, result)}`);
  }
  return missing;
}

/** A waiver holds through its expiry day in the user's time zone; the next day it has expired. */
export const waiverValid = (w: Pick<WaiverFacts, 'expiresOn'>, today: string): boolean =>
  today <= w.expiresOn;

/** Where a stage stands: its latest run decides, earlier runs are history. */
export type StageState =
  'not_started' | 'in_progress' | 'passed' | 'failed' | 'waived' | 'waiver_expired';

export const STAGE_STATE_LABELS: Record<StageState, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  passed: 'Passed',
  failed: 'Failed',
  waived: 'Waived',
  waiver_expired: 'Waiver expired',
};

/** What a stage's state is computed from (the portfolio sends only this of each latest run). */
export interface StageRunFacts {
  stage: CheckpointStageKey;
  attempt: number;
  status: RunStatus;
  plannedEnd: string;
  waiver: Pick<WaiverFacts, 'expiresOn'> | null;
}

export interface StageSummary<R extends StageRunFacts = StageRunFacts> {
  stage: CheckpointStageKey;
  name: string;
  state: StageState;
  /** Passed, or waived with a waiver that has not expired. */
  cleared: boolean;
  /** The latest run (null: never run) and how many runs there were. */
  latest: R | null;
  runs: number;
  waiverExpiresOn: string | null;
}

export function latestRun<R extends StageRunFacts>(
  runs: readonly R[],
  stage: CheckpointStageKey,
): R | null {
  let found: R | null = null;
  for (const r of runs)
    if (r.stage === stage && (found === null || r.attempt > found.attempt)) found = r;
  return found;
}

/** Each of the five stages, in the framework's order, as its latest run leaves it today. */
export function checkpointSummary<R extends StageRunFacts>(
  runs: readonly R[],
  today: string,
): StageSummary<R>[] {
  return CHECKPOINT_STAGE_DEFS.map((def) => {
    const latest = latestRun(runs, def.key);
    let state: StageState = latest ? latest.status : 'not_started';
    if (latest?.status === 'waived' && latest.waiver && !waiverValid(latest.waiver, today))
      state = 'waiver_expired';
    return {
      stage: def.key,
      name: def.name,
      state,
      cleared: state === 'passed' || state === 'waived',
      latest,
      runs: runs.filter((r) => r.stage === def.key).length,
      waiverExpiresOn: latest?.status === 'waived' ? (latest.waiver?.expiresOn ?? null) : null,
    };
  });
}

/** How many days the portfolio looks ahead for waivers about to expire. */
export const WAIVER_WARNING_DAYS = 14;

export interface ExpiringWaiver {
  stage: CheckpointStageKey;
  expiresOn: string;
  /** 0: expires at the end of today. */
  daysLeft: number;
}

/** Waivers in force that expire within the next `days` days (today included). */
export function waiversExpiring(
  summary: readonly StageSummary<StageRunFacts>[],
  today: string,
  days: number = WAIVER_WARNING_DAYS,
): ExpiringWaiver[] {
  const out: ExpiringWaiver[] = [];
  for (const s of summary) {
    if (s.state !== 'waived' || s.waiverExpiresOn === null) continue;
    const daysLeft = dayDiff(today, s.waiverExpiresOn);
    if (daysLeft >= 0 && daysLeft <= days)
      out.push({ stage: s.stage, expiresOn: s.waiverExpiresOn, daysLeft });
  }
  return out;
}

/** Whole days between two calendar dates (UTC midnights: no daylight-saving drift). */
export const dayDiff = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

export const addDay = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A new run's planned end: its start plus the stage's longest typical duration (both included). */
export const plannedEndFor = (stage: CheckpointStageKey, plannedStart: string): string =>
  addDay(plannedStart, stageDef(stage).typicalDays.max - 1);

/** Days a run was planned to take and took (both ends included; null while it runs). */
export function runDurations(run: RunFacts): { planned: number; actual: number | null } {
  return {
    planned: dayDiff(run.plannedStart, run.plannedEnd) + 1,
    actual:
      run.actualStart !== null && run.actualEnd !== null
        ? dayDiff(run.actualStart, run.actualEnd) + 1
        : null,
  };
}
