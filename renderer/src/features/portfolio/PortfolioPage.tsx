import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { localToday } from '../../../../shared/domain/calendar';
import { readinessFromSummary } from '../../../../shared/domain/portfolio';
import { projectFlags } from '../../../../shared/domain/projectFlags';
import { verdictFor } from '../../../../shared/framework';
import { formatKeys, isMacPlatform } from '../../actions/matchKeys';
import { EmptyState } from '../../components/EmptyState';
import { useAppStore } from '../../store/useAppStore';
import { ExpiringWaivers } from '../checkpoints/ExpiringWaivers';
import { GapHeatmap } from './GapHeatmap';
import { PORTFOLIO_COLUMNS } from './portfolioColumns';
import { PortfolioToolbar } from './PortfolioToolbar';
import {
  DEFAULT_FILTERS,
  filterRows,
  searchIndex,
  sortRows,
  SORT_KEYS,
  type PortfolioFilters,
  type PortfolioRow,
} from './portfolioView';
import { ProjectTable, type TableSort } from './ProjectTable';
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
  const portfolio = useAppStore((s) => s.portfolio);
  const portfolioLoaded = useAppStore((s) => s.portfolioLoaded);
  const loadPortfolio = useAppStore((s) => s.loadPortfolio);
  const [filters, setFilters] = useState<PortfolioFilters>(DEFAULT_FILTERS);
  const [sort, setSort] = useState<TableSort>({ column: 'name', direction: 'ascending' });
  const today = localToday();
  // Reloaded on every visit: audits may have been finalised since (one compact request).
  useEffect(() => {
    void loadPortfolio();
  }, [loadPortfolio]);

  // Ownership and the org model join the flags once they are loaded.
  const { org, ownerships } = useOrgData();
  const orgContext = useMemo(
    () => (org ? orgFlagContext(org, projects) : undefined),
    [org, projects],
  );
  // Everything per project is derived once per change of the data, never per keystroke.
  const readiness = useMemo(() => readinessFromSummary(portfolio), [portfolio]);
  const allRows = useMemo(() => {
    const entries = new Map(portfolio.map((e) => [e.projectId, e]));
    return projects.map((p): PortfolioRow => ({
      project: p,
      entry: entries.get(p.id),
      readiness: readiness.get(p.id),
      verdict: portfolioLoaded
        ? verdictFor(
            readiness.get(p.id)?.score ?? null,
            entries.get(p.id)?.checkpoints ?? [],
            today,
          )
        : undefined,
      flags: projectFlags({
        project: p,
        today,
        ...(portfolioLoaded && { checkpoints: entries.get(p.id)?.checkpoints ?? [] }),
        ...(org && { ownership: ownerships[p.id] ?? EMPTY_OWNERSHIP }),
        ...(orgContext && { org: orgContext }),
      }),
    }));
  }, [projects, portfolio, portfolioLoaded, readiness, today, org, ownerships, orgContext]);
  const verdicts = useMemo(
    () => new Map(allRows.flatMap((r) => (r.verdict ? [[r.project.id, r.verdict] as const] : []))),
    [allRows],
  );
  const index = useMemo(() => searchIndex(projects), [projects]);
  const sortKey = PORTFOLIO_COLUMNS.find((c) => c.id === sort.column)?.sortKey ?? SORT_KEYS.name;
  const sorted = useMemo(
    () => sortRows(allRows, sortKey, sort.direction, today),
    [allRows, sortKey, sort.direction, today],
  );
  // Typing never waits on the list: the field updates at once, the rows follow when React has
  // time (and a newer keystroke abandons an older filtering).
  const deferredFilters = useDeferredValue(filters);
  const rows = useMemo(
    () => filterRows(sorted, deferredFilters, index),
    [sorted, deferredFilters, index],
  );
  const activeProjects = useMemo(
    () => sorted.filter((r) => r.project.archivedAt === null).map((r) => r.project),
    [sorted],
  );
  const archivedCount = projects.length - activeProjects.length;
  const shortcut = formatKeys('Mod+N', isMacPlatform());
  const filtering = deferredFilters !== filters;

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
          <p className="result-count" aria-live="polite" aria-busy={filtering}>
            {rows.length === 1 ? '1 project' : `${rows.length.toLocaleString()} projects`}
            {deferredFilters.query ||
            deferredFilters.stage !== 'all' ||
            deferredFilters.kind !== 'all'
              ? ' match'
              : ''}
          </p>
          <ProjectTable rows={rows} sort={sort} onSortChange={setSort} today={today} />
          <ExpiringWaivers rows={sorted} />
          <GapHeatmap projects={activeProjects} readiness={readiness} verdicts={verdicts} />
        </>
      )}
    </section>
  );
}
