import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { RouterProvider } from 'react-aria-components';
import { Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { useActions } from './actions/useActions';
import { AppFrame } from './components/AppFrame';
import { Notices } from './components/Notices';
import { WorkspaceUnavailable } from './components/WorkspaceUnavailable';
import { AboutPage } from './features/about/AboutPage';
import { RecoveryScreen } from './features/backups/RecoveryScreen';
import { PortfolioPage } from './features/portfolio/PortfolioPage';
import { ProjectFormDialog } from './features/portfolio/ProjectFormDialog';
import { useAppStore } from './store/useAppStore';

// The portfolio (the first screen) is in the initial bundle; every other screen is its own
// chunk, loaded when first visited, so the app parses only what its first paint needs.
const ProjectPage = lazy(() =>
  import('./features/project/ProjectPage').then((m) => ({ default: m.ProjectPage })),
);
const AuditPage = lazy(() =>
  import('./features/audit/AuditPage').then((m) => ({ default: m.AuditPage })),
);
const ComparePage = lazy(() =>
  import('./features/audit/ComparePage').then((m) => ({ default: m.ComparePage })),
);
const WorkshopPage = lazy(() =>
  import('./features/workshop/WorkshopPage').then((m) => ({ default: m.WorkshopPage })),
);
const PlanPage = lazy(() =>
  import('./features/plan/PlanPage').then((m) => ({ default: m.PlanPage })),
);
const OrgPage = lazy(() => import('./features/org/OrgPage').then((m) => ({ default: m.OrgPage })));
const CheckpointsPage = lazy(() =>
  import('./features/checkpoints/CheckpointsPage').then((m) => ({ default: m.CheckpointsPage })),
);
const BackupsPage = lazy(() =>
  import('./features/backups/BackupsPage').then((m) => ({ default: m.BackupsPage })),
);
const ReportsPage = lazy(() =>
  import('./features/reports/ReportsPage').then((m) => ({ default: m.ReportsPage })),
);
const ReportPreviewPage = lazy(() =>
  import('./features/reports/ReportPreviewPage').then((m) => ({ default: m.ReportPreviewPage })),
);

/** While a screen's chunk loads (a few milliseconds from local disk). */
function Loading({ children }: { children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <p className="loading" role="status">
          Loading…
        </p>
      }
    >
      {children}
    </Suspense>
  );
}

export function App() {
  return (
    <Router hook={useHashLocation}>
      <AriaRouter>
        <Shell />
      </AriaRouter>
    </Router>
  );
}

/** Lets React Aria links and rows navigate through wouter (hash routes survive a reload). */
function AriaRouter({ children }: { children: React.ReactNode }) {
  const [, navigate] = useLocation();
  return <RouterProvider navigate={navigate}>{children}</RouterProvider>;
}

function Shell() {
  const info = useAppStore((s) => s.info);
  const infoError = useAppStore((s) => s.infoError);
  const loadInfo = useAppStore((s) => s.loadInfo);
  const loadProjects = useAppStore((s) => s.loadProjects);
  useActions();

  useEffect(() => {
    void loadInfo();
  }, [loadInfo]);
  // Projects load once the workspace is ready; a restore or reopen reloads them itself
  // (store/backupsSlice.ts), so a new info object alone does not.
  const ready = info?.workspace.state === 'ready';
  useEffect(() => {
    if (ready) void loadProjects();
  }, [ready, loadProjects]);

  if (infoError)
    return <WorkspaceUnavailable title="Crossing cannot reach its data" message={infoError} />;
  if (!info)
    return (
      <p className="loading" role="status">
        Opening your workspace…
      </p>
    );
  if (info.workspace.state === 'refused') {
    return (
      <>
        <RecoveryScreen info={info} workspace={info.workspace} />
        <Notices />
      </>
    );
  }
  return (
    <>
      <Switch>
        {/* Workshop mode takes the whole screen: no sidebar, big type, keyboard only. */}
        <Route path="/projects/:projectId/audits/:auditId/workshop">
          {(p) => (
            <Loading>
              <WorkshopPage projectId={p.projectId} auditId={p.auditId} />
            </Loading>
          )}
        </Route>
        <Route>
          <MainScreens />
        </Route>
      </Switch>
      <Notices />
    </>
  );
}

function MainScreens() {
  return (
    <AppFrame>
      <Loading>
        <Switch>
          <Route path="/" component={PortfolioPage} />
          <Route path="/projects/:id">{(params) => <ProjectPage projectId={params.id} />}</Route>
          <Route path="/projects/:id/report">
            {(p) => <ReportPreviewPage scope="project" projectId={p.id} />}
          </Route>
          <Route path="/projects/:id/plan">{(p) => <PlanPage projectId={p.id} />}</Route>
          <Route path="/projects/:id/checkpoints">
            {(p) => <CheckpointsPage projectId={p.id} />}
          </Route>
          <Route path="/reports" component={ReportsPage} />
          <Route path="/reports/portfolio">
            <ReportPreviewPage scope="portfolio" />
          </Route>
          <Route path="/projects/:projectId/audits/:auditId">
            {(p) => <AuditPage projectId={p.projectId} auditId={p.auditId} />}
          </Route>
          <Route path="/projects/:projectId/compare/:a/:b">
            {(p) => <ComparePage projectId={p.projectId} a={p.a} b={p.b} />}
          </Route>
          <Route path="/org" component={OrgPage} />
          <Route path="/backups" component={BackupsPage} />
          <Route path="/about" component={AboutPage} />
          <Route>
            <p>This page does not exist.</p>
          </Route>
        </Switch>
      </Loading>
      <ProjectFormDialog />
    </AppFrame>
  );
}
