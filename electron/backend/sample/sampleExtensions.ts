import type { Audit } from '../../../shared/domain/audit';
import type { Project } from '../../../shared/domain/project';
import type { ServiceContext } from '../services/ServiceContext';
import { orgSampleExtension } from './sampleOrg';
import { sampleCheckpoints } from './sampleCheckpoints';
import type { SampleProject } from './sampleProjects';
import { samplePlansExtension } from './samplePlans';
import { sampleReports } from './sampleReports';

/** One project the sample wrote, with the spec it came from and its audits (oldest first). */
export interface SampleProjectRecord {
  spec: SampleProject;
  project: Project;
  audits: Audit[];
}

/** What a feature's sample step sees: the projects and audits already written, and today. */
export interface SampleRun {
  ctx: ServiceContext;
  /** The local calendar date the sample is built around (YYYY-MM-DD). */
  today: string;
  records: SampleProjectRecord[];
}

/**
 * A feature's contribution to the sample workspace (plans, checkpoints, org model...). Runs
 * inside one transaction after the projects and audits are written; writes its own history
 * events. Every feature adds one, so the sample always shows everything the app does.
 */
export interface SampleExtension {
  name: string;
  apply: (run: SampleRun) => void;
}

export const SAMPLE_EXTENSIONS: readonly SampleExtension[] = [
  orgSampleExtension,
  samplePlansExtension,
  sampleCheckpoints,
  sampleReports,
];
