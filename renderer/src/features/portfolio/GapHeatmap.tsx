import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import { Link } from 'wouter';
import type { Project } from '../../../../shared/domain/project';
import { bandFor, formatPercent, GAPS, type Verdict } from '../../../../shared/framework';
import { BandLegend } from '../../components/score/BandLegend';
import type { ProjectReadiness } from '../../../../shared/domain/projectReadiness';
import './portfolio.css';

/** A heatmap row's height in px (portfolio.css gives rows the same). */
const HEAT_ROW_HEIGHT = 56;
/** Names listed under the heatmap as "without a final audit"; the rest are counted. */
const NOT_AUDITED_NAMED = 12;

interface Props {
  /** Active projects, in the table's order. */
  projects: readonly Project[];
  readiness: ReadonlyMap<string, ProjectReadiness>;
  /** Each project's 1.0 verdict (absent until the portfolio summary loaded). */
  verdicts?: ReadonlyMap<string, Verdict>;
}

/**
 * Projects x the five gaps, from each project's latest final audit: where the portfolio is
 * weak at a glance. Every cell prints its exact percentage and band; the tint only repeats it.
 * Its rows are virtualised in their own scroll box, so 10,000 audited projects render the few
 * dozen in view.
 */
export function GapHeatmap({ projects, readiness, verdicts }: Props) {
  const { rows, notAudited } = useMemo(() => {
    const audited: { project: Project; readiness: ProjectReadiness }[] = [];
    const without: Project[] = [];
    for (const p of projects) {
      const r = readiness.get(p.id);
      if (r) audited.push({ project: p, readiness: r });
      else without.push(p);
    }
    return { rows: audited, notAudited: without };
  }, [projects, readiness]);
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser's own state, read in render on purpose
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => HEAT_ROW_HEIGHT,
    overscan: 6,
    getItemKey: (i) => rows[i]?.project.id ?? i,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const span = GAPS.length + 2;
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
          <div className="heatmap-scroll" ref={scrollRef}>
            <table className="heatmap" aria-rowcount={rows.length + 1}>
              <caption>
                Gap scores from each active project’s latest final audit (its date is under the
                project’s name). Drafts are not counted.
              </caption>
              <thead>
                <tr aria-rowindex={1}>
                  <th scope="col">Project</th>
                  {GAPS.map((g) => (
                    <th scope="col" key={g.key}>
                      {g.title}
                    </th>
                  ))}
                  <th scope="col">Readiness (weakest gap) · 1.0 verdict</th>
                </tr>
              </thead>
              <tbody>
                {padTop > 0 && (
                  <tr aria-hidden="true" style={{ height: padTop }}>
                    <td colSpan={span} />
                  </tr>
                )}
                {items.map((item) => {
                  const row = rows[item.index];
                  if (!row) return null;
                  const { project, readiness: r } = row;
                  return (
                    <tr
                      key={project.id}
                      aria-rowindex={item.index + 2}
                      style={{ height: HEAT_ROW_HEIGHT }}
                    >
                      <th scope="row">
                        <Link
                          href={`/projects/${project.id}`}
                          className="heatmap-project"
                          title={project.name}
                        >
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
                            <span className="heatmap-band">{band.gapLabel}</span>
                          </td>
                        );
                      })}
                      <td className="heatmap-cell heatmap-headline">
                        <span className="heatmap-value">
                          {r.score.headline === null ? '—' : formatPercent(r.score.headline)}
                        </span>
                        <span
                          className="heatmap-band"
                          title={verdicts
                            ?.get(project.id)
                            ?.blockers.map((b) => b.text)
                            .join('\n')}
                        >
                          {verdicts?.get(project.id)?.label ?? r.score.band?.label ?? 'No score'}
                        </span>
                      </td>
                    </tr>
                  );
                })}
                {padBottom > 0 && (
                  <tr aria-hidden="true" style={{ height: padBottom }}>
                    <td colSpan={span} />
                  </tr>
                )}
              </tbody>
            </table>
          </div>
          <BandLegend title="Cell colours follow the readiness bands" />
        </>
      )}
      {rows.length > 0 && notAudited.length > 0 && (
        <p className="muted heatmap-missing">
          Without a final audit yet:{' '}
          {notAudited
            .slice(0, NOT_AUDITED_NAMED)
            .map((p) => p.name)
            .join(', ')}
          {notAudited.length > NOT_AUDITED_NAMED
            ? `, and ${notAudited.length - NOT_AUDITED_NAMED} more.`
            : '.'}
        </p>
      )}
    </section>
  );
}
