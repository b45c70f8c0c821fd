import { Link } from 'wouter';
import type { Project } from '../../../../shared/domain/project';
import { bandFor, formatPercent, GAPS } from '../../../../shared/framework';
import { BandLegend } from '../../components/score/BandLegend';
import type { ProjectReadiness } from '../../../../shared/domain/projectReadiness';
import './portfolio.css';

interface Props {
  /** Active projects, in the table's order. */
  projects: readonly Project[];
  readiness: ReadonlyMap<string, ProjectReadiness>;
}

/**
 * Projects x the five gaps, from each project's latest final audit: where the portfolio is
 * weak at a glance. Every cell prints its exact percentage and band; the tint only repeats it.
 */
export function GapHeatmap({ projects, readiness }: Props) {
  const rows = projects.flatMap((p) => {
    const r = readiness.get(p.id);
    return r ? [{ project: p, readiness: r }] : [];
  });
  const notAudited = projects.filter((p) => !readiness.has(p.id));
  return (
    <section aria-labelledby="heatmap-title" className="card heatmap-section">
      <h2 id="heatmap-title">Gaps across the portfolio</h2>
      {rows.length === 0 ? (
        <div className="empty-state">
          <h3>No final audits yet</h3>
          <p>
            The heatmap shows each active project’s latest final audit, gap by gap. Audit a project
            and finalise the audit to see it here.
          </p>
        </div>
      ) : (
        <>
          <div className="heatmap-scroll">
            <table className="heatmap">
              <caption>
                Gap scores from each active project’s latest final audit (its date is under the
                project’s name). Drafts are not counted.
              </caption>
              <thead>
                <tr>
                  <th scope="col">Project</th>
                  {GAPS.map((g) => (
                    <th scope="col" key={g.key}>
                      {g.title}
                    </th>
                  ))}
                  <th scope="col">Readiness (weakest gap)</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ project, readiness: r }) => (
                  <tr key={project.id}>
                    <th scope="row">
                      <Link href={`/projects/${project.id}`} className="heatmap-project">
                        {project.name}
                      </Link>
                      <span className="heatmap-date">
                        <time dateTime={r.audit.takenOn}>{r.audit.takenOn}</time>
                      </span>
                    </th>
                    {r.score.gaps.map((g) => {
                      if (g.score === null) {
                        return (
                          <td
                            key={g.gap}
                            className="heatmap-cell heatmap-none"
                            title={g.explanation}
                          >
                            <span className="heatmap-value">n/a</span>
                            <span className="heatmap-band">No score</span>
                          </td>
                        );
                      }
                      const band = bandFor(g.score);
                      return (
                        <td
                          key={g.gap}
                          className={`heatmap-cell band-tint-${band.key}`}
                          title={g.explanation}
                        >
                          <span className="heatmap-value">{formatPercent(g.score)}</span>
                          <span className="heatmap-band">{band.label}</span>
                        </td>
                      );
                    })}
                    <td className="heatmap-cell heatmap-headline">
                      <span className="heatmap-value">
                        {r.score.headline === null ? '—' : formatPercent(r.score.headline)}
                      </span>
                      <span className="heatmap-band">{r.score.band?.label ?? 'No score'}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <BandLegend title="Cell colours follow the readiness bands" />
        </>
      )}
      {rows.length > 0 && notAudited.length > 0 && (
        <p className="muted heatmap-missing">
          Without a final audit yet: {notAudited.map((p) => p.name).join(', ')}.
        </p>
      )}
    </section>
  );
}
