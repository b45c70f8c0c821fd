import { z } from 'zod';
import { BAND_KEYS } from '../framework/bands';
import { GAP_KEYS } from '../framework/types';

// Building blocks of both report models. The schemas are the report's JSON format: every
// export is parsed by them on the way out, so a file never carries a shape its version does
// not promise. Numbers are integer tenths of a percent plus the text every format prints, so
// the screen, the PDF, Markdown, CSV and JSON cannot round differently.

/** Version of the JSON format; bump it when a field changes meaning or disappears. */
export const REPORT_SCHEMA_VERSION = 1;

/** A percentage: exact tenths (375 = 37.5%) and the text every format prints ("37.5%"). */
export const scoreFigureSchema = z.object({ tenths: z.number().int(), text: z.string() }).strict();
export type ScoreFigure = z.infer<typeof scoreFigureSchema>;

/**
 * A section whose feature is not built yet. It says so in one line instead of vanishing, and
 * names the feature it arrives with; filling it is local work in the builder.
 */
export const pendingSchema = z
  .object({
    status: z.literal('pending'),
    /** The feature the data comes from, e.g. "the 30-day plan". */
    feature: z.string(),
    /** The one line every format prints. */
    message: z.string(),
  })
  .strict();
export type Pending = z.infer<typeof pendingSchema>;

export const gapRefSchema = z.object({ key: z.enum(GAP_KEYS), title: z.string() }).strict();

export const bandSchema = z
  .object({ key: z.enum(BAND_KEYS), label: z.string(), meaning: z.string() })
  .strict();

/** The head of the history hash chain when the report was made: the data it speaks for. */
export const historyAnchorSchema = z
  .object({
    /** Sequence number of the last recorded change (0 for an empty history). */
    seq: z.number().int().min(0),
    /** Its sha256 seal (the genesis value for an empty history). */
    hash: z.string(),
    /** How the anchor was checked, in one line. */
    note: z.string(),
  })
  .strict();
export type HistoryAnchor = z.infer<typeof historyAnchorSchema>;

/** The earlier export a report compares itself with ("since the previous report"). */
export const previousReportSchema = z
  .object({
    exportedAt: z.string(),
    exportedOn: z.string(),
    format: z.string(),
    headline: z.string(),
    headlineTenths: z.number().int().nullable(),
    contentHash: z.string(),
  })
  .strict();
export type PreviousReport = z.infer<typeof previousReportSchema>;

export const reportMetaSchema = z
  .object({
    schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
    /** Title printed on every page header. */
    title: z.string(),
    /** Instant of generation (ISO) and its local calendar date, the one the header shows. */
    generatedAt: z.string(),
    generatedOn: z.string(),
    generatedBy: z.string(),
    appVersion: z.string(),
    frameworkVersion: z.string(),
    historyAnchor: historyAnchorSchema,
    previousReport: previousReportSchema.nullable(),
    /**
     * sha256 of the report's data in canonical JSON, without `generatedAt`, `generatedOn` and
     * this field: the same data gives the same hash, whenever and in whatever format it is
     * exported. Empty until the backend seals the model.
     */
    contentHash: z.string(),
  })
  .strict();
export type ReportMeta = z.infer<typeof reportMetaSchema>;

export const flagSchema = z
  .object({
    key: z.string(),
    tone: z.enum(['danger', 'warning']),
    label: z.string(),
    reason: z.string(),
  })
  .strict();

/** One recorded change, as "what changed" lists it. */
export const changeSchema = z
  .object({
    seq: z.number().int(),
    at: z.string(),
    actor: z.string(),
    entity: z.string(),
    action: z.string(),
    summary: z.string(),
  })
  .strict();
export type ReportChange = z.infer<typeof changeSchema>;

export const changesSchema = z
  .object({
    /** One line: since when (the previous report, or the latest changes when there is none). */
    since: z.string(),
    events: z.array(changeSchema),
    /** Changes since then in all (the list is cut at CHANGES_LISTED). */
    total: z.number().int().min(0),
  })
  .strict();

/** How many changes a report lists; the rest are counted. */
export const CHANGES_LISTED = 40;
