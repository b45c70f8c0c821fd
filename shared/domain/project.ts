import { z } from 'zod';
import { isoDate, multiLine, singleLine } from './textFields';

export const PROJECT_KINDS = [
  'classification',
  'recommendation',
  'llm',
  'rag',
  'agentic',
  'other',
] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];
export const PROJECT_KIND_LABELS: Record<ProjectKind, string> = {
  classification: 'Classification',
  recommendation: 'Recommendation',
  llm: 'LLM',
  rag: 'RAG',
  agentic: 'Agentic',
  other: 'Other',
};

export const PROJECT_STAGES = ['poc', 'productionizing', 'in_production', 'retired'] as const;
export type ProjectStage = (typeof PROJECT_STAGES)[number];
export const PROJECT_STAGE_LABELS: Record<ProjectStage, string> = {
  poc: 'PoC',
  productionizing: 'Productionizing',
  in_production: 'In production',
  retired: 'Retired',
};

export const PROJECT_NAME_MAX = 120;

// Field rules once; the create schema adds defaults, the patch schema makes every field optional.
const fieldShape = {
  name: singleLine('Name', PROJECT_NAME_MAX, { required: true }),
  description: multiLine('Description', 4000),
  owner: singleLine('Owner', 120),
  team: singleLine('Team', 120),
  kind: z.enum(PROJECT_KINDS, { error: 'Choose the kind of system' }),
  stage: z.enum(PROJECT_STAGES, { error: 'Choose a stage' }),
  pocApprovedOn: isoDate('PoC approval date').nullable(),
  targetOn: isoDate('Target date').nullable(),
};

/** The reason a target date cannot stand, or null: a project cannot ship before its PoC was approved. */
export function targetDateProblem(p: {
  pocApprovedOn: string | null;
  targetOn: string | null;
}): string | null {
  if (p.pocApprovedOn === null || p.targetOn === null || p.targetOn >= p.pocApprovedOn) return null;
  return 'The target date is before the PoC approval date: a project cannot reach production before its PoC was approved.';
}

/** The editable fields of a new project; the same schema validates the form and the backend. */
export const projectFieldsSchema = z
  .object({
    ...fieldShape,
    description: fieldShape.description.default(''),
    owner: fieldShape.owner.default(''),
    team: fieldShape.team.default(''),
    pocApprovedOn: fieldShape.pocApprovedOn.default(null),
    targetOn: fieldShape.targetOn.default(null),
  })
  .strict()
  .superRefine((p, ctx) => {
    const problem = targetDateProblem(p);
    if (problem) ctx.addIssue({ code: 'custom', path: ['targetOn'], message: problem });
  });

/** A change to some fields of a project: only the fields given are changed. */
export const projectPatchSchema = z
  .object(fieldShape)
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: 'Nothing to change' });

export type ProjectFieldsInput = z.input<typeof projectFieldsSchema>;
export type ProjectFields = z.output<typeof projectFieldsSchema>;
export type ProjectPatch = z.output<typeof projectPatchSchema>;

export interface Project extends ProjectFields {
  id: string;
  /** ISO timestamp when archived; archived projects leave the active list and free their name. */
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}
