import { describe, expect, it } from 'vitest';
import { defaultAuditTitle } from './auditTitles';

describe('defaultAuditTitle', () => {
  it('names the audit after its date', () => {
    expect(defaultAuditTitle([], '2026-03-02')).toBe('Gap audit 2026-03-02');
  });
  it('numbers a second audit of the same day', () => {
    expect(defaultAuditTitle(['Gap audit 2026-03-02'], '2026-03-02')).toBe(
      'Gap audit 2026-03-02 (2)',
    );
    expect(
      defaultAuditTitle(['Gap audit 2026-03-02', 'Gap audit 2026-03-02 (2)'], '2026-03-02'),
    ).toBe('Gap audit 2026-03-02 (3)');
  });
});
