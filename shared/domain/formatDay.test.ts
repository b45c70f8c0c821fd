import { describe, expect, it } from 'vitest';
import { formatDay, formatInstant } from './formatDay';

describe('formatDay', () => {
  it('formats a calendar date in the given locale, never shifting the day', () => {
    expect(formatDay('2026-11-29', 'en-GB')).toBe('29 Nov 2026');
    expect(formatDay('2026-11-29', 'en-US')).toBe('Nov 29, 2026');
    expect(formatDay('2026-01-01', 'de-DE')).toBe('01.01.2026');
  });

  it('gives back text that is not a date unchanged', () => {
    expect(formatDay('someday', 'en-GB')).toBe('someday');
  });

  it('formats an instant with its time', () => {
    expect(formatInstant('2026-11-29T10:05:00Z', 'en-GB')).toMatch(/29 Nov 2026/);
    expect(formatInstant('nope', 'en-GB')).toBe('nope');
  });
});
