import { useMemo } from 'react';
import { Link, useRoute } from 'wouter';
import { useAppStore } from '../store/useAppStore';

/** Projects listed by name in the sidebar; the portfolio lists (and searches) them all. */
const SIDEBAR_PROJECTS = 50;

/**
 * Portfolio first, then one entry per active project (archived ones stay in the portfolio list),
 * and Backups and About at the foot (in a browser there is no native Help menu).
 */
export function Sidebar() {
  const all = useAppStore((s) => s.projects);
  const [onPortfolio] = useRoute('/');
  const [onOrg] = useRoute('/org');
  const [onBackups] = useRoute('/backups');
  const [onReports] = useRoute('/reports/*?');
  const [onAbout] = useRoute('/about');
  const [, params] = useRoute<{ id: string }>('/projects/:id/*?');
  const sorted = useMemo(
    () => all.filter((p) => p.archivedAt === null).sort((a, b) => a.name.localeCompare(b.name)),
    [all],
  );
  // Thousands of links would cost more than the page beside them and help nobody: the first
  // ones by name, the one open now, and the count of the rest.
  const openId = params?.id;
  const shown = useMemo(() => {
    const first = sorted.slice(0, SIDEBAR_PROJECTS);
    const open = openId ? sorted.find((p) => p.id === openId) : undefined;
    return open && !first.includes(open) ? [...first, open] : first;
  }, [sorted, openId]);
  const more = sorted.length - shown.length;
  return (
    <nav className="sidebar" aria-label="Projects">
      <div className="sidebar-brand" aria-hidden="true">
        Crossing
      </div>
      <Link href="/" className="sidebar-link" aria-current={onPortfolio ? 'page' : undefined}>
        Portfolio
      </Link>
      <Link href="/reports" className="sidebar-link" aria-current={onReports ? 'page' : undefined}>
        Reports
      </Link>
      <Link href="/org" className="sidebar-link" aria-current={onOrg ? 'page' : undefined}>
        Org model
      </Link>
      <h2 className="sidebar-heading" id="sidebar-projects">
        Projects
      </h2>
      {sorted.length === 0 ? (
        <p className="sidebar-empty">No active projects</p>
      ) : (
        <ul aria-labelledby="sidebar-projects" className="sidebar-list">
          {shown.map((p) => (
            <li key={p.id}>
              <Link
                href={`/projects/${p.id}`}
                className="sidebar-link"
                aria-current={params?.id === p.id ? 'page' : undefined}
              >
                {p.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {more > 0 && (
        <Link href="/" className="sidebar-link sidebar-more">
          {more.toLocaleString()} more in the portfolio
        </Link>
      )}
      <div className="sidebar-footer">
        <Link
          href="/backups"
          className="sidebar-link"
          aria-current={onBackups ? 'page' : undefined}
        >
          Backups
        </Link>
        <Link href="/about" className="sidebar-link" aria-current={onAbout ? 'page' : undefined}>
          About
        </Link>
      </div>
    </nav>
  );
}
