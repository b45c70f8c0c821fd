import { formatDay } from '../../../../shared/domain/formatDay';
import { percentText, type ProjectReport } from '../../../../shared/reports';
import { CheckpointsView, VerdictFact } from './CheckpointSections';
import { ProjectOrgView } from './OrgSections';
import { GapPlanTasksCell, PlanProgressView, ReleasesView } from './PlanSections';
import { AboutReport, ChangesSection } from './ReportParts';

/** The project report on screen: the same model, sections and numbers as the PDF. */
export function ProjectReportView({ model }: { model: ProjectReport }) {
  const { project: p, summary: s } = model;
  const r = s.readiness;
  return (
    <article className="report" aria-label={`Readiness report: ${p.name}`}>
      <section className="report-summary" aria-labelledby="report-summary-title">
        <h2 id="report-summary-title">Summary</h2>
        <p className="muted">
          {[p.stageLabel, p.kindLabel, p.owner ? `Owner: ${p.owner}` : 'No owner recorded', p.team]
            .filter(Boolean)
            .join(' · ')}
        </p>
        <div className="report-tiles">
          <div
            className={`report-headline ${r.status === 'ready' ? `band-tint-${r.band.key}` : 'report-headline-none'}`}
          >
            <h3>Headline readiness</h3>
            {r.status === 'ready' ? (
              <>
                <p className="report-big">
                  <span data-testid="report-headline">{r.headline.text}</span>{' '}
                  <span className="report-mean" data-testid="report-mean">
                    {r.mean ? `mean ${r.mean.text}` : ''}
                  </span>
                </p>
                <p className="report-band" data-testid="report-band">
                  {r.band.label}
                </p>
                <p>{r.band.meaning}</p>
                <p className="muted small">
                  How it is computed: {r.headlineExplanation} {r.meanExplanation} From the final
                  audit “{r.audit.title}” of {formatDay(r.audit.takenOn)}.
                </p>
              </>
            ) : (
              <p>{r.message}</p>
            )}
          </div>
          <dl className="report-facts">
            <dt>Verdict</dt>
            <VerdictFact verdict={s.verdict} />
            <dt>Since the previous report</dt>
            <dd data-testid="report-trend">{s.trend.text}</dd>
            <dt>Time since PoC approval (target 6-10 weeks)</dt>
            <dd>{s.timing.text}</dd>
            <dt>Latest release lead time</dt>
            {s.releaseLeadTime.status === 'pending' ? (
              <dd className="report-pending">{s.releaseLeadTime.message}</dd>
            ) : (
              <dd data-testid="report-lead-time">{s.releaseLeadTime.text}</dd>
            )}
          </dl>
        </div>
        {s.flags.map((f) => (
          <p key={f.key} className="form-error">
            {f.label}: {f.reason}
          </p>
        ))}
      </section>

      <section className="report-section" aria-labelledby="report-risks">
        <h2 id="report-risks">Biggest risks</h2>
        {s.risks.length === 0 ? (
          <p>
            {r.status === 'ready'
              ? 'No open gap in the latest final audit.'
              : 'No final audit yet.'}
          </p>
        ) : (
          <ol className="report-risks">
            {s.risks.map((k) => (
              <li key={k.gap.key}>
                <strong>{k.gap.title}</strong> at {k.score.text} —{' '}
                {k.missing || 'nothing written down as missing'}
                <br />
                <span className="muted small">
                  Owner: {k.owner} ({k.ownerNote})
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section className="report-section" aria-labelledby="report-gaps">
        <h2 id="report-gaps">The five gaps</h2>
        <table className="report-table">
          <caption className="visually-hidden">Score of each gap in the latest final audit</caption>
          <thead>
            <tr>
              <th scope="col">Gap</th>
              <th scope="col">Score</th>
              <th scope="col">What is missing</th>
              <th scope="col">Plan tasks</th>
            </tr>
          </thead>
          <tbody>
            {model.gaps.map((g) => (
              <tr key={g.gap.key}>
                <th scope="row">{g.gap.title}</th>
                <td data-testid={`gap-score-${g.gap.key}`}>{g.score?.text ?? 'no score'}</td>
                <td>{g.missing || '—'}</td>
                <GapPlanTasksCell section={g.planTasks} />
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="report-section" aria-labelledby="report-trend-title">
        <h2 id="report-trend-title">Readiness over time</h2>
        {model.trend.length === 0 ? (
          <p>No final audit yet.</p>
        ) : (
          <table className="report-table">
            <thead>
              <tr>
                <th scope="col">Audit</th>
                <th scope="col">Date</th>
                <th scope="col">Headline</th>
                <th scope="col">Mean</th>
              </tr>
            </thead>
            <tbody>
              {model.trend.map((t) => (
                <tr key={t.auditId}>
                  <th scope="row">{t.title}</th>
                  <td>{formatDay(t.takenOn)}</td>
                  <td>{t.headline === null ? '—' : percentText(t.headline)}</td>
                  <td>{t.mean === null ? '—' : percentText(t.mean)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <PlanProgressView section={model.planProgress} />
      <CheckpointsView section={model.checkpoints} verdict={s.verdict} />
      <ProjectOrgView section={model.org} />
      <ReleasesView section={model.releases} />
      <ChangesSection changes={model.changes} />
      <AboutReport meta={model.meta} />
    </article>
  );
}
