import { useState } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'wouter';
import { formatDay } from '../../../../shared/domain/formatDay';
import {
  PROJECT_THRESHOLD_KEYS,
  PROJECT_THRESHOLD_LABELS,
  stageDef,
  type ProjectThresholds,
} from '../../../../shared/framework';
import { EmptyState } from '../../components/EmptyState';
import { TextInputField } from '../../components/fields/TextInputField';
import { useAppStore } from '../../store/useAppStore';
import { StageCard } from './StageCard';
import { useProjectCheckpoints } from './useProjectCheckpoints';
import { VerdictBadge } from './VerdictBadge';
import './checkpoints.css';

/** /projects/:id/checkpoints: the five stages of one project, run end to end, and its verdict. */
export function CheckpointsPage({ projectId }: { projectId: string }) {
  const project = useAppStore((s) => s.projects.find((p) => p.id === projectId));
  const loaded = useAppStore((s) => s.projectsLoaded);
  const { overview, checkpoints, error } = useProjectCheckpoints(projectId);

  if (!loaded) return <p role="status">Loading…</p>;
  if (!project)
    return (
      <EmptyState title="Project not found">
        <p>It may have been deleted.</p>
      </EmptyState>
    );
  const archived = project.archivedAt !== null;
  return (
    <section className="page checkpoints-page" aria-labelledby="checkpoints-page-title">
      <header className="page-header">
        <div>
          <p className="breadcrumb">
            <Link href={`/projects/${project.id}`}>{project.name}</Link>
          </p>
          <h1 id="checkpoints-page-title">Governance checkpoints</h1>
        </div>
      </header>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {archived && (
        <p className="muted">This project is archived: its checkpoints can be read, not changed.</p>
      )}
      {!overview || !checkpoints ? (
        <p role="status">Loading checkpoints…</p>
      ) : (
        <>
          <section className="card" aria-labelledby="verdict-title">
            <h2 id="verdict-title">Verdict</h2>
            <VerdictBadge verdict={overview.verdict} detailed />
            {overview.expiringWaivers.length > 0 && (
              <p className="flag-warning-text" role="note">
                Waivers expiring within 14 days:{' '}
                {overview.expiringWaivers
                  .map((w) => `${stageDef(w.stage).name} on ${formatDay(w.expiresOn)}`)
                  .join(', ')}
              </p>
            )}
            <h3>Projected date</h3>
            {overview.forecast.parallel === null ? (
              <p>{overview.forecast.explanation}</p>
            ) : (
              <>
                <dl className="details">
                  <dt>Stages run in parallel (the framework’s advice)</dt>
                  <dd>{formatDay(overview.forecast.parallel)}</dd>
                  <dt>Stages run one after the other</dt>
                  <dd>{formatDay(overview.forecast.sequential ?? '')}</dd>
                </dl>
                <p className="muted">{overview.forecast.explanation}</p>
              </>
            )}
          </section>
          <ThresholdsForm
            // A saved change remounts the form with the values the backend confirmed.
            key={JSON.stringify(checkpoints.thresholds)}
            projectId={project.id}
            thresholds={checkpoints.thresholds}
            disabled={archived}
          />
          {overview.stages.map((s) => (
            <StageCard key={s.stage} projectId={project.id} stage={s} disabled={archived} />
          ))}
        </>
      )}
    </section>
  );
}

const toText = (v: number | null) => (v === null ? '' : String(v));

function ThresholdsForm({
  projectId,
  thresholds,
  disabled,
}: {
  projectId: string;
  thresholds: ProjectThresholds;
  disabled: boolean;
}) {
  const write = useAppStore((s) => s.writeCheckpoint);
  const [values, setValues] = useState(() => ({
    accuracyPercent: toText(thresholds.accuracyPercent),
    latencyMs: toText(thresholds.latencyMs),
    parityPoints: toText(thresholds.parityPoints),
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const parse = (s: string): number | null | 'bad' => {
    if (s.trim() === '') return null;
    const n = Number(s.replace(',', '.'));
    return Number.isFinite(n) ? n : 'bad';
  };
  const save = async () => {
    const parsed = Object.fromEntries(
      PROJECT_THRESHOLD_KEYS.map((k) => [k, parse(values[k])]),
    ) as Record<(typeof PROJECT_THRESHOLD_KEYS)[number], number | null | 'bad'>;
    const bad = PROJECT_THRESHOLD_KEYS.filter((k) => parsed[k] === 'bad');
    if (bad.length > 0) {
      setErrors(Object.fromEntries(bad.map((k) => [k, 'Enter a number'])));
      return;
    }
    const r = await write(
      'checkpoints.setThresholds',
      projectId,
      { projectId, ...(parsed as ProjectThresholds) },
      'Saved the checkpoint thresholds',
    );
    setErrors(
      r.ok ? {} : Object.fromEntries((r.error.issues ?? []).map((i) => [i.path, i.message])),
    );
  };
  return (
    <section className="card" aria-labelledby="thresholds-title">
      <h2 id="thresholds-title">This project’s thresholds</h2>
      <p className="muted">
        The framework leaves these to the team; each numeric result is judged against them and shown
        beside them. Schema match (above 99%), PII leaks and critical CVEs (none) are fixed.
      </p>
      <div className="threshold-fields">
        {PROJECT_THRESHOLD_KEYS.map((k) => (
          <TextInputField
            key={k}
            label={PROJECT_THRESHOLD_LABELS[k]}
            value={values[k]}
            onChange={(v) => setValues((x) => ({ ...x, [k]: v }))}
            error={errors[k]}
          />
        ))}
      </div>
      <Button className="button" isDisabled={disabled} onPress={() => void save()}>
        Save thresholds
      </Button>
    </section>
  );
}
