import type { Pending } from './reportParts';

// The sections whose data comes from features that are not built yet. Each says so in one
// line, in every format, instead of vanishing. When a feature lands, its sections stop using
// these: buildProjectReport.ts / buildPortfolioReport.ts fill them from the feature's data
// (search for the key below), and the entry here goes.
//
// orgSections.ts is the worked example (issue 10): a `<feature>Sections.ts` with a schema that
// is a discriminated union on `status` of pendingSchema and the filled shape (old JSON of
// format 1 stays valid), a pure builder from the feature's shared function, a required input
// of the report builders that ReportsService.build reads in the report's transaction; then one
// component per format (pdf/, formats/reportMarkdown.ts, renderer/src/features/reports/) that
// prints the pending line or the section, and a test that reads the PDF back.

// `what` names the section in code only: every format prints the message under the section's
// own title, so the message itself does not repeat it.
export const pending = (feature: string, _what: string): Pending => ({
  status: 'pending',
  feature,
  message: `Not available yet: arrives with ${feature}.`,
});

export const PENDING = {
  // Nothing waits any more. Issue 9 (the verdict, the governance checkpoints) is filled:
  // checkpointSections.ts.
  // Issue 10 (the org model and ownership) is filled: orgSections.ts.
  // Issue 8 (the 30-day plan, model releases) is filled: planSections.ts, releaseSections.ts.
} as const satisfies Record<string, Pending>;

/** Portfolio columns that wait for a feature; their cells are left out until it lands. */
// Empty: Verdict, Plan progress and Checkpoints passed are filled (checkpointSections.ts,
// planSections.ts).
export const PENDING_PORTFOLIO_COLUMNS: readonly { column: string; feature: string }[] = [];
