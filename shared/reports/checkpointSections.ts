import { z } from 'zod';
import type { CheckpointOverview } from '../domain/checkpointOverview';
import { formatDay } from '../domain/formatDay';
import {
  CHECKPOINT_STAGES,
  checkpointSummary,
  STAGE_STATE_LABELS,
  verdictFor,
  type StageRunFacts,
  type Verdict,
  type VerdictScore,
} from '../framework';
import { pendingSchema } from './reportParts';

// The governance checkpoints in the reports (issue 9), from the checkpoints page's own pure
// functions (checkpointOverview, readinessVerdict): the summary's verdict, the "Governance
// checkpoints" section (status, owner, sign-off, waivers with expiry) and the portfolio's
// Verdict and Checkpoints columns. The schemas still accept the pending line that earlier
// reports of format 1 carried, so their JSON stays valid.

const STAGE_STATES = [
  'not_started',
  'in_progress',
  'passed',
  'failed',
  'waived',
  'waiver_expired',
] as const;

export const verdictSchema = z.discriminatedUnion('status', [
  pendingSchema,
  z
    .object({
      status: z.literal('ready'),
      ready: z.boolean(),
      /** "Ready for 1.0" or "Not ready for 1.0": the one function every screen prints. */
      label: z.string(),
      explanation: z.string(),
      /** One short line for the summary page (the blockers are listed with the checkpoints). */
      summaryText: z.string(),
      /** What stands in the way, gaps first then stages; empty when ready. */
      blockers: z.array(z.object({ kind: z.string(), text: z.string() }).strict()),
    })
    .strict(),
]);
export type VerdictSection = z.infer<typeof verdictSchema>;

const stageRowSchema = z
  .object({
    stage: z.enum(CHECKPOINT_STAGES),
    name: z.string(),
    ownerRole: z.string(),
    state: z.enum(STAGE_STATES),
    stateLabel: z.string(),
    cleared: z.boolean(),
    /** The latest run's owner, or who a first run would default to. */
    owner: z.string(),
    /** Attempt of the latest run; null when the stage never ran. */
    attempt: z.number().int().nullable(),
    plannedText: z.string().nullable(),
    signOff: z
      .object({ reviewer: z.string(), on: z.string(), onText: z.string(), comment: z.string() })
      .strict()
      .nullable(),
    waiver: z
      .object({
        reason: z.string(),
        approver: z.string(),
        on: z.string(),
        expiresOn: z.string(),
        expiresText: z.string(),
        expired: z.boolean(),
      })
      .strict()
      .nullable(),
    /** What a pass still needs (an open run only). */
    missing: z.array(z.string()),
  })
  .strict();
export type CheckpointStageRow = z.infer<typeof stageRowSchema>;

export const checkpointsSchema = z.discriminatedUnion('status', [
  pendingSchema,
  z
    .object({
      status: z.literal('ready'),
      /** "2 of 5 stages passed or validly waived." */
      text: z.string(),
      cleared: z.number().int().min(0),
      stages: z.array(stageRowSchema),
      /** Waivers in force that expire soon, in words. */
      expiringWaivers: z.array(z.string()),
      /** When the stages left could be cleared, in words. */
      forecast: z.string(),
    })
    .strict(),
]);
export type CheckpointsSection = z.infer<typeof checkpointsSchema>;

/** The portfolio's Verdict and Checkpoints cells. */
export const portfolioCheckpointCellsSchema = z
  .object({
    verdict: z.object({ ready: z.boolean(), label: z.string() }).strict(),
    checkpoints: z
      .object({ cleared: z.number().int(), total: z.number().int(), text: z.string() })
      .strict(),
  })
  .strict();
export type PortfolioCheckpointCells = z.infer<typeof portfolioCheckpointCellsSchema>;

const clearedText = (n: number, total: number) =>
  `${n} of ${total} ${total === 1 ? 'stage' : 'stages'} passed or validly waived.`;

export function verdictSection(v: Verdict): VerdictSection {
  return {
    status: 'ready',
    ready: v.ready,
    label: v.label,
    explanation: v.explanation,
    summaryText: v.ready
      ? 'Every gap at the top band and all five checkpoint stages cleared.'
      : `${v.blockers.length} ${v.blockers.length === 1 ? 'item stands' : 'items stand'} in the way: listed under Governance checkpoints.`,
    blockers: v.blockers.map((b) => ({ kind: b.kind, text: b.text })),
  };
}

/** The "Governance checkpoints" section, from the checkpoints page's overview. */
export function checkpointsSection(o: CheckpointOverview, locale?: string): CheckpointsSection {
  const cleared = o.stages.filter((s) => s.cleared).length;
  const names = new Map(o.stages.map((s) => [s.stage, s.name] as const));
  return {
    status: 'ready',
    text: clearedText(cleared, o.stages.length),
    cleared,
    stages: o.stages.map((s) => {
      const run = s.latest;
      return {
        stage: s.stage,
        name: s.name,
        ownerRole: s.ownerRole,
        state: s.state,
        stateLabel: STAGE_STATE_LABELS[s.state],
        cleared: s.cleared,
        owner: s.owner,
        attempt: run?.attempt ?? null,
        plannedText: run
          ? `${formatDay(run.plannedStart, locale)} to ${formatDay(run.plannedEnd, locale)}`
          : null,
        signOff: run?.signOff
          ? { ...run.signOff, onText: formatDay(run.signOff.on, locale) }
          : null,
        waiver:
          run?.status === 'waived' && run.waiver
            ? {
                ...run.waiver,
                expiresText: formatDay(run.waiver.expiresOn, locale),
                expired: s.state === 'waiver_expired',
              }
            : null,
        missing: [...s.missing],
      };
    }),
    expiringWaivers: o.expiringWaivers.map(
      (w) =>
        `${names.get(w.stage) ?? w.stage}: the waiver expires ${w.daysLeft === 0 ? 'at the end of today' : `in ${w.daysLeft} ${w.daysLeft === 1 ? 'day' : 'days'}`} (${formatDay(w.expiresOn, locale)}).`,
    ),
    forecast: o.forecast.explanation,
  };
}

/** The portfolio's Verdict and Checkpoints cells, from each stage's latest run. */
export function portfolioCheckpointCells(
  score: VerdictScore | null,
  runs: readonly StageRunFacts[],
  today: string,
): PortfolioCheckpointCells {
  const v = verdictFor(score, runs, today);
  const summary = checkpointSummary(runs, today);
  const cleared = summary.filter((s) => s.cleared).length;
  return {
    verdict: { ready: v.ready, label: v.label },
    checkpoints: { cleared, total: summary.length, text: `${cleared}/${summary.length}` },
  };
}
