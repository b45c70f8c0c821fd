import type { Band } from '../../../../shared/framework';

/** The band leadership quotes, with its one-line meaning as a tooltip and for screen readers. */
export function BandBadge({
  band,
  provisional = false,
}: {
  band: Band | null;
  provisional?: boolean;
}) {
  if (!band) return <span className="badge badge-muted">No score</span>;
  return (
    <span className={`badge band band-${band.key}`} title={band.meaning}>
      {band.label}
      {provisional && ' (provisional)'}
    </span>
  );
}
