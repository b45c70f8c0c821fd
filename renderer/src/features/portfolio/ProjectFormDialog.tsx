import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Button, Form, Heading } from 'react-aria-components';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import {
  PROJECT_KIND_LABELS,
  PROJECT_KINDS,
  PROJECT_NAME_MAX,
  PROJECT_STAGE_LABELS,
  PROJECT_STAGES,
  projectFieldsSchema,
  type Project,
  type ProjectFields,
  type ProjectKind,
  type ProjectStage,
} from '../../../../shared/domain/project';
import { codePointLength } from '../../../../shared/domain/textFields';
import { SelectField } from '../../components/fields/SelectField';
import { FormTextField } from '../../components/fields/FormTextField';
import { TextInputField } from '../../components/fields/TextInputField';
import { useAppStore } from '../../store/useAppStore';
import { AppDialog } from '../../components/AppDialog';

interface FormValues {
  name: string;
  description: string;
  owner: string;
  team: string;
  kind: ProjectKind | null;
  stage: ProjectStage;
  pocApprovedOn: string;
  targetOn: string;
}

// The form holds '' for an empty date; the shared schema (the backend's own) judges the rest.
const formSchema = z.preprocess((v) => {
  const f = v as FormValues;
  return { ...f, pocApprovedOn: f.pocApprovedOn || null, targetOn: f.targetOn || null };
}, projectFieldsSchema);

const toFormValues = (p?: Project): FormValues => ({
  name: p?.name ?? '',
  description: p?.description ?? '',
  owner: p?.owner ?? '',
  team: p?.team ?? '',
  kind: p?.kind ?? null,
  stage: p?.stage ?? 'poc',
  pocApprovedOn: p?.pocApprovedOn ?? '',
  targetOn: p?.targetOn ?? '',
});

const KIND_OPTIONS = PROJECT_KINDS.map((id) => ({ id, label: PROJECT_KIND_LABELS[id] }));
const STAGE_OPTIONS = PROJECT_STAGES.map((id) => ({ id, label: PROJECT_STAGE_LABELS[id] }));

/** Create or edit a project. Opened from the store, so the menu, Ctrl/Cmd+N and buttons share it. */
export function ProjectFormDialog() {
  const dialog = useAppStore((s) => s.projectDialog);
  const close = useAppStore((s) => s.closeProjectDialog);
  const editing = useAppStore((s) =>
    dialog?.mode === 'edit' ? s.projects.find((p) => p.id === dialog.projectId) : undefined,
  );
  return (
    <AppDialog isOpen={dialog !== null} onClose={close} className="modal-wide">
      {dialog && <ProjectForm key={editing?.id ?? 'new'} project={editing} onDone={close} />}
    </AppDialog>
  );
}

function ProjectForm({ project, onDone }: { project: Project | undefined; onDone: () => void }) {
  const createProject = useAppStore((s) => s.createProject);
  const updateProject = useAppStore((s) => s.updateProject);
  const [formError, setFormError] = useState<string | null>(null);
  const { control, handleSubmit, setError, formState } = useForm<
    FormValues,
    unknown,
    ProjectFields
  >({
    defaultValues: toFormValues(project),
    resolver: zodResolver(formSchema as unknown as z.ZodType<ProjectFields, FormValues>),
    mode: 'onTouched',
  });

  const onSubmit = handleSubmit(async (fields) => {
    setFormError(null);
    const result = project ? await updateProject(project.id, fields) : await createProject(fields);
    if (result.ok) {
      onDone();
      return;
    }
    const fieldIssues = (result.error.issues ?? []).filter((i) => i.path in toFormValues());
    for (const i of fieldIssues)
      setError(i.path as keyof FormValues, { message: i.message }, { shouldFocus: true });
    if (fieldIssues.length === 0) setFormError(result.error.message);
  });

  return (
    <Form onSubmit={(e) => void onSubmit(e)} className="form" validationBehavior="aria">
      <Heading slot="title">{project ? 'Edit project' : 'New project'}</Heading>
      {formError && (
        <p role="alert" className="form-error">
          {formError}
        </p>
      )}
      <Controller
        control={control}
        name="name"
        render={({ field, fieldState }) => (
          <TextInputField
            label="Name"
            isRequired
            autoFocus
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            inputRef={field.ref}
            error={fieldState.error?.message}
            description={`${codePointLength(field.value.trim())} of ${PROJECT_NAME_MAX} characters`}
          />
        )}
      />
      <div className="form-row">
        <Controller
          control={control}
          name="kind"
          render={({ field, fieldState }) => (
            <SelectField
              label="Kind of system"
              isRequired
              options={KIND_OPTIONS}
              value={field.value}
              onChange={field.onChange}
              error={fieldState.error?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="stage"
          render={({ field, fieldState }) => (
            <SelectField
              label="Stage"
              isRequired
              options={STAGE_OPTIONS}
              value={field.value}
              onChange={field.onChange}
              error={fieldState.error?.message}
            />
          )}
        />
      </div>
      <div className="form-row">
        <FormTextField control={control} name="owner" label="Owner" />
        <FormTextField control={control} name="team" label="Team" />
      </div>
      <div className="form-row">
        <FormTextField control={control} name="pocApprovedOn" type="date" label="PoC approved on" />
        <FormTextField control={control} name="targetOn" type="date" label="Target date" />
      </div>
      <FormTextField control={control} name="description" label="Description" rows={3} />
      <div className="dialog-actions">
        <Button className="button" slot="close">
          Cancel
        </Button>
        <Button type="submit" className="button button-primary" isDisabled={formState.isSubmitting}>
          {project ? 'Save changes' : 'Create project'}
        </Button>
      </div>
    </Form>
  );
}
