import { formatPercent, type Fraction } from '../../../../shared/framework';

/** A score as an exact percentage ("37.5%"), or a dash when there is none, with its explanation. */
export function ScoreText({
  value,
  explanation,
}: {
  value: Fraction | null;
  explanation?: string;
}) {
  return (
    <span className="score-text" title={explanation}>
      {value === null ? '—' : formatPercent(value)}
    </span>
  );
}
