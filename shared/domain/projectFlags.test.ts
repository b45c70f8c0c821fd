import { describe, expect, it } from 'vitest';
import { orgRangeCheck } from '../framework/orgRecommendation';
import { EMPTY_OWNERSHIP } from './ownership';
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

describe('projectFlags: ownership and the org model', () => {
  const live = { pocApprovedOn: null, stage: 'in_production' as const, archivedAt: null };
  const today = '2026-04-30';
  const keys = (input: Parameters<typeof projectFlags>[0]) => projectFlags(input).map((f) => f.key);

  it('shows missing ownership only when the caller passes it', () => {
    expect(keys({ project: live, today })).toEqual([]);
    expect(keys({ project: live, today, ownership: EMPTY_OWNERSHIP })).toEqual([
      'no-ml-owner',
      'no-on-call',
      'runbooks-missing',
    ]);
  });

  it('flags an on-call rotation without an ML + infrastructure person, and the anti-pattern', () => {
    const ownership = {
      ...EMPTY_OWNERSHIP,
      mlOwner: 'Ana',
      onCall: { rotation: 'Data science on-call', mlInfraPerson: '' },
    };
    const flags = projectFlags({ project: live, today, ownership });
    expect(flags.map((f) => f.key)).toEqual([
      'ds-owns-production',
      'on-call-no-ml-infra',
      'runbooks-missing',
    ]);
    expect(flags[0]).toMatchObject({ tone: 'danger', label: 'Data science owns production' });
  });

  it('puts the org out-of-range flag on every active product while it lasts', () => {
    const figures = (activeProducts: number) => ({
      mlEngineers: 4,
      activeProducts,
      modelsInProduction: 2,
      platformTeam: false,
      platformTeamSize: null,
    });
    const org = (n: number) => ({
      model: 'embedded' as const,
      range: orgRangeCheck('embedded', figures(n)),
    });
    expect(keys({ project: live, today, org: org(5) })).toEqual([]);
    const [flag] = projectFlags({ project: live, today, org: org(6) });
    expect(flag).toMatchObject({ key: 'org-out-of-range', tone: 'warning' });
    expect(flag?.reason).toMatch(/outgrown Embedded ML engineers: 6 active AI products/);
    // Retired and archived projects are not among the active products.
    expect(keys({ project: { ...live, stage: 'retired' }, today, org: org(6) })).toEqual([]);
    expect(keys({ project: { ...live, archivedAt: today }, today, org: org(6) })).toEqual([]);
  });
});

describe('checkpoint flags', () => {
  const run = (
    stage: 'security_review' | 'bias_audit' | 'data_validation',
    status: 'failed' | 'waived' | 'passed',
    expiresOn?: string,
  ) => ({
    stage,
    attempt: 1,
    status,
    plannedEnd: '2026-03-01',
    waiver: expiresOn ? { expiresOn } : null,
  });
  const flagsOn = (today: string, runs: ReturnType<typeof run>[]) =>
    projectFlags({ project: project(null), today, checkpoints: runs }).map(
      (f) => `${f.key} ${f.label}`,
    );

  it('flags failed stages, expired waivers and waivers expiring within 14 days', () => {
    const runs = [
      run('security_review', 'failed'),
      run('bias_audit', 'waived', '2026-03-24'),
      run('data_validation', 'waived', '2026-03-01'),
    ];
    expect(flagsOn('2026-03-10', runs)).toEqual([
      'checkpoint-failed 1 checkpoint failed',
      'waiver-expired 1 waiver expired',
      'waiver-expiring Waiver expires in 14 d',
    ]);
    // One day earlier the bias audit's waiver is 15 days away: not flagged yet.
    expect(flagsOn('2026-03-09', runs)).not.toContain('waiver-expiring Waiver expires in 15 d');
    expect(flagsOn('2026-03-09', runs).some((f) => f.startsWith('waiver-expiring'))).toBe(false);
    // On its last day it is still valid (0 days left); the day after, expired.
    expect(flagsOn('2026-03-24', runs)).toContain('waiver-expiring Waiver expires in 0 d');
    expect(flagsOn('2026-03-25', runs)).toContain('waiver-expired 2 waivers expired');
  });
});
