import { describe, expect, it } from 'vitest';
import { compareAudits } from './compareAudits';
import { FRAMEWORK_VERSION } from './frameworkVersion';
import { FRAMEWORK_VERSIONS, frameworkChanges, gapsFor, practiceIn } from './frameworkVersions';
import { ALL_PRACTICES, GAPS } from './gaps';
import { formatPercent } from './fraction';
import { levelsFor, scoreLevelFor, SCORE_LEVELS } from './scoreLevels';
import { buildTrend } from './trend';
import type { PracticeAnswer, PracticeLevel } from './types';

const scored = (level: PracticeLevel): PracticeAnswer => ({ kind: 'scored', level });
const all = (level: PracticeLevel) =>
  Object.fromEntries(ALL_PRACTICES.map((p) => [p.key, scored(level)]));
const SIGN_OFF = 'governance.evidence_sign_off';
const DASHBOARD = 'observability.day_one_dashboard';

describe('practice levels of their own', () => {
  it('describes the top level of a human practice without automation, same points', () => {
    const own = levelsFor(practiceIn(FRAMEWORK_VERSION, SIGN_OFF));
    expect(own.map((l) => [l.key, l.level, l.halves])).toEqual(
      SCORE_LEVELS.map((l) => [l.key, l.level, l.halves]),
    );
    const top = own.find((l) => l.key === 'automated')!;
    expect(top.label).not.toBe('Automated and exercised');
    expect(`${top.label} ${top.meaning}`).not.toMatch(/automat/i);
    expect(own.find((l) => l.key === 'not_applicable')).toEqual(SCORE_LEVELS[3]);
  });

  it('keeps the generic levels for a practice without its own', () => {
    expect(levelsFor(practiceIn(FRAMEWORK_VERSION, 'pipeline.ci_cd'))).toBe(SCORE_LEVELS);
    expect(scoreLevelFor(scored(1), practiceIn(FRAMEWORK_VERSION, 'pipeline.ci_cd')).label).toBe(
      'Automated and exercised',
    );
  });

  it('lets a fully met governance gap reach the top band in words as well as points', () => {
    const governance = GAPS.find((g) => g.key === 'governance')!;
    for (const p of governance.practices) {
      const top = scoreLevelFor(scored(1), p);
      // Each practice's 1 says what "fully met" means for it; sign-off and checkpoints are people's work.
      expect(top.meaning.trim()).not.toBe('');
    }
    expect(scoreLevelFor(scored(1), practiceIn(FRAMEWORK_VERSION, SIGN_OFF)).label).toBe(
      'Signed off every time, on record',
    );
  });
});

describe('framework versions', () => {
  it('knows 2026.1 and the current version, oldest first', () => {
    expect(FRAMEWORK_VERSIONS).toEqual(['2026.1', '2026.2']);
    expect(FRAMEWORK_VERSIONS.at(-1)).toBe(FRAMEWORK_VERSION);
  });

  it('keeps 2026.1 texts for 2026.1 audits: generic levels and the old dashboard text', () => {
    const old = practiceIn('2026.1', SIGN_OFF);
    expect(old?.levels).toBeUndefined();
    expect(scoreLevelFor(scored(1), old).label).toBe('Automated and exercised');
    expect(practiceIn('2026.1', DASHBOARD)?.description).toMatch(/^A dashboard is live/);
    expect(practiceIn('2026.2', DASHBOARD)?.description).toMatch(/^Five panels/);
    expect(gapsFor('2026.1').flatMap((g) => g.practices.map((p) => p.key))).toEqual(
      ALL_PRACTICES.map((p) => p.key),
    );
  });

  it('falls back to the current texts for a version it does not know', () => {
    expect(gapsFor('2099.9')).toBe(GAPS);
  });

  it('lists what changed from 2026.1 to 2026.2, and nothing within one version', () => {
    const changes = frameworkChanges('2026.1', '2026.2');
    expect(changes.map((c) => [c.practiceKey, c.kind, c.aspects])).toEqual([
      ['pipeline.productionization_sprint', 'changed', ['levels']],
      [DASHBOARD, 'changed', ['description']],
      ['governance.continuous_checkpoints', 'changed', ['levels']],
      [SIGN_OFF, 'changed', ['levels']],
    ]);
    expect(frameworkChanges('2026.2', '2026.2')).toEqual([]);
  });
});

describe('comparing and trending across versions', () => {
  it('compares a 2026.1 audit with a 2026.2 one by practice key and marks changed practices', () => {
    const before = { ...all(0.5), [SIGN_OFF]: scored(0.5) };
    const after = { ...all(1) };
    const c = compareAudits(
      { answers: before, frameworkVersion: '2026.1' },
      { answers: after, frameworkVersion: '2026.2' },
    );
    expect([c.beforeVersion, c.afterVersion]).toEqual(['2026.1', '2026.2']);
    expect(c.practices).toHaveLength(ALL_PRACTICES.length);
    expect(c.practices.find((p) => p.practiceKey === SIGN_OFF)?.change).toBe('improved');
    expect(formatPercent(c.before.headline!)).toBe('50%');
    expect(formatPercent(c.after.headline!)).toBe('100%');
    expect(c.framework.find((f) => f.practiceKey === SIGN_OFF)).toMatchObject({
      kind: 'changed',
      aspects: ['levels'],
    });
    expect(c.framework.some((f) => f.practiceKey === 'pipeline.ci_cd')).toBe(false);
  });

  it('names no framework change between two audits of the same version', () => {
    const c = compareAudits(
      { answers: all(0), frameworkVersion: '2026.2' },
      { answers: all(1), frameworkVersion: '2026.2' },
    );
    expect(c.framework).toEqual([]);
  });

  it('keeps each audit’s own score in a trend that spans versions', () => {
    const points = buildTrend([
      { id: 'old', takenOn: '2026-01-05', answers: all(0.5), frameworkVersion: '2026.1' },
      { id: 'new', takenOn: '2026-12-01', answers: all(1), frameworkVersion: '2026.2' },
    ]);
    expect(points.map((p) => [p.id, p.headline, p.complete])).toEqual([
      ['old', 500, true],
      ['new', 1000, true],
    ]);
  });
});
