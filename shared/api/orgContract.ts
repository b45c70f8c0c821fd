import { z } from 'zod';
import {
  orgDecisionSchema,
  orgProfileSchema,
  type OrgDecision,
  type OrgProfile,
  type OrgState,
} from '../domain/org';
import { saveOwnershipSchema, type ProjectOwnership } from '../domain/ownership';
import { recordId } from '../domain/textFields';
import { channel } from './defineChannel';

export const orgContract = {
  /** The questionnaire's answers and the whole decision log, oldest first. */
  'org.get': channel<OrgState>()(z.object({}).strict()),
  'org.saveProfile': channel<OrgProfile>()(orgProfileSchema),
  /**
   * Appends a decision to the log. There is no channel that changes or removes one: the log is
   * append-only (the database refuses it too). Refused (RULE_VIOLATION) when dated in the
   * future or before the decision in force.
   */
  'org.decide': channel<OrgDecision>()(orgDecisionSchema),
  /** Every project's recorded ownership (projects with nothing recorded are absent). */
  'ownership.list': channel<ProjectOwnership[]>()(z.object({}).strict()),
  /** A project's ownership; all empty (updatedAt null) until recorded. */
  'ownership.get': channel<ProjectOwnership>()(z.object({ projectId: recordId }).strict()),
  /** Saves the whole record; refused (READ_ONLY) for an archived project. */
  'ownership.save': channel<ProjectOwnership>()(saveOwnershipSchema),
};
