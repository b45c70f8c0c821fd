import { describe, expect, it } from 'vitest';
import { formatPercent } from './fraction';
import { ALL_PRACTICES, GAPS } from './gaps';
import { SCORE_LEVELS, levelToHalves, scoreLevelFor } from './scoreLevels';
import type { Answers } from './scoring';
import { scoreAudit, scoreGap } from './scoring';
import { answersFor, na, scored, testGap } from './testFixtures';
import type { PracticeLevel } from './types';

describe('score levels', () => {
  it('describes 0, 0.5, 1 and not applicable', () => {
    expect(SCORE_LEVELS.map((l) => [l.level, l.halves])).toEqual([
      [0, 0],
      [0.5, 1],
      [1, 2],
      [null, null],
    ]);
    expect(scoreLevelFor(scored(0.5)).label).toBe('Manual or on paper');
    expect(scoreLevelFor(na()).key).toBe('not_applicable');
    expect(() => levelToHalves(0.25 as PracticeLevel)).toThrow(RangeError);
  });
});

describe('scoreGap', () => {
  const gap4 = testGap('fallback', 4);

  it('scores 1.5 of 4 points as 37.5%', () => {
    const s = scoreGap(gap4, answersFor(gap4, [scored(1), scored(0.5), scored(0), scored(0)]));
    expect(s.score).toEqual({ num: 3, den: 8 });
    expect(s.earnedHalves).toBe(3);
    expect(s.possibleHalves).toBe(8);
    expect(formatPercent(s.score!)).toBe('37.5%');
    expect(s.explanation).toBe('1.5 of 4 applicable points = 37.5%');
  });

  it('scores 0.5 of 3 applicable points as 16.7%, leaving the not-applicable one out', () => {
    const s = scoreGap(gap4, answersFor(gap4, [scored(0.5), na(), scored(0), scored(0)]));
    expect(s.score).toEqual({ num: 1, den: 6 });
    expect(s.notApplicableCount).toBe(1);
    expect(s.explanation).toBe('0.5 of 3 applicable points (1 practice not applicable) = 16.7%');
  });

  it('scores 3.5 of 5 applicable points as 70%', () => {
    const gap6 = testGap('pipeline', 6);
    const s = scoreGap(
      gap6,
      answersFor(gap6, [scored(1), scored(1), scored(1), scored(0.5), scored(0), na()]),
    );
    expect(s.score).toEqual({ num: 7, den: 10 });
    expect(s.explanation).toBe('3.5 of 5 applicable points (1 practice not applicable) = 70%');
  });

  it('gives no score to a gap whose practices are all not applicable, and says why', () => {
    const s = scoreGap(gap4, answersFor(gap4, [na(), na(), na(), na()]));
    expect(s.score).toBeNull();
    expect(s.allNotApplicable).toBe(true);
    expect(s.possibleHalves).toBe(0);
    expect(s.explanation).toBe(
      'All 4 practices marked not applicable: no score, and the gap is left out of the headline.',
    );
  });

  it('leaves unscored practices out and calls the score provisional', () => {
    const s = scoreGap(gap4, answersFor(gap4, [scored(1), undefined, scored(0.5), undefined]));
    expect(s.score).toEqual({ num: 3, den: 4 });
    expect(s.unscoredCount).toBe(2);
    expect(s.scoredCount).toBe(2);
    expect(s.explanation).toBe(
      '1.5 of 2 applicable points = 75%; provisional: 2 practices not yet scored are left out.',
    );
  });

  it('has no score before anything applicable is scored', () => {
    const none = scoreGap(gap4, {});
    expect(none.score).toBeNull();
    expect(none.allNotApplicable).toBe(false);
    expect(none.explanation).toBe('No applicable practice scored yet (4 unscored): no score.');
    const partly = scoreGap(gap4, answersFor(gap4, [na(), undefined, undefined, undefined]));
    expect(partly.explanation).toBe(
      'No applicable practice scored yet (3 unscored, 1 not applicable): no score.',
    );
  });

  it('ignores answers for other keys and inherited object properties', () => {
    const answers = { 'other.key': scored(1), toString: scored(1) } as unknown as Answers;
    expect(scoreGap(gap4, answers).unscoredCount).toBe(4);
  });
});

