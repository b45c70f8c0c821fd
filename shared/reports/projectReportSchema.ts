import { z } from 'zod';
import { PROJECT_KINDS, PROJECT_STAGES } from '../domain/project';
import { GAP_KEYS } from '../framework/types';
import {
  bandSchema,
  changesSchema,
  flagSchema,
  gapRefSchema,
  reportMetaSchema,
  scoreFigureSchema,
} from './reportParts';
import { checkpointsSchema, verdictSchema } from './checkpointSections';
import { projectOrgSchema } from './orgSections';
import { planProgressSchema, planTasksSchema } from './planSections';
import { releaseLeadTimeSchema, releasesSchema } from './releaseSections';

// The project readiness report: one model for the preview, the PDF, Markdown and JSON.

const readinessSchema = z.discriminatedUnion('status', [
  z
    .object({
      status: z.literal('ready'),
      audit: z.object({ id: z.string(), title: z.string(), takenOn: z.string() }).strict(),
      headline: scoreFigureSchema,
      mean: scoreFigureSchema.nullable(),
      band: bandSchema,
      weakestGap: gapRefSchema.nullable(),
      headlineExplanation: z.string(),
      meanExplanation: z.string(),
    })
    .strict(),
  z.object({ status: z.literal('none'), message: z.string() }).strict(),
]);

const trendSchema = z
  .object({
    /** Change of the headline since the previous report, in tenths of a point; null: none. */
    deltaTenths: z.number().int().nullable(),
    text: z.string(),
  })
  .strict();

const timingSchema = z
  .object({
    pocApprovedOn: z.string().nullable(),
    weeks: z.number().int().nullable(),
    targetWeeks: z.object({ min: z.number().int(), max: z.number().int() }).strict(),
    status: z.enum(['not_recorded', 'on_track', 'past_target', 'stalled', 'shipped']),
    text: z.string(),
  })
  .strict();

const riskSchema = z
  .object({
    gap: gapRefSchema,
    score: scoreFigureSchema,
    missing: z.string(),
    owner: z.string(),
    /** Where the owner comes from, said plainly. */
    ownerNote: z.string(),
  })
  .strict();

const practiceRowSchema = z
  .object({
    key: z.string(),
    title: z.string(),
    /** "Automated and exercised", "Not applicable: <reason>", "Not scored". */
    answer: z.string(),
    level: z.enum(['none', 'manual', 'automated', 'not_applicable', 'unscored']),
    note: z.string(),
  })
  .strict();

const gapDetailSchema = z
  .object({
    gap: gapRefSchema,
    score: scoreFigureSchema.nullable(),
    explanation: z.string(),
    missing: z.string(),
    practices: z.array(practiceRowSchema),
    planTasks: planTasksSchema,
  })
  .strict();

const trendPointSchema = z
  .object({
    auditId: z.string(),
    title: z.string(),
    takenOn: z.string(),
    headline: z.number().int().nullable(),
    mean: z.number().int().nullable(),
  })
  .strict();

export const projectReportSchema = z
  .object({
    kind: z.literal('project'),
    meta: reportMetaSchema,
    project: z
      .object({
        id: z.string(),
        name: z.string(),
        description: z.string(),
        owner: z.string(),
        team: z.string(),
        kind: z.enum(PROJECT_KINDS),
        kindLabel: z.string(),
        stage: z.enum(PROJECT_STAGES),
        stageLabel: z.string(),
        pocApprovedOn: z.string().nullable(),
        targetOn: z.string().nullable(),
        archived: z.boolean(),
      })
      .strict(),
    summary: z
      .object({
        verdict: verdictSchema,
        readiness: readinessSchema,
        trend: trendSchema,
        timing: timingSchema,
        releaseLeadTime: releaseLeadTimeSchema,
        risks: z.array(riskSchema).max(3),
        flags: z.array(flagSchema),
      })
      .strict(),
    gaps: z.array(gapDetailSchema).length(GAP_KEYS.length),
    trend: z.array(trendPointSchema),
    planProgress: planProgressSchema,
    checkpoints: checkpointsSchema,
    org: projectOrgSchema,
    releases: releasesSchema,
    changes: changesSchema,
  })
  .strict();

export type ProjectReport = z.infer<typeof projectReportSchema>;
export type ProjectReadinessSummary = ProjectReport['summary']['readiness'];
export type ProjectRisk = z.infer<typeof riskSchema>;
export type GapDetail = z.infer<typeof gapDetailSchema>;
export type ReportTrendPoint = z.infer<typeof trendPointSchema>;
