import { describe, expect, it } from 'vitest';
import { bandRanges } from './bandRanges';

describe('bandRanges', () => {
  it('states every band with its thresholds, lowest first', () => {
    expect(bandRanges().map((r) => `${r.band.label}: ${r.range}`)).toEqual([
      'Blocked: below 40%',
      'At risk: 40% to below 70%',
      'Nearly ready: 70% to below 90%',
      'Gaps closed: 90% and above',
    ]);
  });
});
