import { describe, expect, it } from 'vitest';
import { fraction } from '../../../../shared/framework';
import { answerLabel, formatTenths, gapTitle, percentOrDash } from './auditLabels';

describe('audit labels', () => {
  it('formats trend tenths exactly like formatPercent', () => {
    expect(formatTenths(375)).toBe('37.5%');
    expect(formatTenths(700)).toBe('70%');
    expect(formatTenths(429)).toBe('42.9%');
    expect(formatTenths(0)).toBe('0%');
    expect(formatTenths(null)).toBe('—');
  });
  it('formats scores and their absence', () => {
    expect(percentOrDash(fraction(3, 7))).toBe('42.9%');
    expect(percentOrDash(null)).toBe('—');
  });
  it('says what an answer is, with its points', () => {
    expect(answerLabel(undefined)).toBe('Not scored');
    expect(answerLabel({ kind: 'scored', level: 0.5 })).toBe('Manual or on paper (0.5)');
    expect(answerLabel({ kind: 'scored', level: 0 })).toBe('Not in place (0)');
    expect(answerLabel({ kind: 'not_applicable', reason: 'No prompts' })).toBe('Not applicable');
  });
  it('names gaps by their title', () => {
    expect(gapTitle('observability')).toBe('Observability from day one');
    expect(gapTitle(null)).toBe('—');
  });
});
