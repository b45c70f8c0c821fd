import { describe, expect, it } from 'vitest';
import { BANDS, bandByKey, bandFor } from './bands';
import { compareFractions, fraction } from './fraction';

describe('bands', () => {
  it('are ordered by their inclusive minimum, starting at 0', () => {
    expect(BANDS.map((b) => b.key)).toEqual(['blocked', 'at_risk', 'nearly', 'ready']);
    expect(BANDS[0]?.minimum).toEqual({ num: 0, den: 1 });
    for (let i = 1; i < BANDS.length; i += 1) {
      const prev = BANDS[i - 1];
      const band = BANDS[i];
      if (!prev || !band) throw new Error('unreachable');
      expect(compareFractions(prev.minimum, band.minimum)).toBeLessThan(0);
    }
  });

  it('puts boundaries in the higher band (minimums are inclusive)', () => {
    const at = (num: number, den: number): string => bandFor(fraction(num, den)).key;
    expect(at(0, 1)).toBe('blocked');
    expect(at(399, 1000)).toBe('blocked');
    expect(at(2, 5)).toBe('at_risk');
    expect(at(11, 16)).toBe('at_risk'); // 68.75%
    expect(at(699, 1000)).toBe('at_risk');
    expect(at(7, 10)).toBe('nearly');
    expect(at(899, 1000)).toBe('nearly');
    expect(at(9, 10)).toBe('ready');
    expect(at(1, 1)).toBe('ready');
  });

  it('says in the top band that a 1.0 also needs the checkpoints', () => {
    const ready = bandByKey('ready');
    expect(ready.meaning).toMatch(/checkpoint/);
    expect(ready.meaning).toMatch(/waived/);
    for (const band of BANDS) {
      expect(band.label.trim()).not.toBe('');
      expect(band.meaning.trim()).not.toBe('');
    }
  });
});