describe('scoreAudit', () => {
  const all = (level: PracticeLevel): Record<string, ReturnType<typeof scored>> =>
    Object.fromEntries(ALL_PRACTICES.map((p) => [p.key, scored(level)]));

  it('takes the weakest gap as the headline and the exact mean beside it', () => {
    const answers = { ...all(1) };
    // fallback: 6 practices, 3 of 12 halves = 25%.
    for (const [i, p] of (GAPS[2]?.practices ?? []).entries()) {
      answers[p.key] = scored(i < 3 ? 0.5 : 0);
    }
    const s = scoreAudit(answers);
    expect(s.headline).toEqual({ num: 1, den: 4 });
    expect(s.weakestGap).toBe('fallback');
    // (1 + 1 + 1/4 + 1 + 1) / 5 = 17/20 = 85%
    expect(s.mean).toEqual({ num: 17, den: 20 });
    expect(s.band?.key).toBe('blocked');
    expect(s.complete).toBe(true);
    expect(s.headlineExplanation).toBe(
      '25% = the weakest gap, Fallback paths (lowest of 5 scored gaps).',
    );
    expect(s.meanExplanation).toBe(
      '85% = (100% + 100% + 25% + 100% + 100%) / 5, the average of the scored gaps (exact before rounding).',
    );
  });

  it('breaks ties in favour of the earliest gap in framework order', () => {
    const s = scoreAudit(all(0.5));
    expect(s.headline).toEqual({ num: 1, den: 2 });
    expect(s.weakestGap).toBe('pipeline');
    const reversed = scoreAudit(all(0.5), [...GAPS].reverse());
    expect(reversed.weakestGap).toBe('pipeline');
  });

  it('leaves an all-not-applicable gap out of the headline and says so', () => {
    const answers: Record<string, ReturnType<typeof scored>> = { ...all(1) };
    for (const p of GAPS[4]?.practices ?? []) answers[p.key] = na('Internal research tool');
    for (const p of GAPS[0]?.practices ?? []) answers[p.key] = scored(0.5);
    const s = scoreAudit(answers);
    expect(s.gaps[4]?.score).toBeNull();
    expect(s.headline).toEqual({ num: 1, den: 2 });
    expect(s.weakestGap).toBe('pipeline');
    // (1/2 + 1 + 1 + 1) / 4 = 7/8
    expect(s.mean).toEqual({ num: 7, den: 8 });
    expect(s.complete).toBe(true);
    expect(s.headlineExplanation).toBe(
      '50% = the weakest gap, From notebook to pipeline (lowest of 4 scored gaps); Governance throughout left out: every practice is not applicable.',
    );
  });

  it('is provisional while practices are unscored', () => {
    const gapA = testGap('pipeline', 4, 1);
    const gapB = testGap('versioning', 4, 2);
    const answers = {
      ...answersFor(gapA, [scored(1), scored(0.5), scored(0), scored(0)]),
      ...answersFor(gapB, [scored(0.5), na(), scored(0), undefined]),
    };
    const s = scoreAudit(answers, [gapA, gapB]);
    expect(s.gaps.map((g) => g.score)).toEqual([
      { num: 3, den: 8 },
      { num: 1, den: 4 },
    ]);
    expect(s.headline).toEqual({ num: 1, den: 4 });
    expect(s.weakestGap).toBe('versioning');
    // (3/8 + 1/4) / 2 = 5/16 = 31.25% -> 31.3%
    expect(s.mean).toEqual({ num: 5, den: 16 });
    expect(formatPercent(s.mean!)).toBe('31.3%');
    expect(s.complete).toBe(false);
    expect(s.headlineExplanation).toBe(
      '25% = the weakest gap, Gap versioning (lowest of 2 scored gaps); provisional: 1 practice not yet scored.',
    );
  });

  it('has no headline, mean or band before anything is scored', () => {
    const s = scoreAudit({});
    expect(s.headline).toBeNull();
    expect(s.weakestGap).toBeNull();
    expect(s.mean).toBeNull();
    expect(s.band).toBeNull();
    expect(s.complete).toBe(false);
    expect(s.headlineExplanation).toMatch(
      /^No headline yet: no gap has a scored applicable practice/,
    );
    expect(s.headlineExplanation).toContain(`provisional: ${ALL_PRACTICES.length} practices`);
    expect(s.meanExplanation).toBe('No mean yet: no gap has a score.');
  });

  it('names gaps that have no score yet', () => {
    const answers = Object.fromEntries((GAPS[1]?.practices ?? []).map((p) => [p.key, scored(1)]));
    const s = scoreAudit(answers);
    expect(s.headline).toEqual({ num: 1, den: 1 });
    expect(s.band?.key).toBe('ready');
    expect(s.headlineExplanation).toContain(
      'From notebook to pipeline, Fallback paths, Observability from day one, Governance throughout not scored yet',
    );
  });
});
