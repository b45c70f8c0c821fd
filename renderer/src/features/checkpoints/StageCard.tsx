import { useState } from 'react';
import { Button } from 'react-aria-components';
import { localToday } from '../../../../shared/domain/calendar';
import type { StageOverview } from '../../../../shared/domain/checkpointOverview';
import { formatDay } from '../../../../shared/domain/formatDay';
import { RUN_STATUS_LABELS, STAGE_STATE_LABELS, stageDef } from '../../../../shared/framework';
import { EXTERNAL_LINK_RULE, isAllowedExternalUrl } from '../../../../shared/security/externalLink';
import { TextInputField } from '../../components/fields/TextInputField';
import { useAppStore } from '../../store/useAppStore';
import { CloseRunForms } from './CloseRunForms';

/** One stage: its latest run (evidence, criteria, sign-off or waiver), earlier runs, actions. */
export function StageCard({
  projectId,
  stage: s,
  disabled,
}: {
  projectId: string;
  stage: StageOverview;
  disabled: boolean;
}) {
  const write = useAppStore((st) => st.writeCheckpoint);
  const run = s.latest;
  const open = run !== null && (run.status === 'not_started' || run.status === 'in_progress');
  const titleId = `stage-${s.stage}`;
  const today = localToday();
  const [owner, setOwner] = useState('');
  const [plannedStart, setPlannedStart] = useState(today);
  const [openError, setOpenError] = useState<string | undefined>();
  // Start now (work began today), or plan the run for a day (not started until its first
  // evidence or result). An empty owner takes the default from the org decision in force.
  const openRun = async (startNow: boolean) => {
    const r = await write(
      'checkpoints.openRun',
      projectId,
      {
        projectId,
        stage: s.stage,
        plannedStart: startNow ? today : plannedStart,
        owner,
        actualStart: startNow ? today : null,
      },
      startNow ? `Started ${s.name}` : `Planned ${s.name} from ${plannedStart}`,
    );
    setOpenError(r.ok ? undefined : (r.error.issues?.[0]?.message ?? r.error.message));
  };
  return (
    <section className={`card stage-card stage-${s.state}`} aria-labelledby={titleId}>
      <header className="section-header">
        <h2 id={titleId}>
          {s.name}{' '}
          <span className={`badge stage-badge stage-badge-${s.state}`}>
            {STAGE_STATE_LABELS[s.state]}
          </span>
        </h2>
        {!open && (
          <Button className="button" isDisabled={disabled} onPress={() => void openRun(true)}>
            {run ? `Run ${s.name} again` : `Start ${s.name}`}
          </Button>
        )}
      </header>
      {!open && (
        <details className="plan-run">
          <summary>Plan {s.name} or choose its owner…</summary>
          <div className="button-row">
            <TextInputField
              label={`${s.name}: owner`}
              value={owner}
              onChange={setOwner}
              description={`Empty: ${s.defaultOwner}`}
            />
            <TextInputField
              label={`${s.name}: planned start`}
              type="date"
              value={plannedStart}
              onChange={setPlannedStart}
              error={openError}
            />
            <Button className="button" isDisabled={disabled} onPress={() => void openRun(false)}>
              Plan {s.name}
            </Button>
          </div>
        </details>
      )}
      <p className="muted">
        Owner: {s.owner} · framework owner: {s.ownerRole} · typical {s.typicalDays.min}-
        {s.typicalDays.max} days
        {run && ` · attempt ${run.attempt}`}
      </p>
      {run && (
        <p>
          Planned {formatDay(run.plannedStart)} to {formatDay(run.plannedEnd)} (
          {s.durations?.planned} days)
          {run.actualStart &&
            `; actual ${formatDay(run.actualStart)} to ${run.actualEnd ? formatDay(run.actualEnd) : 'now'}`}
          {s.durations?.actual != null && ` (${s.durations.actual} days)`}
        </p>
      )}
      {run && (
        <>
          <h3>Evidence</h3>
          <ul className="evidence-list">
            {s.artifacts.map((a) => (
              <li key={a.key}>
                {open ? (
                  <EvidenceEditor
                    projectId={projectId}
                    runId={run.id}
                    artifact={a}
                    disabled={disabled}
                  />
                ) : (
                  <EvidenceView label={a.label} present={a.present} note={a.note} link={a.link} />
                )}
              </li>
            ))}
          </ul>
          <h3>Criteria</h3>
          <ul className="criteria-list">
            {s.criteria.map((c) => (
              <li key={c.key} className={`criterion criterion-${c.outcome}`}>
                {open ? (
                  <CriterionEditor
                    projectId={projectId}
                    runId={run.id}
                    stage={s.stage}
                    criterionKey={c.key}
                    text={c.text}
                    disabled={disabled}
                  />
                ) : (
                  c.text
                )}
              </li>
            ))}
          </ul>
          {run.signOff && (
            <p>
              Signed off {RUN_STATUS_LABELS[run.status].toLowerCase()} by {run.signOff.reviewer} on{' '}
              {formatDay(run.signOff.on)}
              {run.signOff.comment && `: ${run.signOff.comment}`}
            </p>
          )}
          {run.waiver && (
            <p className={s.state === 'waiver_expired' ? 'flag-red' : undefined}>
              Waived by {run.waiver.approver} on {formatDay(run.waiver.on)},{' '}
              {s.state === 'waiver_expired' ? 'expired after' : 'valid through'}{' '}
              {formatDay(run.waiver.expiresOn)}: {run.waiver.reason}
            </p>
          )}
          {(open || run.status === 'failed') && (
            <CloseRunForms
              projectId={projectId}
              run={run}
              missing={s.missing}
              canSignOff={open}
              disabled={disabled}
            />
          )}
        </>
      )}
      {s.earlier.length > 0 && (
        <details>
          <summary>Earlier runs ({s.earlier.length})</summary>
          <ul>
            {s.earlier.map((e) => (
              <li key={e.id}>
                Attempt {e.attempt}: {RUN_STATUS_LABELS[e.status].toLowerCase()}
                {e.signOff && `, ${e.signOff.reviewer} on ${formatDay(e.signOff.on)}`}
                {e.signOff?.comment && ` (${e.signOff.comment})`}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** An evidence link opens only when its scheme is allowed (Electron routes it to openExternal). */
function EvidenceLink({ link }: { link: string }) {
  if (!link) return null;
  if (!isAllowedExternalUrl(link))
    return (
      <span>
        {link} <span className="form-error">({EXTERNAL_LINK_RULE})</span>
      </span>
    );
  return (
    <a href={link} target="_blank" rel="noopener noreferrer">
      {link}
    </a>
  );
}

function EvidenceView(a: { label: string; present: boolean; note: string; link: string }) {
  return (
    <span>
      <span aria-hidden="true">{a.present ? '☑ ' : '☐ '}</span>
      <span className="visually-hidden">{a.present ? 'Evidenced: ' : 'No evidence: '}</span>
      {a.label}
      {a.note && `: ${a.note}`} <EvidenceLink link={a.link} />
    </span>
  );
}

function EvidenceEditor({
  projectId,
  runId,
  artifact,
  disabled,
}: {
  projectId: string;
  runId: string;
  artifact: { key: string; label: string; present: boolean; note: string; link: string };
  disabled: boolean;
}) {
  const write = useAppStore((s) => s.writeCheckpoint);
  const [note, setNote] = useState(artifact.note);
  const [link, setLink] = useState(artifact.link);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = async () => {
    const r = await write(
      'checkpoints.recordEvidence',
      projectId,
      { runId, artifact: artifact.key, note, link },
      `Saved the evidence for ${artifact.label}`,
    );
    setErrors(
      r.ok
        ? {}
        : Object.fromEntries(
            (r.error.issues ?? [{ path: 'note', message: r.error.message }]).map((i) => [
              i.path,
              i.message,
            ]),
          ),
    );
  };
  return (
    <fieldset className="evidence-editor">
      <legend>
        <span aria-hidden="true">{artifact.present ? '☑ ' : '☐ '}</span>
        {artifact.label}
        <span className="visually-hidden">
          {artifact.present ? ' (evidenced)' : ' (no evidence yet)'}
        </span>
      </legend>
      <TextInputField
        label={`${artifact.label}: note`}
        value={note}
        onChange={setNote}
        error={errors.note}
      />
      <TextInputField
        label={`${artifact.label}: link`}
        value={link}
        onChange={setLink}
        error={errors.link}
        description="https: or mailto: only"
      />
      <Button className="button" isDisabled={disabled} onPress={() => void save()}>
        Save evidence for {artifact.label}
      </Button>
      {artifact.link && <EvidenceLink link={artifact.link} />}
    </fieldset>
  );
}

function CriterionEditor({
  projectId,
  runId,
  stage,
  criterionKey,
  text,
  disabled,
}: {
  projectId: string;
  runId: string;
  stage: StageOverview['stage'];
  criterionKey: string;
  text: string;
  disabled: boolean;
}) {
  const write = useAppStore((s) => s.writeCheckpoint);
  const def = stageDef(stage).criteria.find((c) => c.key === criterionKey);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>();
  if (!def) return null;
  const send = async (result: { met: boolean } | { measured: number }) => {
    const r = await write(
      'checkpoints.recordCriterion',
      projectId,
      { runId, criterion: def.key, result },
      `Recorded ${def.label}`,
    );
    setError(r.ok ? undefined : (r.error.issues?.[0]?.message ?? r.error.message));
  };
  return (
    <div className="criterion-editor">
      <p>{text}</p>
      {def.kind === 'boolean' ? (
        <div className="button-row">
          <Button className="button" isDisabled={disabled} onPress={() => void send({ met: true })}>
            {def.label}: yes
          </Button>
          <Button
            className="button"
            isDisabled={disabled}
            onPress={() => void send({ met: false })}
          >
            {def.label}: no
          </Button>
        </div>
      ) : (
        <div className="button-row">
          <TextInputField
            label={`${def.label}: measured value`}
            value={value}
            onChange={setValue}
            error={error}
          />
          <Button
            className="button"
            isDisabled={disabled}
            onPress={() => {
              const n = Number(value.replace(',', '.'));
              if (value.trim() === '' || !Number.isFinite(n))
                setError('Enter the measured value as a number');
              else void send({ measured: n });
            }}
          >
            Record {def.label}
          </Button>
        </div>
      )}
      {def.kind === 'boolean' && error && <p className="form-error">{error}</p>}
    </div>
  );
}
