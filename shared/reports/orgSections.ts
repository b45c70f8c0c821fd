import { z } from 'zod';
import { formatDay } from '../domain/formatDay';
import { describeFigures } from '../domain/org';
import type { OrgOverview } from '../domain/orgOverview';
import {
  EMPTY_OWNERSHIP,
  FAILURE_MODES,
  HANDOFF_STATUS_LABELS,
  type OwnershipFields,
  type ProjectOwnership,
} from '../domain/ownership';
import { ownershipGaps } from '../domain/ownershipGaps';
import type { Project } from '../domain/project';
import { ORG_MODEL_KEYS, orgModelByKey } from '../framework/orgModels';
import { pendingSchema } from './reportParts';

// The org model in the reports, from the same function the Org model page and `org show` use
// (orgOverview): the project report's "Org model and ownership" section and the portfolio's
// org decision. The schemas still accept the pending line that earlier reports of format 1
// carried there, so their JSON files stay valid.

const fitSchema = z
  .object({
    status: z.enum(['in_range', 'borderline', 'out_of_range', 'unknown']),
    /** The figure against the chosen model's range, in a sentence. */
    text: z.string(),
  })
  .strict();

const modelRefSchema = z
  .object({
    key: z.enum(ORG_MODEL_KEYS),
    name: z.string(),
    decidedOn: z.string(),
    decidedBy: z.string(),
  })
  .strict();

const ownershipGapSchema = z
  .object({
    key: z.string(),
    severity: z.enum(['danger', 'warning']),
    label: z.string(),
    reason: z.string(),
  })
  .strict();

export const projectOrgSchema = z.discriminatedUnion('status', [
  pendingSchema,
  z
    .object({
      status: z.literal('ready'),
      /** The org model in force, or null when none was decided. */
      model: modelRefSchema.nullable(),
      /** One line: the model in force and when it was decided, or that none was. */
      modelText: z.string(),
      /** Whether the portfolio still fits that model; null without a decision. */
      fit: fitSchema.nullable(),
      /** Has anyone recorded who owns this project? */
      recorded: z.boolean(),
      /** Who does what, one row per role ('Not recorded' when empty). */
      owners: z.array(z.object({ role: z.string(), name: z.string() }).strict()),
      /** What is missing for the project's stage (the project page's and the flags' list). */
      gaps: z.array(ownershipGapSchema),
      gapsText: z.string(),
    })
    .strict(),
]);
export type ProjectOrgSection = z.infer<typeof projectOrgSchema>;

export const portfolioOrgSchema = z.discriminatedUnion('status', [
  pendingSchema,
  z
    .object({
      status: z.literal('ready'),
      decision: modelRefSchema.extend({ rationale: z.string() }).strict().nullable(),
      decisionText: z.string(),
      earlierDecisions: z.number().int().min(0),
      fit: fitSchema.nullable(),
      /** Today's figures as a person reads them (one part each). */
      figures: z.array(z.string()),
      /** What the app recommends from today's figures, in one sentence. */
      recommendation: z.string(),
      ownership: z
        .object({
          projects: z.number().int(),
          withGaps: z.number().int(),
          withSerious: z.number().int(),
          notRecorded: z.number().int(),
          text: z.string(),
        })
        .strict(),
    })
    .strict(),
]);
export type PortfolioOrgSection = z.infer<typeof portfolioOrgSchema>;

/** The org data a report is built from: the overview, and each project's recorded ownership. */
export interface OrgReportInput {
  overview: OrgOverview;
  ownerships: readonly ProjectOwnership[];
}

function modelRef(o: OrgOverview) {
  const d = o.decision;
  return d
    ? {
        key: d.model,
        name: orgModelByKey(d.model).name,
        decidedOn: d.decidedOn,
        decidedBy: d.decidedBy,
      }
    : null;
}

