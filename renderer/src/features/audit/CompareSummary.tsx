import { GAPS, scoreChange, type AuditComparison } from '../../../../shared/framework';
import { BandBadge } from '../../components/score/BandBadge';
import { percentOrDash } from './auditLabels';
import { ChangeLabel } from './ChangeLabel';

/** The headline, the mean and each gap's score, before → after. */
export function CompareSummary({ comparison }: { comparison: AuditComparison }) {
  const { before, after } = comparison;
  return (
    <table className="table compare-summary">
      <caption>Scores: before and after</caption>
      <thead>
        <tr>
          <th scope="col">Score</th>
          <th scope="col">Before</th>
          <th scope="col">After</th>
          <th scope="col">Change</th>
        </tr>
      </thead>
      <tbody>
        <tr className="compare-headline-row">
          <th scope="row">Readiness (weakest gap)</th>
          <td>
            <span className="score-with-band">
              <span className="score-text">{percentOrDash(before.headline)}</span>
              <BandBadge band={before.band} />
            </span>
          </td>
          <td>
            <span className="score-with-band">
              <span className="score-text">{percentOrDash(after.headline)}</span>
              <BandBadge band={after.band} />
            </span>
          </td>
          <td>
            <ChangeLabel change={scoreChange(before.headline, after.headline)} />
          </td>
        </tr>
        <tr>
          <th scope="row">Progress (mean of the gaps)</th>
          <td className="score-text">{percentOrDash(before.mean)}</td>
          <td className="score-text">{percentOrDash(after.mean)}</td>
          <td>
            <ChangeLabel change={scoreChange(before.mean, after.mean)} />
          </td>
        </tr>
        {comparison.gaps.map((g) => (
          <tr key={g.gap}>
            <th scope="row">{GAPS.find((x) => x.key === g.gap)?.title ?? g.gap}</th>
            <td className="score-text" title={g.before.explanation}>
              {percentOrDash(g.before.score)}
            </td>
            <td className="score-text" title={g.after.explanation}>
              {percentOrDash(g.after.score)}
            </td>
            <td>
              <ChangeLabel change={g.change} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
