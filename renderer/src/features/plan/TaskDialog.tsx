import { useState } from 'react';
import { Button, Form, Heading } from 'react-aria-components';
import {
  STATUSES_WITH_REASON,
  TASK_STATUSES,
  TASK_STATUS_LABELS,
  taskPatchSchema,
  type PlanTask,
  type TaskStatus,
} from '../../../../shared/domain/plan';
import type { Issue } from '../../../../shared/api/result';
import { AppDialog } from '../../components/AppDialog';
import { SelectField } from '../../components/fields/SelectField';
import { TextAreaField } from '../../components/fields/TextAreaField';
import { TextInputField } from '../../components/fields/TextInputField';
import type { PlanActions } from './usePlan';

const STATUS_OPTIONS = TASK_STATUSES.map((id) => ({ id, label: TASK_STATUS_LABELS[id] }));
type Fields = Pick<
  PlanTask,
  'title' | 'description' | 'dueOn' | 'owner' | 'notes' | 'status' | 'statusReason'
>;

/** Editing one task: every field, and a status that needs a reason asks for it inline. */
export function TaskDialog({
  task,
  initialStatus,
  actions,
  onClose,
}: {
  task: PlanTask | null;
  /** Opened from the status control: the status the user picked. */
  initialStatus?: TaskStatus | undefined;
  actions: PlanActions;
  onClose: () => void;
}) {
  return (
    <AppDialog isOpen={task !== null} onClose={onClose}>
      {task && (
        <TaskForm task={task} initialStatus={initialStatus} actions={actions} onDone={onClose} />
      )}
    </AppDialog>
  );
}

function TaskForm({
  task,
  initialStatus,
  actions,
  onDone,
}: {
  task: PlanTask;
  initialStatus: TaskStatus | undefined;
  actions: PlanActions;
  onDone: () => void;
}) {
  const [f, setF] = useState<Fields>({ ...task, status: initialStatus ?? task.status });
  const [issues, setIssues] = useState<Issue[]>([]);
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<Fields>) => setF((old) => ({ ...old, ...patch }));
  const errorOf = (field: keyof Fields) =>
    issues.find((i) => i.path === field || i.path === `patch.${field}`)?.message;
  const needsReason = STATUSES_WITH_REASON.includes(f.status);

  const submit = async () => {
    // Only the fields that changed: the history records exactly what the user did.
    const patch: Partial<Fields> = {};
    for (const k of Object.keys(f) as (keyof Fields)[])
      if (f[k] !== task[k] && !(k === 'statusReason' && !needsReason))
        Object.assign(patch, { [k]: f[k] });
    if (needsReason && patch.status !== undefined) patch.statusReason = f.statusReason;
    if (Object.keys(patch).length === 0) return onDone();
    const parsed = taskPatchSchema.safeParse(patch);
    if (!parsed.success) {
      setIssues(parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
      return;
    }
    setSaving(true);
    const r = await actions.updateTask(task.id, patch);
    setSaving(false);
    if (r.ok) onDone();
    else setIssues(r.error.issues ?? [{ path: '', message: r.error.message }]);
  };

  const general = issues.find((i) => i.path === '' || i.path === 'patch');
  return (
    <Form
      className="form"
      validationBehavior="aria"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Heading slot="title">Task</Heading>
      {general && (
        <p role="alert" className="form-error">
          {general.message}
        </p>
      )}
      <TextInputField
        label="Title"
        value={f.title}
        onChange={(title) => set({ title })}
        error={errorOf('title')}
        isRequired
      />
      <TextAreaField
        label="Description"
        value={f.description}
        onChange={(description) => set({ description })}
        error={errorOf('description')}
        rows={4}
      />
      <div className="form-row">
        <TextInputField
          label="Due"
          type="date"
          value={f.dueOn}
          onChange={(dueOn) => set({ dueOn })}
          error={errorOf('dueOn')}
        />
        <TextInputField
          label="Owner"
          value={f.owner}
          onChange={(owner) => set({ owner })}
          error={errorOf('owner')}
        />
      </div>
      <SelectField
        label="Status"
        options={STATUS_OPTIONS}
        value={f.status}
        onChange={(status) => set({ status })}
        error={errorOf('status')}
      />
      {needsReason && (
        <TextInputField
          label={f.status === 'blocked' ? 'What blocks it' : 'Why skip it'}
          value={f.statusReason}
          onChange={(statusReason) => set({ statusReason })}
          error={errorOf('statusReason')}
          isRequired
          autoFocus={initialStatus !== undefined}
        />
      )}
      <TextAreaField
        label="Notes"
        value={f.notes}
        onChange={(notes) => set({ notes })}
        error={errorOf('notes')}
        rows={3}
      />
      <div className="dialog-actions">
        <Button className="button" slot="close">
          Cancel
        </Button>
        <Button type="submit" className="button button-primary" isDisabled={saving}>
          Save task
        </Button>
      </div>
    </Form>
  );
}
