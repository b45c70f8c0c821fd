import type { OrgModelKey } from '../framework/orgModels';
import type { OrgRangeCheck } from '../framework/orgRecommendation';
import type { OwnershipFields } from './ownership';
import { ownershipGaps, type OwnershipGapKey } from './ownershipGaps';
import type { Project } from './project';
import { isStalled, POC_STALL_WEEKS, weeksSincePocApproval } from './projectTiming';
import {
  checkpointSummary,
  stageDef,
  waiversExpiring,
  WAIVER_WARNING_DAYS,
  type StageRunFacts,
} from '../framework';

// What makes a project stand out as stuck in the portfolio (product.md: weeks since the PoC
// was approved, overdue plan items, failed checkpoints, expiring waivers, missing owners...).
// One pure function, so the portfolio on screen and the portfolio report flag the same things.
// Each feature adds its data to ProjectFlagInput and its rules to projectFlags().

export type FlagTone = 'danger' | 'warning';

export interface ProjectFlag {
  /** Stable key, e.g. 'stalled' (tests and sorting use it). */
  key: string;
  tone: FlagTone;
  /** A few words for the badge. */
  label: string;
  /** The whole reason in a sentence, for the tooltip, screen readers and the report. */
  reason: string;
}

export interface ProjectFlagInput {
  project: Pick<Project, 'pocApprovedOn' | 'stage' | 'archivedAt'>;
  /** The local calendar date (YYYY-MM-DD). */
  today: string;
  /**
   * The project's ownership (EMPTY_OWNERSHIP when nothing is recorded). Omitted: ownership is
   * not judged (the caller has not loaded it).
   */
  ownership?: OwnershipFields;
  /** The workspace's org model: the decision in force and whether today's figures still fit it. */
  org?: { model: OrgModelKey | null; range: OrgRangeCheck | null };
  /** The latest run of each checkpoint stage. Omitted: checkpoints are not judged. */
  checkpoints?: readonly StageRunFacts[];
}

/** The ownership gaps that the portfolio shows as flags (the project page lists them all). */
const OWNERSHIP_FLAGS: readonly OwnershipGapKey[] = [
  'ds-owns-production',
  'no-ml-owner',
  'no-on-call',
  'on-call-no-ml-infra',
  'runbooks-missing',
];

export function projectFlags(input: ProjectFlagInput): ProjectFlag[] {
  const { project, today } = input;
  const flags: ProjectFlag[] = [];
  if (isStalled(project, today)) {
    const weeks = weeksSincePocApproval(project, today) ?? 0;
    flags.push({
      key: 'stalled',
      tone: 'danger',
      label: `${weeks} weeks since PoC`,
      reason: `Approved ${weeks} weeks ago and not in production: past ${POC_STALL_WEEKS} weeks, a structural gap is likely still open.`,
    });
  }
  if (input.ownership) {
    const gaps = ownershipGaps(project, input.ownership, input.org?.model ?? null);
    for (const g of gaps) {
      if (OWNERSHIP_FLAGS.includes(g.key))
        flags.push({ key: g.key, tone: g.severity, label: g.label, reason: g.reason });
    }
  }
  if (input.checkpoints) flags.push(...checkpointFlags(input.checkpoints, today));
  // The org model concerns every active product, so each one carries the flag while it lasts.
  const range = input.org?.range;
  if (
    range?.status === 'out_of_range' &&
    project.archivedAt === null &&
    project.stage !== 'retired'
  ) {
    flags.push({
      key: 'org-out-of-range',
      tone: 'warning',
      label: 'Org model out of range',
      reason: range.reason,
    });
  }
  return flags;
}

/** Orders projects by how much they need attention: danger flags first, then their count. */
export function flagWeight(flags: readonly ProjectFlag[]): number {
  return flags.reduce((sum, f) => sum + (f.tone === 'danger' ? 100 : 1), 0);
}

/** Failed stages, expired waivers and waivers that expire within 14 days. */
function checkpointFlags(runs: readonly StageRunFacts[], today: string): ProjectFlag[] {
  const summary = checkpointSummary(runs, today);
  const flags: ProjectFlag[] = [];
  const failed = summary.filter((s) => s.state === 'failed');
  if (failed.length > 0)
    flags.push({
      key: 'checkpoint-failed',
      tone: 'danger',
      label: `${failed.length} checkpoint${failed.length === 1 ? '' : 's'} failed`,
      reason: `Failed and not yet run again: ${failed.map((s) => s.name).join(', ')}.`,
    });
  const expired = summary.filter((s) => s.state === 'waiver_expired');
  if (expired.length > 0)
    flags.push({
      key: 'waiver-expired',
      tone: 'danger',
      label: `${expired.length} waiver${expired.length === 1 ? '' : 's'} expired`,
      reason: `Expired waivers count as not passed: ${expired.map((s) => `${s.name} (expired after ${s.waiverExpiresOn ?? ''})`).join(', ')}.`,
    });
  const expiring = waiversExpiring(summary, today);
  if (expiring.length > 0)
    flags.push({
      key: 'waiver-expiring',
      tone: 'warning',
      label: `Waiver expires in ${Math.min(...expiring.map((w) => w.daysLeft))} d`,
      reason: `Waivers expiring within ${WAIVER_WARNING_DAYS} days: ${expiring.map((w) => `${stageDef(w.stage).name} on ${w.expiresOn}${w.daysLeft === 0 ? ' (today is its last day)' : ` (${w.daysLeft} days left)`}`).join(', ')}.`,
    });
  return flags;
}
