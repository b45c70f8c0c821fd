import { z } from 'zod';
import type { Release } from '../domain/release';
import {
  medianDays,
  RELEASE_KINDS,
  RELEASE_KIND_LABELS,
  releaseLeadTime,
} from '../domain/releaseLeadTime';
import { pendingSchema } from './reportParts';

// Model releases in the reports (issue 8), from the release page's pure functions
// (releaseLeadTime.ts): the summary's latest release lead time against its target, and the
// "Releases and lead times" section. The schemas still accept the pending line of earlier
// reports of format 1.

const VERDICTS = ['on_track', 'over_target', 'process_problem', 'waiting'] as const;

const releaseRowSchema = z
  .object({
    id: z.string(),
    version: z.string(),
    promptVersion: z.string(),
    kind: z.enum(RELEASE_KINDS),
    kindLabel: z.string(),
    trainedOn: z.string(),
    servingOn: z.string().nullable(),
    /** Training completed to serving, in days (to today while not serving). */
    days: z.number().int().min(0),
    running: z.boolean(),
    targetDays: z.number().int(),
    verdict: z.enum(VERDICTS),
    /** The lead time and its judgement in words. */
    text: z.string(),
  })
  .strict();
export type ReleaseRow = z.infer<typeof releaseRowSchema>;

export const releaseLeadTimeSchema = z.discriminatedUnion('status', [
  pendingSchema,
  z
    .object({
      status: z.literal('ready'),
      /** The latest release (by training date); null when none is recorded. */
      latest: z
        .object({
          version: z.string(),
          days: z.number().int(),
          targetDays: z.number().int(),
          verdict: z.enum(VERDICTS),
        })
        .strict()
        .nullable(),
      text: z.string(),
    })
    .strict(),
]);
export type ReleaseLeadTimeSummary = z.infer<typeof releaseLeadTimeSchema>;

export const releasesSchema = z.discriminatedUnion('status', [
  pendingSchema,
  z
    .object({
      status: z.literal('ready'),
      /** Newest first. */
      releases: z.array(releaseRowSchema),
      /** Median lead time of the releases that reached production; null when none did. */
      medianDays: z.number().nullable(),
      text: z.string(),
    })
    .strict(),
]);
export type ReleasesSection = z.infer<typeof releasesSchema>;

function rowOf(r: Release, today: string): ReleaseRow {
  const lt = releaseLeadTime(r, today);
  return {
    id: r.id,
    version: r.version,
    promptVersion: r.promptVersion,
    kind: r.kind,
    kindLabel: RELEASE_KIND_LABELS[r.kind],
    trainedOn: r.trainedOn,
    servingOn: r.servingOn,
    days: lt.days,
    running: lt.running,
    targetDays: lt.targetDays,
    verdict: lt.verdict,
    text: lt.text,
  };
}

const byTraining = (releases: readonly Release[]) =>
  [...releases].sort((a, b) =>
    a.trainedOn !== b.trainedOn
      ? a.trainedOn < b.trainedOn
        ? -1
        : 1
      : a.createdAt < b.createdAt
        ? -1
        : a.createdAt > b.createdAt
          ? 1
          : 0,
  );

/** The summary's "Latest release lead time": the newest release against its target. */
export function releaseLeadTimeSummary(
  releases: readonly Release[],
  today: string,
): ReleaseLeadTimeSummary {
  const latest = byTraining(releases).at(-1);
  if (!latest) {
    return {
      status: 'ready',
      latest: null,
      text: 'No model release recorded yet: record one on the project page to track its lead time.',
    };
  }
  const lt = releaseLeadTime(latest, today);
  return {
    status: 'ready',
    latest: {
      version: latest.version,
      days: lt.days,
      targetDays: lt.targetDays,
      verdict: lt.verdict,
    },
    text: `${latest.version}: ${lt.text}`,
  };
}

/** The "Releases and lead times" section: every release, newest first, and the median. */
export function releasesSection(releases: readonly Release[], today: string): ReleasesSection {
  const rows = byTraining(releases)
    .reverse()
    .map((r) => rowOf(r, today));
  const served = rows.filter((r) => !r.running);
  const median = medianDays(served.map((r) => r.days));
  const n = rows.length;
  const text =
    n === 0
      ? 'No model release recorded yet.'
      : `${n} ${n === 1 ? 'release' : 'releases'}, ${served.length} serving in production` +
        (median === null
          ? '.'
          : `; median lead time ${median} ${median === 1 ? 'day' : 'days'} from training to production.`);
  return { status: 'ready', releases: rows, medianDays: median, text };
}
