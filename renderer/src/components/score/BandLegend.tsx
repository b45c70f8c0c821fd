import { useId } from 'react';
import { bandRanges } from './bandRanges';
import './score.css';

/**
 * The four readiness bands and their thresholds, so a reader can place any percentage. Each
 * band's one-line meaning is its tooltip (the score summary spells out the current one).
 */
export function BandLegend({ title = 'Readiness bands' }: { title?: string }) {
  const id = useId();
  return (
    <div className="band-legend">
      <p className="band-legend-title" id={id}>
        {title}
      </p>
      <ul aria-labelledby={id}>
        {bandRanges().map(({ band, range }) => (
          <li key={band.key} title={band.meaning}>
            <span className={`band-swatch band-swatch-${band.key}`} aria-hidden="true" />
            <span className="band-legend-label">{band.label}</span>{' '}
            <span className="muted">{range}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
