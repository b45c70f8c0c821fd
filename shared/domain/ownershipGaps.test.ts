import { describe, expect, it } from 'vitest';
import { EMPTY_OWNERSHIP, type OwnershipFields } from './ownership';
import { dataScienceOwnsProduction, ownershipGaps } from './ownershipGaps';
import { effectiveAlertOwner, whoDoesWhat } from './ownershipRoles';

const project = (
  stage: 'poc' | 'productionizing' | 'in_production' | 'retired' = 'in_production',
) => ({ stage, archivedAt: null }) as const;

const present = (reference: string) => ({ present: true, reference });

/** Everything a project in production needs, recorded. */
const complete: OwnershipFields = {
  productTeam: 'Payments Risk',
  mlOwner: 'Noor Haddad',
  platformOwner: 'Kai Tanaka',
  engineeringManager: 'Ines Duarte',
  onCall: { rotation: 'payments-ml weekly', mlInfraPerson: 'Kai Tanaka' },
  runbooks: {
    rollback: present('https://wiki.example/rollback'),
    retrain: present('https://wiki.example/retrain'),
    threshold: present('In the service README'),
    escalate: present('Page the research lead'),
  },
  alertRoutes: {
    drift: { kind: 'model_default' },
    latency: { kind: 'model_default' },
    cost: { kind: 'model_default' },
  },
  handoff: {
    status: 'done',
    plannedStart: '2026-01-05',
    plannedEnd: '2026-01-23',
    researchCoOwner: 'Lena Park',
    productionCoOwner: 'Kai Tanaka',
  },
};

const keys = (o: OwnershipFields, stage?: Parameters<typeof project>[0]) =>
  ownershipGaps(project(stage), o, 'hybrid').map((g) => g.key);

describe('ownershipGaps', () => {
  it('finds nothing missing in a complete record', () => {
    expect(ownershipGaps(project(), complete, 'hybrid')).toEqual([]);
  });

  it('lists everything for a project in production with nothing recorded', () => {
    const gaps = ownershipGaps(project(), EMPTY_OWNERSHIP, 'hybrid');
    expect(gaps.map((g) => g.key)).toEqual([
      'no-ml-owner',
      'no-product-team',
      'no-engineering-manager',
      'no-platform-owner',
      'no-on-call',
      'runbooks-missing',
      'alert-owner-missing',
    ]);
    expect(gaps.find((g) => g.key === 'no-on-call')?.severity).toBe('danger');
    expect(gaps.find((g) => g.key === 'runbooks-missing')?.label).toBe('No runbooks');
  });

  it('asks a PoC for owners only, and a retired or archived project for nothing', () => {
    expect(keys(EMPTY_OWNERSHIP, 'poc')).toEqual([
      'no-ml-owner',
      'no-product-team',
      'no-engineering-manager',
    ]);
    expect(keys(EMPTY_OWNERSHIP, 'retired')).toEqual([]);
    expect(
      ownershipGaps(
        { stage: 'in_production', archivedAt: '2026-01-01T00:00:00Z' },
        EMPTY_OWNERSHIP,
        null,
      ),
    ).toEqual([]);
  });

  it('flags an on-call rotation without anyone who knows both ML and the infrastructure', () => {
    const o = { ...complete, onCall: { rotation: 'SRE primary', mlInfraPerson: '' } };
    const [gap] = ownershipGaps(project(), o, 'hybrid');
    expect(gap).toMatchObject({ key: 'on-call-no-ml-infra', severity: 'warning' });
  });

  it('counts the runbooks that are missing, by failure mode', () => {
    const o = {
      ...complete,
      runbooks: { ...complete.runbooks, retrain: { present: false, reference: 'planned' } },
    };
    const [gap] = ownershipGaps(project(), o, 'hybrid');
    expect(gap).toMatchObject({ key: 'runbooks-missing', label: '1 of 4 runbooks missing' });
    expect(gap?.reason).toBe('No runbook for: retrain on recent data.');
  });

  it('alert owners follow the chosen model, and a project may override them', () => {
    const noPlatform = { ...complete, platformOwner: '' };
    // Hybrid sends latency to the platform/SRE owner, whom this project has not named.
    expect(effectiveAlertOwner('latency', noPlatform, 'hybrid')).toMatchObject({
      source: 'model',
      party: 'platform_owner',
      missing: true,
    });
    expect(keys(noPlatform)).toContain('alert-owner-missing');
    const overridden: OwnershipFields = {
      ...noPlatform,
      alertRoutes: { ...noPlatform.alertRoutes, latency: { kind: 'person', name: 'Ops desk' } },
    };
    expect(effectiveAlertOwner('latency', overridden, 'hybrid')).toMatchObject({
      source: 'project',
      text: 'Ops desk',
      missing: false,
    });
    expect(keys(overridden)).not.toContain('alert-owner-missing');
    // Drift goes to the ML owner under hybrid and to the platform team under centralised.
    expect(effectiveAlertOwner('drift', complete, 'hybrid').name).toBe('Noor Haddad');
    expect(effectiveAlertOwner('drift', complete, 'centralized').name).toBe('Kai Tanaka');
    expect(effectiveAlertOwner('drift', complete, null).source).toBe('framework');
  });

  it('checks the hand-off sprint: planned, 2-3 weeks, co-owned by both sides', () => {
    const handoff = (h: Partial<OwnershipFields['handoff']>) => ({
      ...complete,
      handoff: { ...complete.handoff, ...h },
    });
    expect(keys(handoff({ status: 'not_planned' }), 'productionizing')).toEqual([
      'handoff-not-planned',
    ]);
    // 13 and 22 days are outside 2-3 weeks; 14 and 21 are inside.
    expect(keys(handoff({ status: 'planned', plannedEnd: '2026-01-18' }))).toEqual([
      'handoff-length',
    ]);
    expect(keys(handoff({ status: 'planned', plannedEnd: '2026-01-19' }))).toEqual([]);
    expect(keys(handoff({ status: 'planned', plannedEnd: '2026-01-26' }))).toEqual([]);
    expect(keys(handoff({ status: 'planned', plannedEnd: '2026-01-27' }))).toEqual([
      'handoff-length',
    ]);
    expect(keys(handoff({ status: 'in_progress', plannedStart: null }))).toEqual([
      'handoff-no-dates',
    ]);
    const noResearch = ownershipGaps(project(), handoff({ researchCoOwner: '' }), 'hybrid');
    expect(noResearch[0]?.reason).toMatch(/no co-owner from research/);
  });
});

