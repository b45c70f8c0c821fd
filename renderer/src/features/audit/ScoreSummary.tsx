import { GAPS, type AuditScore } from '../../../../shared/framework';
import { BandBadge } from '../../components/score/BandBadge';
import { percentOrDash } from './auditLabels';

/**
 * The numbers leadership quotes, each with how it was computed: the headline is the weakest
 * gap (one open gap sinks a launch), the mean beside it shows progress.
 */
export function ScoreSummary({ score, isFinal }: { score: AuditScore; isFinal: boolean }) {
  const provisional = !isFinal && !score.complete;
  return (
    <section aria-labelledby="score-title" className="card score-summary">
      <h2 id="score-title">Score</h2>
      {provisional && (
        <p className="provisional-note">
          Provisional: some practices are not scored yet, and they are left out of these numbers.
        </p>
      )}
      <div className="score-figures">
        <div role="group" aria-labelledby="headline-label" className="figure figure-headline">
          <p id="headline-label" className="figure-label">
            Readiness (weakest gap)
          </p>
          <p className="figure-value">
            <span className="figure-number">{percentOrDash(score.headline)}</span>
            <BandBadge band={score.band} provisional={provisional} />
          </p>
          {score.band && <p className="band-meaning">{score.band.meaning}</p>}
          <p className="explanation">
            <span className="explanation-label">How: </span>
            {score.headlineExplanation}
          </p>
        </div>
        <div role="group" aria-labelledby="mean-label" className="figure figure-mean">
          <p id="mean-label" className="figure-label">
            Progress (mean of the gaps)
          </p>
          <p className="figure-value">
            <span className="figure-number figure-number-secondary">
              {percentOrDash(score.mean)}
            </span>
          </p>
          <p className="explanation">
            <span className="explanation-label">How: </span>
            {score.meanExplanation}
          </p>
        </div>
      </div>
      <table className="gap-score-table">
        <caption>Score per gap, and how it was computed</caption>
        <thead>
          <tr>
            <th scope="col">Gap</th>
            <th scope="col">Score</th>
            <th scope="col">How</th>
          </tr>
        </thead>
        <tbody>
          {score.gaps.map((g) => {
            const gap = GAPS.find((x) => x.key === g.gap);
            const weakest = score.weakestGap === g.gap;
            return (
              <tr key={g.gap} className={weakest ? 'is-weakest' : undefined}>
                <th scope="row">
                  {gap?.title ?? g.gap}
                  {weakest && <span className="badge weakest-badge">Weakest</span>}
                </th>
                <td className="score-text">{percentOrDash(g.score)}</td>
                <td className="explanation">{g.explanation}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
