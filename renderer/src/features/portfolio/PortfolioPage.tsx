import { useEffect, useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { localToday } from '../../../../shared/domain/calendar';
import { formatKeys, isMacPlatform } from '../../actions/matchKeys';
import { EmptyState } from '../../components/EmptyState';
import { useAppStore } from '../../store/useAppStore';
import {
  DEFAULT_FILTERS,
  filterProjects,
  sortProjects,
  type PortfolioFilters,
  type SortOrder,
} from './portfolioView';
import { GapHeatmap } from './GapHeatmap';
import { PortfolioToolbar } from './PortfolioToolbar';
import { readinessByProject } from '../../../../shared/domain/projectReadiness';
import { ProjectTable } from './ProjectTable';
import { projectFlags } from '../../../../shared/domain/projectFlags';
import { EMPTY_OWNERSHIP } from '../../../../shared/domain/ownership';
import { orgFlagContext } from '../../../../shared/domain/orgOverview';
import { OrgRangeBanner } from '../org/OrgRangeBanner';
import { useOrgData } from '../org/useOrgData';

export function PortfolioPage() {
  const projects = useAppStore((s) => s.projects);
  const loaded = useAppStore((s) => s.projectsLoaded);
  const error = useAppStore((s) => s.projectsError);
  const openCreate = useAppStore((s) => s.openCreateProject);
  const createSample = useAppStore((s) => s.createSample);
  const [addingSample, setAddingSample] = useState(false);
  const latestFinals = useAppStore((s) => s.latestFinals);
  const loadLatestFinals = useAppStore((s) => s.loadLatestFinals);
  const [filters, setFilters] = useState<PortfolioFilters>(DEFAULT_FILTERS);
  const [sort, setSort] = useState<SortOrder>({ column: 'name', direction: 'ascending' });
  const today = localToday();
  // Reloaded on every visit: audits may have been finalised since (cheap, one query).
  useEffect(() => {
    void loadLatestFinals();
  }, [loadLatestFinals]);
  const readiness = useMemo(() => readinessByProject(latestFinals), [latestFinals]);
  // Ownership and the org model join the flags once they are loaded.
  const { org, ownerships } = useOrgData();
  const orgContext = useMemo(
    () => (org ? orgFlagContext(org, projects) : undefined),
    [org, projects],
  );
  const flags = useMemo(
    () =>
      new Map(
        projects.map((p) => [
          p.id,
          projectFlags({
            project: p,
            today,
            ...(org && { ownership: ownerships[p.id] ?? EMPTY_OWNERSHIP }),
            ...(orgContext && { org: orgContext }),
          }),
        ]),
      ),
    [projects, today, org, ownerships, orgContext],
  );
  const rows = useMemo(
    () => sortProjects(filterProjects(projects, filters), sort, today, readiness, flags),
    [projects, filters, sort, today, readiness, flags],
  );
  const activeRows = useMemo(
    () =>
      sortProjects(
        projects.filter((p) => p.archivedAt === null),
        sort,
        today,
        readiness,
      ),
    [projects, sort, today, readiness],
  );
  const archivedCount = projects.filter((p) => p.archivedAt !== null).length;
  const shortcut = formatKeys('Mod+N', isMacPlatform());

  return (
    <section className="page" aria-labelledby="portfolio-title">
      <header className="page-header">
        <h1 id="portfolio-title">Portfolio</h1>
        <Button
          className="button button-primary"
          onPress={openCreate}
          aria-keyshortcuts="Control+N Meta+N"
        >
          New project <kbd>{shortcut}</kbd>
        </Button>
      </header>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {!loaded ? (
        <p role="status">Loading projects…</p>
      ) : projects.length === 0 ? (
        <EmptyState title="No projects yet">
          <p>
            Add each AI project you are taking to production: its owner, its kind of system and its
            stage. Then audit it against the five structural gaps.
          </p>
          <div className="empty-actions">
            <Button className="button button-primary" onPress={openCreate}>
              Create your first project
            </Button>
            <Button
              className="button"
              isDisabled={addingSample}
              onPress={() => {
                setAddingSample(true);
                void createSample().finally(() => setAddingSample(false));
              }}
            >
              {addingSample ? 'Adding sample data…' : 'Explore with sample data'}
            </Button>
          </div>
          <p className="muted">
            The sample adds a few fictional projects with their audits, so you can look around
            first; delete them whenever you like.
          </p>
        </EmptyState>
      ) : (
        <>
          <OrgRangeBanner range={orgContext?.range ?? null} />
          <PortfolioToolbar filters={filters} onChange={setFilters} archivedCount={archivedCount} />
          <p className="result-count" aria-live="polite">
            {rows.length === 1 ? '1 project' : `${rows.length} projects`}
            {filters.query || filters.stage !== 'all' || filters.kind !== 'all' ? ' match' : ''}
          </p>
          <ProjectTable
            projects={rows}
            sort={sort}
            onSortChange={setSort}
            today={today}
            readiness={readiness}
            flags={flags}
          />
          <GapHeatmap projects={activeRows} readiness={readiness} />
        </>
      )}
    </section>
  );
}
