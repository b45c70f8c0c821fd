import { Link } from 'wouter';
import type { PortfolioRow } from '../portfolio/portfolioView';
import './checkpoints.css';

/**
 * The portfolio's list of checkpoint waivers that run out within 14 days (and those already
 * expired, which now count as not passed), each linking to the project's checkpoints.
 */
export function ExpiringWaivers({ rows }: { rows: readonly PortfolioRow[] }) {
  const items = rows.flatMap((r) =>
    r.project.archivedAt === null
      ? r.flags
          .filter((f) => f.key === 'waiver-expiring' || f.key === 'waiver-expired')
          .map((f) => ({ project: r.project, flag: f }))
      : [],
  );
  if (items.length === 0) return null;
  return (
    <section className="card waivers-card" aria-labelledby="waivers-title">
      <h2 id="waivers-title">Checkpoint waivers to renew</h2>
      <ul>
        {items.map(({ project, flag }) => (
          <li key={`${project.id}-${flag.key}`} className={`flag-${flag.tone}-text`}>
            <Link href={`/projects/${project.id}/checkpoints`}>{project.name}</Link>: {flag.reason}
          </li>
        ))}
      </ul>
    </section>
  );
}
