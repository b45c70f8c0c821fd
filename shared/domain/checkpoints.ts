import { z } from 'zod';
import {
  ALL_ARTIFACT_KEYS,
  ALL_CRITERION_KEYS,
  CHECKPOINT_STAGES,
  type CheckpointStageKey,
  type CriterionFacts,
  type EvidenceFacts,
  type ProjectThresholds,
  type RunFacts,
} from '../framework';
import { EXTERNAL_LINK_RULE, isAllowedExternalUrl, MAX_URL_LENGTH } from '../security/externalLink';
import { isoDate, multiLine, recordId, singleLine } from './textFields';

// Checkpoint runs per project: the entity shapes and the strict schemas of every checkpoint
// channel (the same schemas guard IPC, HTTP and the CLI). The rules live in
// shared/framework/checkpointRules.ts.

export interface SignOff {
  reviewer: string;
  on: string;
  comment: string;
}

export interface Waiver {
  reason: string;
  approver: string;
  /** The day the waiver was granted. */
  on: string;
  expiresOn: string;
}

export interface CheckpointRun extends RunFacts {
  projectId: string;
  /** Who runs the stage: a name, or a role from the org model's default when none was given. */
  owner: string;
  evidence: EvidenceFacts[];
  criteria: CriterionFacts[];
  signOff: SignOff | null;
  waiver: Waiver | null;
  createdAt: string;
}

export interface ProjectCheckpoints {
  projectId: string;
  thresholds: ProjectThresholds;
  /** Every run, every attempt kept (reruns never replace a run), oldest first. */
  runs: CheckpointRun[];
  /** Each stage's default owner for a new run, from the org decision in force. */
  defaultOwners: Record<CheckpointStageKey, string>;
}

const NAME_MAX = 120;
const stage = z.enum(CHECKPOINT_STAGES, { error: 'Choose a checkpoint stage' });

/** An evidence link: empty, or an https:/mailto: address (the only ones the app opens). */
export const evidenceLink = singleLine('Link', MAX_URL_LENGTH).refine(
  (s) => s === '' || isAllowedExternalUrl(s),
  { message: EXTERNAL_LINK_RULE },
);

const measure = (label: string) =>
  z
    .number({ error: `${label} must be a number` })
    .min(0, { message: `${label} cannot be negative` })
    .max(1_000_000, { message: `${label} is too large` });

export const setThresholdsSchema = z
  .object({
    projectId: recordId,
    accuracyPercent: measure('Accuracy threshold')
      .max(100, { message: 'Accuracy threshold is a percentage (0-100)' })
      .nullable(),
    latencyMs: measure('Latency SLA').nullable(),
    parityPoints: measure('Parity tolerance')
      .max(100, { message: 'Parity tolerance is in percentage points (0-100)' })
      .nullable(),
  })
  .strict();

export const openRunSchema = z
  .object({
    projectId: recordId,
    stage,
    plannedStart: isoDate('Planned start'),
    /** '' : the default owner for the project's org model. */
    owner: singleLine('Owner', NAME_MAX),
    /** The day work started; null: planned, not started yet. */
    actualStart: isoDate('Start date').nullable(),
  })
  .strict();

export const recordEvidenceSchema = z
  .object({
    runId: recordId,
    artifact: z.enum(ALL_ARTIFACT_KEYS as [string, ...string[]], { error: 'Choose an artifact' }),
    note: multiLine('Evidence note', 2000),
    link: evidenceLink,
  })
  .strict();

export const recordCriterionSchema = z
  .object({
    runId: recordId,
    criterion: z.enum(ALL_CRITERION_KEYS as [string, ...string[]], {
      error: 'Choose a criterion',
    }),
    /** Yes/no criteria: met; numeric ones: the measured value; null clears the result. */
    result: z
      .union([
        z.object({ met: z.boolean({ error: 'Say whether it is met' }) }).strict(),
        z.object({ measured: measure('Measured value') }).strict(),
      ])
      .nullable(),
  })
  .strict();

export const signOffSchema = z
  .object({
    runId: recordId,
    outcome: z.enum(['passed', 'failed'], { error: 'Choose passed or failed' }),
    reviewer: singleLine('Reviewer', NAME_MAX, { required: true }),
    on: isoDate('Sign-off date'),
    comment: multiLine('Comment', 2000),
  })
  .strict();

export const waiveSchema = z
  .object({
    runId: recordId,
    reason: multiLine('Reason', 2000).refine((s) => s.trim() !== '', {
      message: 'Give the reason for the waiver',
    }),
    approver: singleLine('Approver', NAME_MAX, { required: true }),
    on: isoDate('Waiver date'),
    expiresOn: isoDate('Expiry date'),
  })
  .strict()
  .refine((w) => w.expiresOn >= w.on, {
    message: 'The waiver must expire on or after the day it is granted',
    path: ['expiresOn'],
  });
