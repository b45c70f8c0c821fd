import type { Practice, PracticeAnswer, PracticeLevel } from './types';

// What each answer to a practice means, after Google's ML Test Score rubric (product.md,
// "Scoring"). The audit screen and the report both read these texts, so they say the same thing.

export type ScoreLevelKey = 'none' | 'manual' | 'automated' | 'not_applicable';

export interface ScoreLevel {
  key: ScoreLevelKey;
  /** The practice level, or null for "not applicable". */
  level: PracticeLevel | null;
  /** Half-points earned: scoring counts in halves so it stays in integers. */
  halves: 0 | 1 | 2 | null;
  label: string;
  meaning: string;
}

export const SCORE_LEVELS: readonly ScoreLevel[] = [
  {
    key: 'none',
    level: 0,
    halves: 0,
    label: 'Not in place',
    meaning: 'Nothing of this exists yet, or only as an intention.',
  },
  {
    key: 'manual',
    level: 0.5,
    halves: 1,
    label: 'Manual or on paper',
    meaning: 'It exists, but people run it by hand or it lives only in a document.',
  },
  {
    key: 'automated',
    level: 1,
    halves: 2,
    label: 'Automated and exercised',
    meaning: 'It runs by itself and has been exercised again and again, not just once.',
  },
  {
    key: 'not_applicable',
    level: null,
    halves: null,
    label: 'Not applicable',
    meaning: "It does not fit this system; record why, and it is left out of the gap's points.",
  },
];

/** Half-points for a level: 0 -> 0, 0.5 -> 1, 1 -> 2 (never `level * 2` on untrusted data). */
export function levelToHalves(level: PracticeLevel): 0 | 1 | 2 {
  switch (level) {
    case 0:
      return 0;
    case 0.5:
      return 1;
    case 1:
      return 2;
    default: {
      // Answers are parsed at the boundary; a different number here is a bug, not a score.
      const unexpected: never = level;
      throw new RangeError(`Invalid practice level ${String(unexpected)}`);
    }
  }
}

/**
 * The rubric as it reads for one practice: its own label and meaning for 0 / 0.5 / 1 where it
 * has them (a practice done by people), the generic ones otherwise. Points never change.
 */
export function levelsFor(practice?: Pick<Practice, 'levels'>): readonly ScoreLevel[] {
  const own = practice?.levels;
  if (!own) return SCORE_LEVELS;
  return SCORE_LEVELS.map((l) => (l.key === 'not_applicable' ? l : { ...l, ...own[l.key] }));
}

/** The rubric entry describing an answer, in the practice's own words when it has them. */
export function scoreLevelFor(
  answer: PracticeAnswer,
  practice?: Pick<Practice, 'levels'>,
): ScoreLevel {
  const key: ScoreLevelKey =
    answer.kind === 'not_applicable'
      ? 'not_applicable'
      : (['none', 'manual', 'automated'] as const)[levelToHalves(answer.level)];
  const found = levelsFor(practice).find((l) => l.key === key);
  if (!found) throw new RangeError(`No score level ${key}`);
  return found;
}
