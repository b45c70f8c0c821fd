import { z } from 'zod';
import {
  openRunSchema,
  recordCriterionSchema,
  recordEvidenceSchema,
  setThresholdsSchema,
  signOffSchema,
  waiveSchema,
  type CheckpointRun,
  type ProjectCheckpoints,
} from '../domain/checkpoints';
import type { ProjectThresholds } from '../framework';
import { recordId } from '../domain/textFields';
import { channel } from './defineChannel';

export const checkpointsContract = {
  /** A project's thresholds, every run of every stage (oldest first) and the default owners. */
  'checkpoints.get': channel<ProjectCheckpoints>()(z.object({ projectId: recordId }).strict()),
  /** The accuracy threshold, latency SLA and parity tolerance the project set for itself. */
  'checkpoints.setThresholds': channel<ProjectThresholds>()(setThresholdsSchema),
  /**
   * Opens a run of a stage (a rerun when the stage ran before: every run is kept). Refused
   * (RULE_VIOLATION) while the stage's latest run is still open.
   */
  'checkpoints.openRun': channel<CheckpointRun>()(openRunSchema),
  /** Evidence (a note and/or an https:/mailto: link) for one artifact of an open run. */
  'checkpoints.recordEvidence': channel<CheckpointRun>()(recordEvidenceSchema),
  /** A criterion's result; numeric ones are judged against the threshold, which is stored too. */
  'checkpoints.recordCriterion': channel<CheckpointRun>()(recordCriterionSchema),
  /**
   * Closes an open run with a sign-off. 'passed' is refused (RULE_VIOLATION) with the exact list
   * of what is missing unless every artifact has evidence and every criterion passes.
   */
  'checkpoints.signOff': channel<CheckpointRun>()(signOffSchema),
  /** Waives the stage's latest run (open or failed) with a reason, an approver and an expiry. */
  'checkpoints.waive': channel<CheckpointRun>()(waiveSchema),
};
