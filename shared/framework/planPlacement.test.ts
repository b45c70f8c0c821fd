import { describe, expect, it } from 'vitest';
import { ALL_PRACTICES } from './gaps';
import { MINIMUM_FALLBACK_PRACTICE, PLAN_PLACEMENT } from './planPlacement';

const keysIn = (section: unknown) =>
  Object.entries(PLAN_PLACEMENT)
    .filter(([, s]) => s === section)
    .map(([k]) => k)
    .sort();

describe('plan placement', () => {
  it('places every practice of the framework, none in week 1 (the audit itself)', () => {
    expect(Object.keys(PLAN_PLACEMENT).sort()).toEqual(ALL_PRACTICES.map((p) => p.key).sort());
    expect(keysIn(1)).toEqual([]);
  });

  it('week 2 holds the versioning practices and only one fallback: the first path', () => {
    const week2 = keysIn(2);
    expect(week2.filter((k) => k.startsWith('fallback.'))).toEqual([MINIMUM_FALLBACK_PRACTICE]);
    expect(
      week2.filter((k) => !k.startsWith('fallback.')).every((k) => k.startsWith('versioning.')),
    ).toBe(true);
    expect(week2).toContain('versioning.model_registry');
  });

  it('fallback hardening that needs monitoring goes to week 3 with observability', () => {
    expect(PLAN_PLACEMENT['fallback.fallback_rate_monitored']).toBe(3);
    expect(PLAN_PLACEMENT['fallback.confidence_floor']).toBe(3);
    expect(PLAN_PLACEMENT['fallback.fallback_decisions_logged']).toBe(3);
    expect(PLAN_PLACEMENT['observability.day_one_dashboard']).toBe(3);
  });

  it('governance goes to week 4, pipeline work after day 30', () => {
    expect(keysIn(4).every((k) => k.startsWith('governance.'))).toBe(true);
    expect(keysIn(4)).toHaveLength(4);
    expect(keysIn('after')).toEqual(
      ALL_PRACTICES.filter((p) => p.gap === 'pipeline')
        .map((p) => p.key)
        .sort(),
    );
  });
});
