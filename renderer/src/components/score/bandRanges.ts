import { BANDS, formatPercent, type Band } from '../../../../shared/framework';

export interface BandRange {
  band: Band;
  /** "below 40%", "40% to below 70%", "90% and above". */
  range: string;
}

/** Each band with the headline range it covers, read from BANDS so the legend cannot drift. */
export function bandRanges(bands: readonly Band[] = BANDS): BandRange[] {
  return bands.map((band, i) => {
    const next = bands[i + 1];
    const from = formatPercent(band.minimum);
    const isFirst = band.minimum.num === 0;
    let range: string;
    if (next === undefined) range = `${from} and above`;
    else if (isFirst) range = `below ${formatPercent(next.minimum)}`;
    else range = `${from} to below ${formatPercent(next.minimum)}`;
    return { band, range };
  });
}
