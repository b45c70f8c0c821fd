import { describe, expect, it } from 'vitest';
import { flagWeight, projectFlags } from './projectFlags';

const project = (pocApprovedOn: string | null, stage: 'poc' | 'in_production' = 'poc') => ({
  pocApprovedOn,
  stage,
  archivedAt: null,
});

describe('projectFlags', () => {
  it('flags a project still short of production more than 16 weeks after approval', () => {
    // 2026-01-01 + 16 weeks = 2026-04-23; one more week makes 17.
    expect(projectFlags({ project: project('2026-01-01'), today: '2026-04-23' })).toEqual([]);
    const [flag] = projectFlags({ project: project('2026-01-01'), today: '2026-04-30' });
    expect(flag).toMatchObject({ key: 'stalled', tone: 'danger', label: '17 weeks since PoC' });
    expect(flag?.reason).toMatch(/past 16 weeks/);
  });

  it('does not flag a project in production or without an approval date', () => {
    expect(
      projectFlags({ project: project('2025-01-01', 'in_production'), today: '2026-04-30' }),
    ).toEqual([]);
    expect(projectFlags({ project: project(null), today: '2026-04-30' })).toEqual([]);
  });

  it('weighs a danger flag above any number of warnings', () => {
    const warning = { key: 'w', tone: 'warning' as const, label: '', reason: '' };
    const danger = { ...warning, tone: 'danger' as const };
    expect(flagWeight([danger])).toBeGreaterThan(flagWeight([warning, warning, warning]));
    expect(flagWeight([])).toBe(0);
  });
});
