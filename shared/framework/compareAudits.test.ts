import { describe, expect, it } from 'vitest';
import { compareAnswers, practiceChange, scoreChange } from './compareAudits';
import { fraction } from './fraction';
import { ALL_PRACTICES } from './gaps';
import { answersFor, na, scored, testGap } from './testFixtures';

describe('practiceChange', () => {
  it('classifies every kind of move', () => {
    expect(practiceChange(scored(0), scored(0.5))).toBe('improved');
    expect(practiceChange(scored(0.5), scored(1))).toBe('improved');
    expect(practiceChange(scored(1), scored(0))).toBe('regressed');
    expect(practiceChange(scored(0.5), scored(0.5))).toBe('unchanged');
    expect(practiceChange(undefined, undefined)).toBe('unchanged');
    expect(practiceChange(na('a'), na('b'))).toBe('unchanged');
    expect(practiceChange(scored(1), na())).toBe('changed');
    expect(practiceChange(na(), scored(0))).toBe('changed');
    expect(practiceChange(undefined, scored(1))).toBe('changed');
    expect(practiceChange(scored(0), undefined)).toBe('changed');
    expect(practiceChange(undefined, na())).toBe('changed');
  });

  it('compares gap scores the same way', () => {
    expect(scoreChange(fraction(1, 4), fraction(1, 2))).toBe('improved');
    expect(scoreChange(fraction(1, 2), fraction(2, 4))).toBe('unchanged');
    expect(scoreChange(fraction(1, 2), fraction(1, 3))).toBe('regressed');
    expect(scoreChange(null, fraction(1, 3))).toBe('changed');
    expect(scoreChange(null, null)).toBe('unchanged');
  });
});

describe('compareAnswers', () => {
  const gapA = testGap('pipeline', 3, 1);
  const gapB = testGap('fallback', 2, 3);
  const gaps = [gapA, gapB];

  it('lists every practice with its before, after and change, plus the gap scores', () => {
    const before = {
      ...answersFor(gapA, [scored(0), scored(1), na('no prompts')]),
      ...answersFor(gapB, [scored(0.5), undefined]),
    };
    const after = {
      ...answersFor(gapA, [scored(0.5), scored(0.5), na('still no prompts')]),
      ...answersFor(gapB, [scored(1), scored(0)]),
    };
    const c = compareAnswers(before, after, gaps);
    expect(c.practices.map((r) => [r.practiceKey, r.gap, r.change])).toEqual([
      ['pipeline.p1', 'pipeline', 'improved'],
      ['pipeline.p2', 'pipeline', 'regressed'],
      ['pipeline.p3', 'pipeline', 'unchanged'],
      ['fallback.p1', 'fallback', 'improved'],
      ['fallback.p2', 'fallback', 'changed'],
    ]);
    expect(c.practices[1]?.before).toEqual(scored(1));
    expect(c.practices[1]?.after).toEqual(scored(0.5));
    expect(c.practices[4]?.before).toBeUndefined();

    // pipeline: 1/2 -> 1/2; fallback: 1/2 (provisional) -> 1/2
    expect(c.gaps.map((g) => [g.gap, g.before.score, g.after.score, g.change])).toEqual([
      ['pipeline', { num: 1, den: 2 }, { num: 1, den: 2 }, 'unchanged'],
      ['fallback', { num: 1, den: 2 }, { num: 1, den: 2 }, 'unchanged'],
    ]);
    expect(c.gaps[1]?.before.unscoredCount).toBe(1);
    expect(c.gaps[1]?.after.unscoredCount).toBe(0);
    expect(c.before.complete).toBe(false);
    expect(c.after.complete).toBe(true);
  });

  it('reports a gap that gains or loses its score as changed', () => {
    const c = compareAnswers({}, answersFor(gapA, [scored(1), scored(1), scored(1)]), gaps);
    expect(c.gaps.map((g) => g.change)).toEqual(['changed', 'unchanged']);
    expect(c.before.headline).toBeNull();
    expect(c.after.headline).toEqual({ num: 1, den: 1 });
  });

  it('covers the whole framework by default and ignores keys it does not know', () => {
    const c = compareAnswers({ 'retired.practice': scored(1) }, {});
    expect(c.practices).toHaveLength(ALL_PRACTICES.length);
    expect(c.practices.every((r) => r.change === 'unchanged')).toBe(true);
    expect(c.gaps).toHaveLength(5);
  });
});
