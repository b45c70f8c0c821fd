import { Link } from 'wouter';
import { formatDay } from '../../../../shared/domain/formatDay';
import { STAGE_STATE_LABELS } from '../../../../shared/framework';
import { useProjectCheckpoints } from './useProjectCheckpoints';
import { VerdictBadge } from './VerdictBadge';
import './checkpoints.css';

/** The project page's verdict and the five stages at a glance, with the way to the checkpoints. */
export function ProjectCheckpointsSection({ projectId }: { projectId: string }) {
  const { overview, error } = useProjectCheckpoints(projectId);
  return (
    <section className="card project-checkpoints" aria-labelledby="checkpoints-title">
      <header className="section-header">
        <h2 id="checkpoints-title">1.0 verdict and governance checkpoints</h2>
        <Link href={`/projects/${projectId}/checkpoints`} className="button">
          Open checkpoints
        </Link>
      </header>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {!overview ? (
        <p role="status">Loading checkpoints…</p>
      ) : (
        <>
          <VerdictBadge verdict={overview.verdict} detailed />
          <ul className="stage-strip" aria-label="Checkpoint stages">
            {overview.stages.map((s) => (
              <li key={s.stage} className={`stage-chip stage-${s.state}`}>
                <span className="stage-chip-name">{s.name}</span>{' '}
                <span className="stage-chip-state">
                  {STAGE_STATE_LABELS[s.state]}
                  {s.state === 'waived' && s.latest?.waiver
                    ? ` until ${formatDay(s.latest.waiver.expiresOn)}`
                    : ''}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