describe('dataScienceOwnsProduction (the anti-pattern)', () => {
  it('flags a production-side owner that names the research side', () => {
    const o = { ...complete, platformOwner: 'Data Science team' };
    expect(dataScienceOwnsProduction(project(), o)).toMatch(
      /The platform\/SRE owner is “Data Science team”: production sits with the research side/,
    );
    expect(
      keys({ ...complete, onCall: { rotation: 'ML research on-call', mlInfraPerson: 'x' } }),
    ).toEqual(['ds-owns-production']);
    expect(keys(o)[0]).toBe('ds-owns-production');
  });

  it('flags a model in production looked after only by its builders', () => {
    const o = { ...EMPTY_OWNERSHIP, mlOwner: 'Lena Park', productTeam: 'Growth' };
    expect(dataScienceOwnsProduction(project(), o)).toMatch(/only the people who built the model/);
    // Before production, missing production owners are gaps, not the anti-pattern.
    expect(dataScienceOwnsProduction(project('productionizing'), o)).toBeNull();
  });

  it('flags the researcher who is also ML owner and platform owner', () => {
    const o = {
      ...complete,
      mlOwner: 'lena park',
      platformOwner: 'Lena Park ',
      handoff: { ...complete.handoff, researchCoOwner: 'Lena Park' },
    };
    expect(dataScienceOwnsProduction(project(), o)).toMatch(/^Lena Park is the research co-owner/);
  });

  it('leaves ordinary names alone ("Researchgate" is not the research team; neither is an ML engineer)', () => {
    expect(
      dataScienceOwnsProduction(project(), { ...complete, platformOwner: 'Researchgate SRE' }),
    ).toBeNull();
    expect(dataScienceOwnsProduction(project(), complete)).toBeNull();
  });
});

describe('whoDoesWhat', () => {
  it('fills the chosen model’s table with the project’s people and marks the unrecorded ones', () => {
    const rows = whoDoesWhat('hybrid', { ...complete, engineeringManager: '' });
    const evaluation = rows.find((r) => r.key === 'model_evaluation');
    expect(evaluation?.responsible).toMatchObject({ name: 'Noor Haddad', missing: false });
    expect(evaluation?.accountable).toMatchObject({ label: 'Engineering manager', missing: true });
    const security = rows.find((r) => r.key === 'security_review');
    expect(security?.responsible).toMatchObject({ label: 'AppSec / DevSecOps', missing: false });
    expect(rows.find((r) => r.key === 'latency')?.alert?.text).toBe(
      'Platform/SRE owner: Kai Tanaka',
    );
  });
});
