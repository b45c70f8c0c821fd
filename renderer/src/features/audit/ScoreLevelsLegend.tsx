import { SCORE_LEVELS } from '../../../../shared/framework';

/** The rubric every practice is scored against, so the team scores the same way. */
export function ScoreLevelsLegend() {
  return (
    <div className="score-levels-legend">
      <p className="band-legend-title" id="score-levels-title">
        How to score a practice
      </p>
      <dl aria-labelledby="score-levels-title">
        {SCORE_LEVELS.map((l) => (
          <div key={l.key}>
            <dt>
              {l.label}
              {l.level !== null && <span className="muted"> ({l.level})</span>}
            </dt>
            <dd>{l.meaning}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">
        A practice done by people, such as signing off on evidence, says under its title what 0, 0.5
        and 1 mean for it.
      </p>
    </div>
  );
}
