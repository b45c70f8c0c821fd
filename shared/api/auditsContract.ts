import { z } from 'zod';
import {
  auditPatchSchema,
  copyAuditSchema,
  createAuditSchema,
  setGapMissingSchema,
  setPracticeSchema,
  type Audit,
} from '../domain/audit';
import { recordId } from '../domain/textFields';
import { channel } from './defineChannel';

const byId = z.object({ id: recordId }).strict();

export const auditsContract = {
  /** Every audit of a project, oldest first, with answers (scores are computed from them). */
  'audits.list': channel<Audit[]>()(z.object({ projectId: recordId }).strict()),
  /** The latest final audit of each project that has one: the portfolio's and heatmap's source. */
  'audits.latestFinal': channel<Audit[]>()(z.object({}).strict()),
  'audits.get': channel<Audit>()(byId),
  'audits.create': channel<Audit>()(createAuditSchema),
  'audits.update': channel<Audit>()(z.object({ id: recordId, patch: auditPatchSchema }).strict()),
  'audits.setPractice': channel<Audit>()(setPracticeSchema),
  'audits.setGapMissing': channel<Audit>()(setGapMissingSchema),
  /** Draft -> final. Refused (RULE_VIOLATION, with the gaps concerned) while anything is open. */
  'audits.finalize': channel<Audit>()(byId),
  /** A new draft holding every score, note and missing text of the given audit. */
  'audits.copy': channel<Audit>()(copyAuditSchema),
  /** Drafts only: a final audit is part of the record. */
  'audits.delete': channel<{ id: string }>()(byId),
};
