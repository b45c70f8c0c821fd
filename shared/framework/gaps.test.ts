import { describe, expect, it } from 'vitest';
import { FRAMEWORK_VERSION } from './frameworkVersion';
import { ALL_PRACTICES, GAPS, gapByKey, practiceByKey } from './gaps';
import { GAP_KEYS } from './types';
import { PLAN_PLACEMENT } from './planPlacement';

const allText = (): string =>
  GAPS.flatMap((g) => [
    g.title,
    g.poc,
    g.production,
    g.cost,
    ...g.practices.flatMap((p) => [p.title, p.description]),
  ]).join('\n');

describe('framework data', () => {
  it('has a version audits can record', () => {
    expect(FRAMEWORK_VERSION).toBe('2026.2');
  });

  it('lists the five gaps in framework order', () => {
    expect(GAPS.map((g) => g.key)).toEqual([
      'pipeline',
      'versioning',
      'fallback',
      'observability',
      'governance',
    ]);
    expect(GAPS.map((g) => g.key)).toEqual([...GAP_KEYS]);
    expect(GAPS.map((g) => g.order)).toEqual([1, 2, 3, 4, 5]);
  });

  it('gives every gap at least 4 practices and non-empty texts', () => {
    for (const gap of GAPS) {
      expect(gap.practices.length).toBeGreaterThanOrEqual(4);
      for (const text of [gap.title, gap.poc, gap.production, gap.cost]) {
        expect(text.trim()).not.toBe('');
      }
      for (const p of gap.practices) {
        expect(p.title.trim()).not.toBe('');
        expect(p.description.trim()).not.toBe('');
      }
    }
  });

  it('keys practices uniquely as <gap>.<snake_case>', () => {
    const keys = ALL_PRACTICES.map((p) => p.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const gap of GAPS) {
      for (const p of gap.practices) {
        expect(p.gap).toBe(gap.key);
        expect(p.key).toMatch(new RegExp(`^${gap.key}\\.[a-z][a-z0-9]*(_[a-z0-9]+)*$`));
      }
    }
  });

  it('places practices in the plan weeks the 30-day plan gives them', () => {
    const weeks = Object.fromEntries(
      GAPS.map((g) => [g.key, [...new Set(g.practices.map((p) => PLAN_PLACEMENT[p.key]))]]),
    );
    expect(weeks).toEqual({
      pipeline: ['after'],
      versioning: [2],
      fallback: [2, 3],
      observability: [3],
      governance: [4],
    });
  });

  it('carries the numbers of the framework exactly', () => {
    const text = allText();
    for (const fact of [
      '0.05',
      '300 ms',
      'p99',
      '5%',
      '24-48',
      '5 consecutive',
      '60 s',
      '10th percentile',
      '0.65',
      '15-20%',
      '90 days',
      '3-6 months',
      '6-9 month',
      '2-3 week',
      '80%',
      '1,000',
      '(model_version, prompt_version)',
    ]) {
      expect(text, fact).toContain(fact);
    }
  });

  it('spot-checks where key facts live', () => {
    const desc = (key: string): string => practiceByKey(key)?.description ?? '';
    expect(desc('versioning.rollback_target_and_trigger')).toMatch(/0\.05.*300 ms/);
    expect(desc('versioning.canary_release')).toMatch(/5%.*24-48 hour/);
    expect(desc('fallback.circuit_breaker')).toMatch(/5 consecutive.*60 s.*half-open/);
    expect(desc('fallback.confidence_floor')).toMatch(/10th percentile.*0\.65/);
    // The dashboard's figures are pinned, not its sentence: the text is the app's own.
    const dashboard = desc('observability.day_one_dashboard');
    expect(dashboard).toMatch(/^Five panels/);
    for (const figure of ['(1)', '(2)', '(3)', '(4)', '(5)', 'p50/p95/p99', '1,000', '80%'])
      expect(dashboard).toContain(figure);
    expect(dashboard).toMatch(/every hour/);
    expect(dashboard).toMatch(/timeout, low confidence and error/);
    expect(dashboard).toMatch(/Panels 2 and 4 are the floor/);
    expect(gapByKey('pipeline')?.cost).toContain('3-6 months');
    expect(gapByKey('governance')?.cost).toContain('6-9 month');
  });

  it('looks up gaps and practices by key, and returns undefined for unknown keys', () => {
    expect(gapByKey('fallback')?.title).toBe(GAPS[2]?.title);
    expect(practiceByKey('pipeline.ci_cd')?.gap).toBe('pipeline');
    expect(gapByKey('nope')).toBeUndefined();
    expect(practiceByKey('pipeline.nope')).toBeUndefined();
    expect(practiceByKey('toString')).toBeUndefined();
    expect(ALL_PRACTICES.length).toBe(GAPS.reduce((n, g) => n + g.practices.length, 0));
  });
});
