import { useMemo, useState } from 'react';
import { Switch } from 'react-aria-components';
import { Link, useLocation } from 'wouter';
import { answersOf } from '../../../../shared/domain/auditRules';
import { compareAudits } from '../../../../shared/framework';
import { EmptyState } from '../../components/EmptyState';
import { SelectField } from '../../components/fields/SelectField';
import { useAppStore } from '../../store/useAppStore';
import { auditOptionLabel } from './CompareControl';
import { CompareFrameworkChanges } from './CompareFrameworkChanges';
import { CompareSummary } from './CompareSummary';
import { CompareTable } from './CompareTable';
import { useProjectAudits } from './useProjectAudits';
import './audit.css';

/** Two audits of a project side by side: what improved, regressed or changed, and the scores. */
export function ComparePage({ projectId, a, b }: { projectId: string; a: string; b: string }) {
  const project = useAppStore((s) => s.projects.find((p) => p.id === projectId));
  const { audits, error } = useProjectAudits(projectId);
  const [, navigate] = useLocation();
  const [onlyChanges, setOnlyChanges] = useState(false);
  const before = audits?.find((x) => x.id === a) ?? null;
  const after = audits?.find((x) => x.id === b) ?? null;
  const comparison = useMemo(
    () =>
      before && after
        ? compareAudits(
            { answers: answersOf(before), frameworkVersion: before.frameworkVersion },
            { answers: answersOf(after), frameworkVersion: after.frameworkVersion },
          )
        : null,
    [before, after],
  );
  const projectHref = `/projects/${projectId}`;
  const options = (audits ?? []).map((x) => ({ id: x.id, label: auditOptionLabel(x) }));
  const counts = useMemo(() => {
    const c = { improved: 0, regressed: 0, changed: 0, unchanged: 0 };
    for (const p of comparison?.practices ?? []) c[p.change] += 1;
    return c;
  }, [comparison]);

  if (error) {
    return (
      <p role="alert" className="form-error">
        {error}
      </p>
    );
  }
  if (audits === undefined) return <p role="status">Loading audits…</p>;

  return (
    <section className="page compare-page" aria-labelledby="compare-page-title">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href={projectHref}>{project?.name ?? 'Project'}</Link>
        <span aria-hidden="true"> › </span>
        <span aria-current="page">Compare audits</span>
      </nav>
      <header className="page-header">
        <h1 id="compare-page-title">Compare audits</h1>
      </header>
      <div className="toolbar compare-pickers">
        <SelectField
          label="Before"
          options={options}
          value={before?.id ?? null}
          onChange={(id) => navigate(`${projectHref}/compare/${id}/${b}`)}
        />
        <span aria-hidden="true" className="compare-arrow">
          →
        </span>
        <SelectField
          label="After"
          options={options}
          value={after?.id ?? null}
          onChange={(id) => navigate(`${projectHref}/compare/${a}/${id}`)}
        />
      </div>
      {!before || !after || !comparison ? (
        <EmptyState title="Choose two audits">
          <p>One of the audits in this address no longer exists. Pick two audits above.</p>
        </EmptyState>
      ) : (
        <>
          {a === b && (
            <p className="action-note" role="note">
              Both sides are the same audit: choose another one to see what changed.
            </p>
          )}
          <p className="compare-counts" aria-live="polite">
            {counts.improved} improved, {counts.regressed} regressed, {counts.changed} changed (to
            or from not applicable or unscored), {counts.unchanged} unchanged.
          </p>
          <CompareFrameworkChanges
            beforeVersion={comparison.beforeVersion}
            afterVersion={comparison.afterVersion}
            changes={comparison.framework}
          />
          <CompareSummary comparison={comparison} />
          <Switch isSelected={onlyChanges} onChange={setOnlyChanges} className="switch">
            <span className="switch-track" aria-hidden="true" />
            Show only practices that changed
          </Switch>
          <CompareTable comparison={comparison} onlyChanges={onlyChanges} />
        </>
      )}
    </section>
  );
}
