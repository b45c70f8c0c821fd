import { z } from 'zod';
import { GAP_KEYS, type GapKey, type PracticeAnswer } from '../framework/types';
import { isoDate, multiLine, recordId, singleLine } from './textFields';

export const AUDIT_STATUSES = ['draft', 'final'] as const;
export type AuditStatus = (typeof AUDIT_STATUSES)[number];

export const PARTICIPANTS_MAX = 30;
export const TIMER_MINUTES = { min: 1, max: 60, default: 10 } as const;

/** A practice's answer as it crosses the boundary; the reason for "not applicable" is required. */
export const practiceAnswerSchema: z.ZodType<PracticeAnswer> = z.discriminatedUnion(
  'kind',
  [
    z
      .object({
        kind: z.literal('scored'),
        level: z.union([z.literal(0), z.literal(0.5), z.literal(1)], {
          error: 'A score is 0, 0.5 or 1',
        }),
      })
      .strict(),
    z
      .object({
        kind: z.literal('not_applicable'),
        reason: singleLine('The reason', 500, { required: true }),
      })
      .strict(),
  ],
  { error: 'Choose a score or “not applicable”' },
);

const practiceKey = z
  .string()
  .regex(/^[a-z]+\.[a-z0-9_]+$/, { message: 'Not a practice of the framework' })
  .max(100);

/** The audit's own fields: what the workshop was and who took part. */
export const auditFieldsSchema = z
  .object({
    title: singleLine('Title', 120, { required: true }),
    takenOn: isoDate('Audit date'),
    facilitator: singleLine('Facilitator', 120).default(''),
    participants: z
      .array(singleLine('A participant', 120, { required: true }), {
        error: 'Participants must be a list',
      })
      .max(PARTICIPANTS_MAX, { message: `At most ${PARTICIPANTS_MAX} participants` })
      .default([]),
    timerMinutes: z
      .number({ error: 'Minutes must be a number' })
      .int({ message: 'Minutes must be a whole number' })
      .min(TIMER_MINUTES.min, { message: `At least ${TIMER_MINUTES.min} minute` })
      .max(TIMER_MINUTES.max, { message: `At most ${TIMER_MINUTES.max} minutes` })
      .default(TIMER_MINUTES.default),
  })
  .strict();

export const createAuditSchema = auditFieldsSchema.extend({ projectId: recordId }).strict();

export const auditPatchSchema = z
  .object({
    title: auditFieldsSchema.shape.title,
    takenOn: auditFieldsSchema.shape.takenOn,
    facilitator: singleLine('Facilitator', 120),
    participants: z
      .array(singleLine('A participant', 120, { required: true }))
      .max(PARTICIPANTS_MAX, { message: `At most ${PARTICIPANTS_MAX} participants` }),
    timerMinutes: z
      .number()
      .int({ message: 'Minutes must be a whole number' })
      .min(TIMER_MINUTES.min)
      .max(TIMER_MINUTES.max),
  })
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: 'Nothing to change' });

export const setPracticeSchema = z
  .object({
    auditId: recordId,
    practiceKey,
    /** null clears the score (back to "not yet scored"); omitted leaves it as it is. */
    answer: practiceAnswerSchema.nullable().optional(),
    note: multiLine('The note', 2000).optional(),
  })
  .strict()
  .refine((v) => v.answer !== undefined || v.note !== undefined, {
    message: 'Give a score or a note to save',
  });

export const setGapMissingSchema = z
  .object({
    auditId: recordId,
    gapKey: z.enum(GAP_KEYS, { error: 'Not a gap of the framework' }),
    missing: multiLine('What is missing', 4000),
  })
  .strict();

export const copyAuditSchema = z
  .object({
    id: recordId,
    title: auditFieldsSchema.shape.title,
    takenOn: auditFieldsSchema.shape.takenOn,
  })
  .strict();

export type AuditFieldsInput = z.input<typeof auditFieldsSchema>;
export type CreateAuditInput = z.input<typeof createAuditSchema>;
export type AuditPatch = z.output<typeof auditPatchSchema>;

export interface PracticeEntry {
  /** Undefined until scored. */
  answer?: PracticeAnswer;
  note: string;
}

export interface Audit {
  id: string;
  projectId: string;
  title: string;
  takenOn: string;
  facilitator: string;
  participants: string[];
  timerMinutes: number;
  /** The framework version the audit was scored with. */
  frameworkVersion: string;
  status: AuditStatus;
  /** The audit this one was started from ("new audit from the latest"), if any. */
  copiedFromId: string | null;
  finalizedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** Practice key -> its answer and note (every practice of the framework is present). */
  practices: Record<string, PracticeEntry>;
  /** Gap key -> what is missing (the week-1 rule: name the missing artifact or capability). */
  missing: Record<GapKey, string>;
}
