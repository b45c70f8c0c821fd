import { z } from 'zod';
import { PROJECT_STAGES } from '../domain/project';
import { BAND_KEYS } from '../framework/bands';
import { GAP_KEYS } from '../framework/types';
import { flagSchema, gapRefSchema, reportMetaSchema, scoreFigureSchema } from './reportParts';
import { portfolioOrgSchema } from './orgSections';
import { portfolioPlanCellSchema } from './planSections';
import { portfolioCheckpointCellsSchema } from './checkpointSections';

// The portfolio report: one row per active project, the project x gap heatmap, the org
// decision, and the context that says why readiness matters.

const rowSchema = z
  .object({
    projectId: z.string(),
    name: z.string(),
    owner: z.string(),
    stage: z.enum(PROJECT_STAGES),
    stageLabel: z.string(),
    kindLabel: z.string(),
    headline: scoreFigureSchema.nullable(),
    mean: scoreFigureSchema.nullable(),
    band: z
      .object({ key: z.enum(BAND_KEYS), label: z.string() })
      .strict()
      .nullable(),
    weakestGap: gapRefSchema.nullable(),
    /** Date of the final audit the scores come from, or null when there is none. */
    auditedOn: z.string().nullable(),
    weeksSincePoc: z.number().int().nullable(),
    /**
     * Closed of all plan tasks; null without a plan. Optional only so that JSON of format 1
     * written before the plan landed stays valid: the builder always sets it.
     */
    planProgress: portfolioPlanCellSchema.nullable().optional(),
    /** The 1.0 verdict and checkpoint stages cleared (optional for the same reason). */
    verdict: portfolioCheckpointCellsSchema.shape.verdict.optional(),
    checkpoints: portfolioCheckpointCellsSchema.shape.checkpoints.optional(),
    flags: z.array(flagSchema),
    /** The heatmap row: tenths per gap, null when the gap has no score. */
    gaps: z.record(z.enum(GAP_KEYS), z.number().int().nullable()),
  })
  .strict();

const contextFigureSchema = z
  .object({ figure: z.string(), text: z.string(), source: z.string() })
  .strict();

export const portfolioReportSchema = z
  .object({
    kind: z.literal('portfolio'),
    meta: reportMetaSchema,
    context: z.array(contextFigureSchema),
    summary: z
      .object({
        projects: z.number().int(),
        audited: z.number().int(),
        byBand: z.record(z.enum(BAND_KEYS), z.number().int()),
        flagged: z.number().int(),
        archivedLeftOut: z.number().int(),
        text: z.string(),
      })
      .strict(),
    gaps: z.array(gapRefSchema),
    rows: z.array(rowSchema),
    /** Columns of the table whose feature is not built yet (one line each, no empty cells). */
    pendingColumns: z.array(z.object({ column: z.string(), message: z.string() }).strict()),
    org: portfolioOrgSchema,
  })
  .strict();

export type PortfolioReport = z.infer<typeof portfolioReportSchema>;
export type PortfolioRow = z.infer<typeof rowSchema>;
export type ContextFigure = z.infer<typeof contextFigureSchema>;
