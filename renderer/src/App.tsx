import { lazy, Suspense, useEffect } from 'react';
import { RouterProvider } from 'react-aria-components';
import { Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { useActions } from './actions/useActions';
import { AppFrame } from './components/AppFrame';
import { Notices } from './components/Notices';
import { WorkspaceUnavailable } from './components/WorkspaceUnavailable';
import { AboutPage } from './features/about/AboutPage';
import { AuditPage } from './features/audit/AuditPage';
import { BackupsPage } from './features/backups/BackupsPage';
import { RecoveryScreen } from './features/backups/RecoveryScreen';
import { ComparePage } from './features/audit/ComparePage';
import { OrgPage } from './features/org/OrgPage';
import { PortfolioPage } from './features/portfolio/PortfolioPage';
import { ProjectFormDialog } from './features/portfolio/ProjectFormDialog';
import { ProjectPage } from './features/project/ProjectPage';
import { WorkshopPage } from './features/workshop/WorkshopPage';
import { useAppStore } from './store/useAppStore';

// Report views load on demand: they are not part of the first screen (initial JS stays small).
const ReportsPage = lazy(() =>
  import('./features/reports/ReportsPage').then((m) => ({ default: m.ReportsPage })),
);
const ReportPreviewPage = lazy(() =>
  import('./features/reports/ReportPreviewPage').then((m) => ({ default: m.ReportPreviewPage })),
);
const loadingView = (
  <p className="loading" role="status">
    Loading…
  </p>
);

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
          {(p) => <WorkshopPage projectId={p.projectId} auditId={p.auditId} />}
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
      <Switch>
        <Route path="/" component={PortfolioPage} />
        <Route path="/projects/:id">{(params) => <ProjectPage projectId={params.id} />}</Route>
        <Route path="/projects/:id/report">
          {(p) => (
            <Suspense fallback={loadingView}>
              <ReportPreviewPage scope="project" projectId={p.id} />
            </Suspense>
          )}
        </Route>
        <Route path="/reports">
          <Suspense fallback={loadingView}>
            <ReportsPage />
          </Suspense>
        </Route>
        <Route path="/reports/portfolio">
          <Suspense fallback={loadingView}>
            <ReportPreviewPage scope="portfolio" />
          </Suspense>
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
      <ProjectFormDialog />
    </AppFrame>
  );
}
