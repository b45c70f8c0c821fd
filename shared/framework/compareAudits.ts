import type { Fraction } from './fraction';
import { compareFractions } from './fraction';
import { frameworkChanges, gapsFor, type FrameworkChange } from './frameworkVersions';
import { GAPS } from './gaps';
import { levelToHalves } from './scoreLevels';
import type { Answers, AuditScore, GapScore } from './scoring';
import { answerFor, scoreAudit } from './scoring';
import type { Gap, GapKey, PracticeAnswer } from './types';

// "What changed since the last audit", practice by practice and gap by gap. Only practices of
// the framework given are compared: an answer for a key the framework no longer has belongs to
// an older FRAMEWORK_VERSION and cannot be placed in a gap.

/**
 * improved / regressed: both scored, level went up / down. unchanged: same level, both not
 * applicable (a reworded reason is not a change of score), or both unscored. changed: to or from
 * not applicable, or to or from unscored: a move that is neither better nor worse by itself.
 */
export type Change = 'improved' | 'regressed' | 'unchanged' | 'changed';

export interface PracticeChange {
  practiceKey: string;
  gap: GapKey;
  before: PracticeAnswer | undefined;
  after: PracticeAnswer | undefined;
  change: Change;
}

export interface GapChange {
  gap: GapKey;
  before: GapScore;
  after: GapScore;
  /** On the gap's score, with the same meaning as for practices (no score = "unscored"). */
  change: Change;
}

export interface AuditComparison {
  practices: PracticeChange[];
  gaps: GapChange[];
  /** Whole-audit scores (headline, mean, band) on both sides, for the summary line. */
  before: AuditScore;
  after: AuditScore;
}

export function practiceChange(
  before: PracticeAnswer | undefined,
  after: PracticeAnswer | undefined,
): Change {
  if (before === undefined && after === undefined) return 'unchanged';
  if (before === undefined || after === undefined) return 'changed';
  if (before.kind === 'not_applicable' && after.kind === 'not_applicable') return 'unchanged';
  if (before.kind === 'not_applicable' || after.kind === 'not_applicable') return 'changed';
  const delta = levelToHalves(after.level) - levelToHalves(before.level);
  return delta > 0 ? 'improved' : delta < 0 ? 'regressed' : 'unchanged';
}

export function scoreChange(before: Fraction | null, after: Fraction | null): Change {
  if (before === null && after === null) return 'unchanged';
  if (before === null || after === null) return 'changed';
  const cmp = compareFractions(after, before);
  return cmp > 0 ? 'improved' : cmp < 0 ? 'regressed' : 'unchanged';
}

export function compareAnswers(
  before: Answers,
  after: Answers,
  gaps: readonly Gap[] = GAPS,
): AuditComparison {
  return compareWith(before, after, gaps, gaps);
}

/** An audit's answers with the framework version they were scored under. */
export interface VersionedAnswers {
  answers: Answers;
  frameworkVersion: string;
}

export interface VersionedComparison extends AuditComparison {
  beforeVersion: string;
  afterVersion: string;
  /** Practices added, removed or changed between the two versions (none when they match). */
  framework: FrameworkChange[];
}

/**
 * Two audits compared across framework versions: each side is scored with its own version's
 * practices (so an old audit keeps its score), and practices are matched by key.
 */
export function compareAudits(
  before: VersionedAnswers,
  after: VersionedAnswers,
): VersionedComparison {
  return {
    ...compareWith(
      before.answers,
      after.answers,
      gapsFor(before.frameworkVersion),
      gapsFor(after.frameworkVersion),
    ),
    beforeVersion: before.frameworkVersion,
    afterVersion: after.frameworkVersion,
    framework: frameworkChanges(before.frameworkVersion, after.frameworkVersion),
  };
}

function compareWith(
  before: Answers,
  after: Answers,
  beforeGaps: readonly Gap[],
  afterGaps: readonly Gap[],
): AuditComparison {
  // Practices of the later version, then those only the earlier version had (removed since).
  const practices = afterGaps.flatMap((gap) => {
    const keys = gap.practices.map((p) => p.key);
    const removed = (beforeGaps.find((g) => g.key === gap.key)?.practices ?? [])
      .map((p) => p.key)
      .filter((k) => !keys.includes(k));
    return [...keys, ...removed].map((key): PracticeChange => {
      const was = answerFor(before, key);
      const now = answerFor(after, key);
      return {
        practiceKey: key,
        gap: gap.key,
        before: was,
        after: now,
        change: practiceChange(was, now),
      };
    });
  });
  const beforeScore = scoreAudit(before, beforeGaps);
  const afterScore = scoreAudit(after, afterGaps);
  const gapRows = afterGaps.map((gap, i): GapChange => {
    // scoreAudit keeps the order of its gaps; the earlier side is found by key.
    const was = beforeScore.gaps.find((g) => g.gap === gap.key);
    const now = afterScore.gaps[i];
    if (!was || !now) throw new Error(`Missing score for gap ${gap.key}`);
    return { gap: gap.key, before: was, after: now, change: scoreChange(was.score, now.score) };
  });
  return { practices, gaps: gapRows, before: beforeScore, after: afterScore };
}
