import { useEffect, useState } from 'react';
import { Button, Form, Heading } from 'react-aria-components';
import type { Issue } from '../../../../shared/api/result';
import { localToday } from '../../../../shared/domain/calendar';
import { formatDay } from '../../../../shared/domain/formatDay';
import { createReleaseSchema, type Release } from '../../../../shared/domain/release';
import {
  RELEASE_KINDS,
  RELEASE_KIND_LABELS,
  portfolioMedianLeadTime,
  releaseLeadTime,
  type ReleaseKind,
} from '../../../../shared/domain/releaseLeadTime';
import { api } from '../../api/client';
import { AppDialog } from '../../components/AppDialog';
import { SelectField } from '../../components/fields/SelectField';
import { TextAreaField } from '../../components/fields/TextAreaField';
import { TextInputField } from '../../components/fields/TextInputField';
import { LeadTimeChart } from './LeadTimeChart';
import './plan.css';

const KIND_OPTIONS = RELEASE_KINDS.map((id) => ({ id, label: RELEASE_KIND_LABELS[id] }));

/** The project page's model releases: lead time per release against its target, and the chart. */
export function ReleasesSection({ projectId, readOnly }: { projectId: string; readOnly: boolean }) {
  const [releases, setReleases] = useState<Release[] | null>(null);
  const [median, setMedian] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const today = localToday();
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    void Promise.all([api['releases.list']({ projectId }), api['releases.all']({})]).then(
      ([mine, all]) => {
        if (!live) return;
        if (mine.ok) setReleases(mine.data);
        else setError(mine.error.message);
        if (all.ok) setMedian(portfolioMedianLeadTime(all.data));
      },
    );
    return () => {
      live = false;
    };
  }, [projectId, version]);

  return (
    <section className="card releases" aria-labelledby="releases-title">
      <header className="section-header">
        <h2 id="releases-title">Model releases</h2>
        <Button className="button" isDisabled={readOnly} onPress={() => setAdding(true)}>
          Add a release…
        </Button>
      </header>
      <p className="muted">
        Lead time runs from training completed to serving in production. Targets: under 2 weeks for
        an update, under 6 weeks for a new model. Counted in days, it is on track; in months, it is
        a process problem.
      </p>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {releases?.length === 0 && <p>No releases recorded yet.</p>}
      {releases && releases.length > 0 && (
        <>
          <table className="releases-table">
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Kind</th>
                <th scope="col">Training completed</th>
                <th scope="col">Serving since</th>
                <th scope="col">Lead time</th>
              </tr>
            </thead>
            <tbody>
              {releases.map((r) => {
                const lt = releaseLeadTime(r, today);
                return (
                  <tr key={r.id}>
                    <th scope="row">
                      {r.version}
                      {r.promptVersion && (
                        <span className="cell-minor"> + prompt {r.promptVersion}</span>
                      )}
                    </th>
                    <td>{RELEASE_KIND_LABELS[r.kind]}</td>
                    <td>{formatDay(r.trainedOn)}</td>
                    <td>{r.servingOn ? formatDay(r.servingOn) : 'not yet'}</td>
                    <td className={`lt-text lt-text-${lt.verdict}`}>{lt.text}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <LeadTimeChart releases={releases} today={today} medianDays={median} />
          <p className="muted">
            Portfolio median lead time:{' '}
            {median === null ? 'no release in production yet' : `${median} days`}.
          </p>
        </>
      )}
      <AppDialog isOpen={adding} onClose={() => setAdding(false)}>
        <ReleaseForm
          projectId={projectId}
          onDone={(saved) => {
            setAdding(false);
            if (saved) setVersion((v) => v + 1);
          }}
        />
      </AppDialog>
    </section>
  );
}

function ReleaseForm({
  projectId,
  onDone,
}: {
  projectId: string;
  onDone: (saved: boolean) => void;
}) {
  const [f, setF] = useState({
    version: '',
    promptVersion: '',
    kind: 'update' as ReleaseKind,
    trainedOn: localToday(),
    servingOn: '',
    notes: '',
  });
  const [issues, setIssues] = useState<Issue[]>([]);
  const errorOf = (field: string) => issues.find((i) => i.path === field)?.message;
  const submit = async () => {
    const input = { projectId, ...f, servingOn: f.servingOn === '' ? null : f.servingOn };
    const parsed = createReleaseSchema.safeParse(input);
    if (!parsed.success) {
      setIssues(parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
      return;
    }
    const r = await api['releases.create'](input);
    if (r.ok) onDone(true);
    else setIssues(r.error.issues ?? [{ path: '', message: r.error.message }]);
  };
  const general = issues.find((i) => i.path === '');
  return (
    <Form
      className="form"
      validationBehavior="aria"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Heading slot="title">Add a model release</Heading>
      {general && (
        <p role="alert" className="form-error">
          {general.message}
        </p>
      )}
      <div className="form-row">
        <TextInputField
          label="Version"
          value={f.version}
          onChange={(version) => setF({ ...f, version })}
          error={errorOf('version')}
          isRequired
          autoFocus
        />
        <TextInputField
          label="Prompt version"
          value={f.promptVersion}
          onChange={(promptVersion) => setF({ ...f, promptVersion })}
          error={errorOf('promptVersion')}
          description="For LLM and agent systems"
        />
      </div>
      <SelectField
        label="Kind"
        options={KIND_OPTIONS}
        value={f.kind}
        onChange={(kind) => setF({ ...f, kind })}
        error={errorOf('kind')}
      />
      <div className="form-row">
        <TextInputField
          label="Training completed on"
          type="date"
          value={f.trainedOn}
          onChange={(trainedOn) => setF({ ...f, trainedOn })}
          error={errorOf('trainedOn')}
          isRequired
        />
        <TextInputField
          label="Serving in production on"
          type="date"
          value={f.servingOn}
          onChange={(servingOn) => setF({ ...f, servingOn })}
          error={errorOf('servingOn')}
          description="Leave empty while not serving"
        />
      </div>
      <TextAreaField
        label="Notes"
        value={f.notes}
        onChange={(notes) => setF({ ...f, notes })}
        error={errorOf('notes')}
      />
      <div className="dialog-actions">
        <Button className="button" slot="close">
          Cancel
        </Button>
        <Button type="submit" className="button button-primary">
          Add release
        </Button>
      </div>
    </Form>
  );
}
