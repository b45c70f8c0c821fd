import { describe, expect, it } from 'vitest';
import { addDays } from './calendar';
import { projectTimeline } from './projectTiming';
import { medianDays, portfolioMedianLeadTime, releaseLeadTime } from './releaseLeadTime';

const trained = '2026-03-02';
const served = (days: number) => addDays(trained, days);

describe('release lead time at its boundaries', () => {
  it('an update is on track under 2 weeks, over target at exactly 2 weeks', () => {
    expect(
      releaseLeadTime({ kind: 'update', trainedOn: trained, servingOn: served(13) }, '2026-06-01')
        .verdict,
    ).toBe('on_track');
    const at = releaseLeadTime(
      { kind: 'update', trainedOn: trained, servingOn: served(14) },
      '2026-06-01',
    );
    expect(at.verdict).toBe('over_target');
    expect(at.text).toBe('14 days: over target (the target for an update is under 2 weeks).');
  });

  it('a new model is on track under 6 weeks; at exactly 6 weeks it is counted in months', () => {
    const under = releaseLeadTime(
      { kind: 'new_model', trainedOn: trained, servingOn: served(41) },
      '2026-06-01',
    );
    expect(under.verdict).toBe('on_track');
    expect(under.text).toBe(
      '41 days from training to production: on track (the target for a new model is under 6 weeks).',
    );
    expect(
      releaseLeadTime(
        { kind: 'new_model', trainedOn: trained, servingOn: served(42) },
        '2026-06-01',
      ).verdict,
    ).toBe('process_problem');
  });

  it('an update measured in months is a process problem', () => {
    expect(
      releaseLeadTime({ kind: 'update', trainedOn: trained, servingOn: served(29) }, '2026-06-01')
        .verdict,
    ).toBe('over_target');
    expect(
      releaseLeadTime({ kind: 'update', trainedOn: trained, servingOn: served(30) }, '2026-06-01')
        .verdict,
    ).toBe('process_problem');
  });

  it('a release not serving yet runs to today', () => {
    const r = releaseLeadTime({ kind: 'update', trainedOn: trained, servingOn: null }, served(5));
    expect(r).toMatchObject({ days: 5, running: true, verdict: 'waiting' });
    expect(
      releaseLeadTime({ kind: 'update', trainedOn: trained, servingOn: null }, served(20)).verdict,
    ).toBe('over_target');
  });

  it('the portfolio median counts served releases only', () => {
    expect(medianDays([])).toBeNull();
    expect(medianDays([9, 1, 5])).toBe(5);
    expect(medianDays([1, 2, 3, 10])).toBe(2.5);
    expect(
      portfolioMedianLeadTime([
        { kind: 'update', trainedOn: trained, servingOn: served(4) },
        { kind: 'update', trainedOn: trained, servingOn: served(60) },
        { kind: 'update', trainedOn: trained, servingOn: null },
      ]),
    ).toBe(32);
  });
});

describe('weeks from PoC approval against the 6-10 week target', () => {
  const approved = { pocApprovedOn: '2026-01-05', stage: 'productionizing' as const };
  const after = (weeks: number, extraDays = 0) => addDays('2026-01-05', weeks * 7 + extraDays);

  it('in production at exactly 6 and 10 weeks is within target; 11 is beyond', () => {
    expect(projectTimeline(approved, after(6), '2026-12-01').verdict).toBe('within_target');
    expect(projectTimeline(approved, after(10), '2026-12-01')).toMatchObject({
      weeks: 10,
      verdict: 'within_target',
    });
    expect(projectTimeline(approved, after(11), '2026-12-01').verdict).toBe('over_target');
  });

  it('not in production: flagged past 16 weeks with the reason, not at exactly 16', () => {
    expect(projectTimeline(approved, null, after(10)).verdict).toBe('on_its_way');
    expect(projectTimeline(approved, null, after(10, 6)).verdict).toBe('on_its_way');
    expect(projectTimeline(approved, null, after(11)).verdict).toBe('past_target');
    expect(projectTimeline(approved, null, after(16)).verdict).toBe('past_target');
    const stalled = projectTimeline(approved, null, after(17));
    expect(stalled.verdict).toBe('stalled');
    expect(stalled.text).toBe(
      '17 weeks since PoC approval and not in production: past 16 weeks, one or more structural gaps is likely still open.',
    );
  });

  it('says plainly when no approval date is recorded', () => {
    expect(projectTimeline({ pocApprovedOn: null, stage: 'poc' }, null, '2026-06-01').verdict).toBe(
      'no_approval',
    );
    // In production with no date recorded: never flagged as stalled.
    expect(
      projectTimeline({ pocApprovedOn: '2025-01-01', stage: 'in_production' }, null, '2026-06-01'),
    ).toMatchObject({ verdict: 'no_production_date', weeks: null });
  });
});
