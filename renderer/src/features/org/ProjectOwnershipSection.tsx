import { useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'wouter';
import { daysBetween } from '../../../../shared/domain/calendar';
import { formatDay, formatInstant } from '../../../../shared/domain/formatDay';
import { currentDecision } from '../../../../shared/domain/org';
import {
  EMPTY_OWNERSHIP,
  FAILURE_MODE_LABELS,
  FAILURE_MODES,
  HANDOFF_STATUS_LABELS,
} from '../../../../shared/domain/ownership';
import { ownershipGaps } from '../../../../shared/domain/ownershipGaps';
import { effectiveAlertOwner } from '../../../../shared/domain/ownershipRoles';
import { orgModelByKey } from '../../../../shared/framework/orgModels';
import { ALERT_ROUTE_LABELS, ALERT_ROUTES } from '../../../../shared/framework/raci';
import { useAppStore } from '../../store/useAppStore';
import { OwnershipDialog } from './OwnershipDialog';
import { useOrgData } from './useOrgData';
import { WhoDoesWhatTable } from './WhoDoesWhatTable';
import './org.css';

const SOURCE_WORDS = {
  model: 'the org model’s default',
  framework: 'the framework’s default (no org model chosen yet)',
  project: 'set for this project',
} as const;

/** The project page's ownership: gaps first, then who owns what, and who does what. */
export function ProjectOwnershipSection({ projectId }: { projectId: string }) {
  const project = useAppStore((s) => s.projects.find((p) => p.id === projectId));
  const { org, ownerships, error } = useOrgData();
  const [editing, setEditing] = useState(false);
  const recorded = ownerships[projectId];
  const o = recorded ?? EMPTY_OWNERSHIP;
  const model = org ? (currentDecision(org.decisions)?.model ?? null) : null;
  const gaps = useMemo(
    () => (project ? ownershipGaps(project, o, model) : []),
    [project, o, model],
  );
  if (!project) return null;
  const archived = project.archivedAt !== null;
  const h = o.handoff;
  const sprintDays =
    h.plannedStart && h.plannedEnd ? daysBetween(h.plannedStart, h.plannedEnd) : null;

  return (
    <section className="card project-ownership" aria-labelledby="ownership-title">
      <header className="section-header">
        <h2 id="ownership-title">Ownership</h2>
        <Button className="button" isDisabled={archived || !org} onPress={() => setEditing(true)}>
          Edit ownership…
        </Button>
      </header>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <p className="muted">
        {recorded?.updatedAt
          ? `Recorded ${formatInstant(recorded.updatedAt)}.`
          : 'Nothing recorded yet.'}{' '}
        {model ? (
          <>
            Org model in force: <Link href="/org">{orgModelByKey(model).name}</Link>.
          </>
        ) : (
          <>
            No <Link href="/org">org model</Link> chosen yet: alert routes follow the framework’s
            own split.
          </>
        )}
      </p>

      <h3 id="ownership-gaps-title">Gaps in ownership</h3>
      {gaps.length === 0 ? (
        <p>
          {project.stage === 'retired' || archived
            ? 'Nothing to own: the project is not active.'
            : 'Nothing missing for this stage.'}
        </p>
      ) : (
        <ul className="ownership-gaps" aria-labelledby="ownership-gaps-title">
          {gaps.map((g) => (
            <li key={g.key} className={`ownership-gap ownership-gap-${g.severity}`}>
              <strong>{g.label}.</strong> {g.reason}
            </li>
          ))}
        </ul>
      )}

      <div className="ownership-grid">
        <div>
          <h3>Owners and on-call</h3>
          <dl className="details">
            <dt>Product team</dt>
            <dd>{o.productTeam || '—'}</dd>
            <dt>ML owner</dt>
            <dd>{o.mlOwner || '—'}</dd>
            <dt>Platform/SRE owner</dt>
            <dd>{o.platformOwner || '—'}</dd>
            <dt>Engineering manager</dt>
            <dd>{o.engineeringManager || '—'}</dd>
            <dt>On-call rotation</dt>
            <dd>{o.onCall.rotation || 'none'}</dd>
            <dt>ML + infrastructure on call</dt>
            <dd>{o.onCall.mlInfraPerson || 'nobody named'}</dd>
          </dl>
        </div>
        <div>
          <h3>Hand-off sprint</h3>
          <dl className="details">
            <dt>Status</dt>
            <dd>{HANDOFF_STATUS_LABELS[h.status]}</dd>
            <dt>Planned</dt>
            <dd>
              {h.plannedStart || h.plannedEnd ? (
                <>
                  {h.plannedStart ? formatDay(h.plannedStart) : 'no start'} to{' '}
                  {h.plannedEnd ? formatDay(h.plannedEnd) : 'no end'}
                  {sprintDays !== null && ` (${sprintDays} days)`}
                </>
              ) : (
                'no dates yet'
              )}
            </dd>
            <dt>Research co-owner</dt>
            <dd>{h.researchCoOwner || '—'}</dd>
            <dt>Production co-owner</dt>
            <dd>{h.productionCoOwner || '—'}</dd>
          </dl>
        </div>
      </div>

      <h3 id="runbooks-title">Runbooks</h3>
      <table className="table ownership-table" aria-labelledby="runbooks-title">
        <thead>
          <tr>
            <th scope="col">Failure mode</th>
            <th scope="col">Runbook</th>
            <th scope="col">Link or note</th>
          </tr>
        </thead>
        <tbody>
          {FAILURE_MODES.map((m) => (
            <tr key={m}>
              <th scope="row">{FAILURE_MODE_LABELS[m]}</th>
              <td className={o.runbooks[m].present ? undefined : 'flag-red'}>
                {o.runbooks[m].present ? 'In place' : 'Missing'}
              </td>
              <td className="ownership-reference">{o.runbooks[m].reference || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3 id="alerts-title">Alert routing</h3>
      <table className="table ownership-table" aria-labelledby="alerts-title">
        <thead>
          <tr>
            <th scope="col">Alert</th>
            <th scope="col">Goes to</th>
            <th scope="col">Because</th>
          </tr>
        </thead>
        <tbody>
          {ALERT_ROUTES.map((r) => {
            const a = effectiveAlertOwner(r, o, model);
            return (
              <tr key={r}>
                <th scope="row">{ALERT_ROUTE_LABELS[r]}</th>
                <td className={a.missing ? 'flag-red' : undefined}>{a.text}</td>
                <td className="muted">{SOURCE_WORDS[a.source]}</td>
              </tr>
            );
          })}
        </tbody>
      </table>

      {model ? (
        <WhoDoesWhatTable model={model} ownership={o} />
      ) : (
        <p className="muted">
          Choose an org model to see who is responsible and accountable for each checkpoint stage
          and alert.
        </p>
      )}
      <OwnershipDialog
        projectId={project.id}
        projectName={project.name}
        ownership={editing ? o : null}
        model={model}
        onClose={() => setEditing(false)}
      />
    </section>
  );
}
