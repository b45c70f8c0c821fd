import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareFractions,
  formatPercent,
  fraction,
  fractionsEqual,
  fractionToPercentTenths,
} from './fraction';
import { ALL_PRACTICES, GAPS } from './gaps';
import type { Answers } from './scoring';
import { scoreAudit, scoreAuditTallies, scoreGap, tallyGap } from './scoring';
import type { Gap, PracticeAnswer } from './types';

const answerArb: fc.Arbitrary<PracticeAnswer> = fc.oneof(
  fc.constantFrom<PracticeAnswer>(
    { kind: 'scored', level: 0 },
    { kind: 'scored', level: 0.5 },
    { kind: 'scored', level: 1 },
  ),
  fc.string().map((reason): PracticeAnswer => ({ kind: 'not_applicable', reason })),
);

/** Answers for the real framework, each practice scored, not applicable or left unscored. */
const answersArb: fc.Arbitrary<Record<string, PracticeAnswer>> = fc
  .tuple(...ALL_PRACTICES.map(() => fc.option(answerArb, { nil: undefined })))
  .map((list) => {
    const out: Record<string, PracticeAnswer> = {};
    ALL_PRACTICES.forEach((p, i) => {
      const answer = list[i];
      if (answer !== undefined) out[p.key] = answer;
    });
    return out;
  });

describe('scoring properties', () => {
  it('the headline never exceeds any gap score and is one of them', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const s = scoreAudit(answers);
        const scores = s.gaps.flatMap((g) => (g.score ? [g.score] : []));
        if (s.headline === null) {
          expect(scores).toEqual([]);
          return;
        }
        for (const score of scores)
          expect(compareFractions(s.headline, score)).toBeLessThanOrEqual(0);
        expect(scores.some((score) => fractionsEqual(score, s.headline!))).toBe(true);
        const weakest = s.gaps.find((g) => g.gap === s.weakestGap);
        expect(weakest?.score && fractionsEqual(weakest.score, s.headline)).toBe(true);
      }),
    );
  });

  it('the mean lies between the weakest and the strongest gap', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const s = scoreAudit(answers);
        const scores = s.gaps.flatMap((g) => (g.score ? [g.score] : []));
        if (s.mean === null) return;
        const max = scores.reduce((a, b) => (compareFractions(a, b) >= 0 ? a : b));
        expect(compareFractions(s.headline!, s.mean)).toBeLessThanOrEqual(0);
        expect(compareFractions(s.mean, max)).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('scoring from per-gap tallies (the portfolio summary) equals scoring the answers', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const tallies = Object.fromEntries(GAPS.map((g) => [g.key, tallyGap(g, answers)]));
        expect(scoreAuditTallies(tallies)).toEqual(scoreAudit(answers));
      }),
    );
  });

  it('scores stay between 0 and 1 and count every practice once', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        for (const g of scoreAudit(answers).gaps) {
          expect(g.scoredCount + g.notApplicableCount + g.unscoredCount).toBe(g.practiceCount);
          if (g.score === null) continue;
          expect(compareFractions(g.score, fraction(0, 1))).toBeGreaterThanOrEqual(0);
          expect(compareFractions(g.score, fraction(1, 1))).toBeLessThanOrEqual(0);
        }
      }),
    );
  });

  it('rewording a not-applicable reason never changes any score or explanation', () => {
    fc.assert(
      fc.property(answersArb, fc.string(), (answers, newReason) => {
        const reworded = Object.fromEntries(
          Object.entries(answers).map(([key, a]) => [
            key,
            a.kind === 'not_applicable' ? { ...a, reason: newReason } : a,
          ]),
        );
        expect(scoreAudit(reworded)).toEqual(scoreAudit(answers));
      }),
    );
  });

  it('a gap scores the same as the same gap with its not-applicable practices removed', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        for (const gap of GAPS) {
          const full = scoreGap(gap, answers);
          const applicableOnly: Gap = {
            ...gap,
            practices: gap.practices.filter((p) => answers[p.key]?.kind !== 'not_applicable'),
          };
          const reduced = scoreGap(applicableOnly, answers);
          expect(full.score).toEqual(reduced.score);
          expect(full.earnedHalves).toBe(reduced.earnedHalves);
          expect(full.possibleHalves).toBe(reduced.possibleHalves);
        }
      }),
    );
  });

  it('marking an unscored practice not applicable leaves every score where it was', () => {
    fc.assert(
      fc.property(answersArb, fc.nat(), (answers, pick) => {
        const unscored = ALL_PRACTICES.filter((p) => answers[p.key] === undefined);
        const target = unscored[pick % Math.max(unscored.length, 1)];
        if (!target) return;
        const marked: Answers = {
          ...answers,
          [target.key]: { kind: 'not_applicable', reason: 'x' },
        };
        const before = scoreAudit(answers);
        const after = scoreAudit(marked);
        // Only the target's gap can change, and only from "some score" to "no score" when its
        // last open practice goes; an existing score never moves.
        after.gaps.forEach((g, i) => {
          const was = before.gaps[i];
          if (was?.score) expect(g.score).toEqual(was.score);
          if (was?.score === null) expect(g.score).toBeNull();
        });
      }),
    );
  });

  it('the score does not depend on the order practices are listed in', () => {
    fc.assert(
      fc.property(answersArb, fc.integer({ min: 0, max: 4 }), (answers, gapIndex) => {
        const gap = GAPS[gapIndex]!;
        const reversed: Gap = { ...gap, practices: [...gap.practices].reverse() };
        expect(scoreGap(reversed, answers)).toEqual(scoreGap(gap, answers));
      }),
    );
  });
});

describe('percent formatting properties', () => {
  const halvesArb = fc
    .integer({ min: 1, max: 100_000 })
    .chain((possible) => fc.tuple(fc.integer({ min: 0, max: possible }), fc.constant(possible)));

  it('matches round(earned * 1000 / possible), half up, computed in big integers', () => {
    fc.assert(
      fc.property(halvesArb, ([earned, possible]) => {
        const e = BigInt(earned);
        const p = BigInt(possible);
        const expected = Number((2n * e * 1000n + p) / (2n * p));
        expect(fractionToPercentTenths(fraction(earned, possible))).toBe(expected);
      }),
    );
  });

  it('prints at most one decimal and never float noise', () => {
    fc.assert(
      fc.property(halvesArb, ([earned, possible]) => {
        const f = fraction(earned, possible);
        const text = formatPercent(f);
        expect(text).toMatch(/^(100|[1-9]?\d)(\.[1-9])?%$/);
        // The printed number is exactly the rounded tenths.
        const [whole = '', decimal = '0'] = text.slice(0, -1).split('.');
        expect(Number(whole) * 10 + Number(decimal)).toBe(fractionToPercentTenths(f));
      }),
    );
  });
});
