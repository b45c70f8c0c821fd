import { z } from 'zod';

/** The most projects `sample create --projects N` makes (enough to measure scale). */
export const SAMPLE_PROJECTS_MAX = 20_000;

export const createSampleSchema = z
  .object({
    /** Total projects; omitted: the curated sample only. */
    projects: z
      .number({ error: 'The number of projects must be a number' })
      .int({ message: 'The number of projects must be a whole number' })
      .min(1, { message: 'At least 1 project' })
      .max(SAMPLE_PROJECTS_MAX, { message: `At most ${SAMPLE_PROJECTS_MAX} projects` })
      .optional(),
  })
  .strict();

/** What the sample wrote. */
export interface SampleSummary {
  projects: number;
  audits: number;
}
