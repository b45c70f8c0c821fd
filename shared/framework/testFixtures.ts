import type { Answers } from './scoring';
import type { Gap, GapKey, PracticeAnswer, PracticeLevel } from './types';

// Helpers for the framework's tests only (not exported from index.ts).

export const scored = (level: PracticeLevel): PracticeAnswer => ({ kind: 'scored', level });
export const na = (reason = 'Does not apply'): PracticeAnswer => ({
  kind: 'not_applicable',
  reason,
});

/** A gap with `count` practices keyed `<key>.p1`..`<key>.pN`. */
export function testGap(key: GapKey, count: number, order = 1): Gap {
  return {
    key,
    order,
    title: `Gap ${key}`,
    poc: 'poc',
    production: 'production',
    cost: 'cost',
    practices: Array.from({ length: count }, (_, i) => ({
      key: `${key}.p${i + 1}`,
      gap: key,
      title: `Practice ${i + 1}`,
      description: 'description',
    })),
  };
}

/** Answers for a test gap's practices, in order; `undefined` leaves a practice unscored. */
export function answersFor(gap: Gap, list: readonly (PracticeAnswer | undefined)[]): Answers {
  const out: Record<string, PracticeAnswer | undefined> = {};
  gap.practices.forEach((p, i) => {
    const answer = list[i];
    if (answer !== undefined) out[p.key] = answer;
  });
  return out;
}
