import { z } from 'zod';
import { RELEASE_KINDS, type ReleaseKind } from './releaseLeadTime';
import { isoDate, multiLine, recordId, singleLine } from './textFields';

// A model release: one version going from training to production serving. Its lead time
// (releaseLeadTime.ts) is the one metric the framework asks a team to track.

export interface Release {
  id: string;
  projectId: string;
  version: string;
  /** For LLM and agent systems a deployment is a (model, prompt) pair; '' when not versioned. */
  promptVersion: string;
  kind: ReleaseKind;
  trainedOn: string;
  /** Null while the release is not serving in production yet. */
  servingOn: string | null;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

const fieldShape = {
  version: singleLine('Version', 60, { required: true }),
  promptVersion: singleLine('Prompt version', 60),
  kind: z.enum(RELEASE_KINDS, { error: 'Choose new model or update' }),
  trainedOn: isoDate('Training completed on'),
  servingOn: isoDate('Serving in production on').nullable(),
  notes: multiLine('Notes', 4000),
};

const servingAfterTraining = (v: { trainedOn?: string; servingOn?: string | null }) =>
  v.trainedOn === undefined ||
  v.servingOn === undefined ||
  v.servingOn === null ||
  v.servingOn >= v.trainedOn;
const servingIssue = {
  message: 'Serving cannot start before training completed',
  path: ['servingOn'],
};

export const releaseFieldsSchema = z
  .object({
    ...fieldShape,
    promptVersion: fieldShape.promptVersion.default(''),
    servingOn: fieldShape.servingOn.default(null),
    notes: fieldShape.notes.default(''),
  })
  .strict()
  .refine(servingAfterTraining, servingIssue);

export const createReleaseSchema = z
  .object({
    projectId: recordId,
    ...fieldShape,
    promptVersion: fieldShape.promptVersion.default(''),
    servingOn: fieldShape.servingOn.default(null),
    notes: fieldShape.notes.default(''),
  })
  .strict()
  .refine(servingAfterTraining, servingIssue);

export const releasePatchSchema = z
  .object(fieldShape)
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: 'Nothing to change' });

export type CreateReleaseInput = z.input<typeof createReleaseSchema>;
export type ReleasePatch = z.output<typeof releasePatchSchema>;
