import { describe, expect, it } from 'vitest';
import { pocApprovalAge } from './projectTiming';

describe('pocApprovalAge (issue 6, item 7)', () => {
  const today = '2026-12-07';
  it('counts whole weeks back, in words', () => {
    expect(pocApprovalAge({ pocApprovedOn: null }, today)).toBeNull();
    expect(pocApprovalAge({ pocApprovedOn: today }, today)).toBe('this week');
    expect(pocApprovalAge({ pocApprovedOn: '2026-11-30' }, today)).toBe('1 week ago');
    expect(pocApprovalAge({ pocApprovedOn: '2026-09-07' }, today)).toBe('13 weeks ago');
  });
  it('never gives a negative count for a date in the future', () => {
    expect(pocApprovalAge({ pocApprovedOn: '2029-12-06' }, today)).toBe(
      'in the future: check the date',
    );
    expect(pocApprovalAge({ pocApprovedOn: '2026-12-08' }, today)).not.toMatch(/-\d/);
  });
});
