import { describe, expect, it } from 'vitest';
import { ALL_PRACTICES, GAPS } from './gaps';
import { answersFor, na, scored } from './testFixtures';
import { buildTrend } from './trend';
import type { PracticeAnswer, PracticeLevel } from './types';

const everything = (level: PracticeLevel): Record<string, PracticeAnswer> =>
  Object.fromEntries(ALL_PRACTICES.map((p) => [p.key, scored(level)]));

describe('buildTrend', () => {
  it('orders points by date, keeping input order on the same date', () => {
    const points = buildTrend([
      { id: 'c', takenOn: '2026-03-01', answers: {} },
      { id: 'a', takenOn: '2026-01-15', answers: {} },
      { id: 'b1', takenOn: '2026-02-01', answers: {} },
      { id: 'b2', takenOn: '2026-02-01', answers: {} },
    ]);
    expect(points.map((p) => p.id)).toEqual(['a', 'b1', 'b2', 'c']);
  });

  it('gives per-gap, headline and mean values in tenths of a percent', () => {
    const pipeline = GAPS[0]!;
    const governance = GAPS[4]!;
    // pipeline has 5 practices: 1 + 0.5 + 0 + 0 + 0 = 1.5 of 5 = 30%
    const answers = {
      ...everything(1),
      ...answersFor(pipeline, [scored(1), scored(0.5), scored(0), scored(0), scored(0)]),
      ...answersFor(
        governance,
        governance.practices.map(() => na('internal tool')),
      ),
    };
    const [first, second] = buildTrend([
      { id: 'later', takenOn: '2026-02-01', answers },
      { id: 'first', takenOn: '2026-01-01', answers: {} },
    ]);
    expect(first).toEqual({
      id: 'first',
      takenOn: '2026-01-01',
      gaps: {
        pipeline: null,
        versioning: null,
        fallback: null,
        observability: null,
        governance: null,
      },
      headline: null,
      mean: null,
      band: null,
      complete: false,
    });
    expect(second).toEqual({
      id: 'later',
      takenOn: '2026-02-01',
      gaps: {
        pipeline: 300,
        versioning: 1000,
        fallback: 1000,
        observability: 1000,
        governance: null,
      },
      headline: 300,
      // (3/10 + 1 + 1 + 1) / 4 = 33/40 = 82.5%
      mean: 825,
      band: 'blocked',
      complete: true,
    });
  });

  it('returns no points for no audits', () => {
    expect(buildTrend([])).toEqual([]);
  });
});
