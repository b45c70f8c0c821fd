import { describe, expect, it } from 'vitest';
import {
  compareFractions,
  formatHalves,
  formatPercent,
  fraction,
  fractionsEqual,
  fractionToPercentTenths,
  meanOfFractions,
  minFraction,
} from './fraction';

describe('fractions', () => {
  it('reduces to a canonical form', () => {
    expect(fraction(2, 4)).toEqual({ num: 1, den: 2 });
    expect(fraction(0, 8)).toEqual({ num: 0, den: 1 });
    expect(fraction(6, 6)).toEqual({ num: 1, den: 1 });
  });

  it('refuses non-integers and non-positive denominators', () => {
    expect(() => fraction(1, 0)).toThrow(RangeError);
    expect(() => fraction(1, -2)).toThrow(RangeError);
    expect(() => fraction(0.5, 1)).toThrow(RangeError);
    expect(() => fraction(1, Number.NaN)).toThrow(RangeError);
  });

  it('compares exactly, unreduced or not', () => {
    expect(compareFractions({ num: 1, den: 3 }, { num: 1, den: 2 })).toBeLessThan(0);
    expect(compareFractions({ num: 2, den: 4 }, { num: 1, den: 2 })).toBe(0);
    expect(fractionsEqual({ num: 3, den: 9 }, { num: 1, den: 3 })).toBe(true);
    expect(fractionsEqual({ num: 3, den: 10 }, { num: 1, den: 3 })).toBe(false);
  });

  it('finds the minimum and the exact mean', () => {
    expect(minFraction([])).toBeNull();
    expect(minFraction([fraction(1, 2), fraction(1, 3), fraction(2, 3)])).toEqual({
      num: 1,
      den: 3,
    });
    expect(meanOfFractions([])).toBeNull();
    // 0.1 + 0.2 in floats is 0.30000000000000004; here it is exactly 3/20 as a mean.
    expect(meanOfFractions([fraction(1, 10), fraction(2, 10)])).toEqual({ num: 3, den: 20 });
    expect(meanOfFractions([fraction(1, 3), fraction(1, 3), fraction(1, 3)])).toEqual({
      num: 1,
      den: 3,
    });
    expect(meanOfFractions([fraction(1, 2), fraction(1, 3)])).toEqual({ num: 5, den: 12 });
  });

  it('rounds percent tenths half up with integers', () => {
    expect(fractionToPercentTenths(fraction(3, 8))).toBe(375);
    expect(fractionToPercentTenths(fraction(1, 6))).toBe(167);
    expect(fractionToPercentTenths(fraction(2, 3))).toBe(667);
    expect(fractionToPercentTenths(fraction(1, 16))).toBe(63); // 62.5 tenths, half up
    expect(fractionToPercentTenths(fraction(1, 80))).toBe(13); // 12.5 tenths, half up
    expect(fractionToPercentTenths(fraction(0, 1))).toBe(0);
    expect(fractionToPercentTenths(fraction(1, 1))).toBe(1000);
  });

  it('formats percentages with one decimal only when needed', () => {
    expect(formatPercent(fraction(7, 10))).toBe('70%');
    expect(formatPercent(fraction(3, 8))).toBe('37.5%');
    expect(formatPercent(fraction(1, 6))).toBe('16.7%');
    expect(formatPercent(fraction(5, 12))).toBe('41.7%');
    expect(formatPercent(fraction(1, 1))).toBe('100%');
    expect(formatPercent(fraction(0, 1))).toBe('0%');
    expect(formatPercent(fraction(1, 1000))).toBe('0.1%');
    expect(formatPercent(fraction(1, 3000))).toBe('0%');
  });

  it('formats half-points', () => {
    expect(formatHalves(0)).toBe('0');
    expect(formatHalves(1)).toBe('0.5');
    expect(formatHalves(7)).toBe('3.5');
    expect(formatHalves(10)).toBe('5');
  });
});