function decisionLine(o: OrgOverview, locale: string | undefined): string {
  const d = o.decision;
  if (!d) return 'No org model decided yet: record one on the Org model page.';
  const by = d.decidedBy ? ` by ${d.decidedBy}` : '';
  return `Org model in force: ${orgModelByKey(d.model).name}, decided ${formatDay(d.decidedOn, locale)}${by}.`;
}

const fitOf = (o: OrgOverview) =>
  o.range ? { status: o.range.status, text: o.range.reason } : null;

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function ownerRows(
  o: OwnershipFields,
  locale: string | undefined,
): { role: string; name: string }[] {
  const or = (s: string) => s || 'Not recorded';
  const runbooks = FAILURE_MODES.filter((m) => o.runbooks[m].present).length;
  const h = o.handoff;
  const dates =
    h.plannedStart && h.plannedEnd
      ? ` (${formatDay(h.plannedStart, locale)} to ${formatDay(h.plannedEnd, locale)})`
      : '';
  return [
    { role: 'Product team', name: or(o.productTeam) },
    { role: 'ML owner', name: or(o.mlOwner) },
    { role: 'Platform/SRE owner', name: or(o.platformOwner) },
    { role: 'Engineering manager', name: or(o.engineeringManager) },
    { role: 'On-call rotation', name: or(o.onCall.rotation) },
    { role: 'On call, knows ML and infrastructure', name: or(o.onCall.mlInfraPerson) },
    { role: 'Runbooks', name: `${runbooks} of ${FAILURE_MODES.length} failure modes covered` },
    { role: 'Hand-off sprint', name: `${HANDOFF_STATUS_LABELS[h.status]}${dates}` },
  ];
}

/** The project report's "Org model and ownership" section. */
export function projectOrgSection(
  project: Project,
  input: OrgReportInput,
  locale?: string,
): ProjectOrgSection {
  const { overview } = input;
  const recorded = input.ownerships.find((o) => o.projectId === project.id);
  const fields: OwnershipFields = recorded ?? EMPTY_OWNERSHIP;
  const gaps = ownershipGaps(project, fields, overview.decision?.model ?? null);
  const serious = gaps.filter((g) => g.severity === 'danger').length;
  const gapsText =
    project.archivedAt !== null || project.stage === 'retired'
      ? 'Archived or retired: no ownership is expected.'
      : gaps.length === 0
        ? 'No ownership gaps for its stage.'
        : `${count(gaps.length, 'ownership gap', 'ownership gaps')} for its stage${serious > 0 ? `, ${serious} serious` : ''}.`;
  return {
    status: 'ready',
    model: modelRef(overview),
    modelText: decisionLine(overview, locale),
    fit: fitOf(overview),
    recorded: recorded !== undefined,
    owners: ownerRows(fields, locale),
    gaps: gaps.map((g) => ({ ...g })),
    gapsText,
  };
}

/** The portfolio report's org decision and whether the portfolio still fits it. */
export function portfolioOrgSection(input: OrgReportInput, locale?: string): PortfolioOrgSection {
  const o = input.overview;
  const d = o.decision;
  const withGaps = o.projects.filter((p) => p.gaps.length > 0).length;
  const withSerious = o.projects.filter((p) => p.gaps.some((g) => g.severity === 'danger')).length;
  const notRecorded = o.projects.filter((p) => !p.recorded).length;
  const ref = modelRef(o);
  return {
    status: 'ready',
    decision: ref && d ? { ...ref, rationale: d.rationale } : null,
    decisionText: decisionLine(o, locale),
    earlierDecisions: o.earlierDecisions,
    fit: fitOf(o),
    figures: describeFigures(o.figures),
    recommendation: o.recommendation.headline,
    ownership: {
      projects: o.projects.length,
      withGaps,
      withSerious,
      notRecorded,
      text:
        o.projects.length === 0
          ? 'No active projects.'
          : `${withGaps} of ${o.projects.length} active ${o.projects.length === 1 ? 'project has' : 'projects have'} ownership gaps (${withSerious} serious); ${notRecorded} ${notRecorded === 1 ? 'has' : 'have'} no ownership recorded.`,
    },
  };
}
