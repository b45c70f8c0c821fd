import { useState } from 'react';
import {
  Button,
  FieldError,
  Form,
  Heading,
  Input,
  Label,
  NumberField,
  Text,
} from 'react-aria-components';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useLocation } from 'wouter';
import type { Result } from '../../../../shared/api/result';
import { PARTICIPANTS_MAX, TIMER_MINUTES, type Audit } from '../../../../shared/domain/audit';
import { localToday } from '../../../../shared/domain/calendar';
import { FormTextField } from '../../components/fields/FormTextField';
import { useAppStore } from '../../store/useAppStore';
import {
  auditFormResolver,
  formFieldOf,
  toAuditFormValues,
  type AuditFields,
  type AuditFormValues,
} from './auditForm';
import { defaultAuditTitle } from './auditTitles';
import { ParticipantChips } from './ParticipantChips';
import { parseParticipants } from './participants';
import { AppDialog } from '../../components/AppDialog';

export type AuditDetailsMode =
  | { kind: 'create'; projectId: string; existingTitles: readonly string[] }
  | { kind: 'edit'; audit: Audit };

/** "New audit" and "Edit details": the audit's own fields, validated by the backend's schema. */
export function AuditDetailsDialog({
  mode,
  onClose,
}: {
  mode: AuditDetailsMode | null;
  onClose: () => void;
}) {
  return (
    <AppDialog isOpen={mode !== null} onClose={onClose} className="modal-wide">
      {mode && <AuditDetailsForm mode={mode} onDone={onClose} />}
    </AppDialog>
  );
}

function AuditDetailsForm({ mode, onDone }: { mode: AuditDetailsMode; onDone: () => void }) {
  const createAudit = useAppStore((s) => s.createAudit);
  const updateAudit = useAppStore((s) => s.updateAudit);
  const [, navigate] = useLocation();
  const [formError, setFormError] = useState<string | null>(null);
  const today = localToday();
  const { control, handleSubmit, setError, formState } = useForm<
    AuditFormValues,
    unknown,
    AuditFields
  >({
    defaultValues: toAuditFormValues(mode.kind === 'edit' ? mode.audit : null, {
      title: mode.kind === 'create' ? defaultAuditTitle(mode.existingTitles, today) : '',
      takenOn: today,
    }),
    resolver: auditFormResolver,
    mode: 'onTouched',
  });
  const participantsText = useWatch({ control, name: 'participantsText' });

  const onSubmit = handleSubmit(async (fields) => {
    setFormError(null);
    let result: Result<Audit>;
    if (mode.kind === 'create') {
      result = await createAudit({ ...fields, projectId: mode.projectId });
    } else {
      const id = mode.audit.id;
      result = await updateAudit(id, fields);
    }
    if (result.ok) {
      onDone();
      if (mode.kind === 'create')
        navigate(`/projects/${result.data.projectId}/audits/${result.data.id}`);
      return;
    }
    let placed = false;
    for (const issue of result.error.issues ?? []) {
      const field = formFieldOf(issue.path);
      if (!field) continue;
      setError(field, { message: issue.message }, { shouldFocus: !placed });
      placed = true;
    }
    if (!placed) setFormError(result.error.message);
  });

  return (
    <Form onSubmit={(e) => void onSubmit(e)} className="form" validationBehavior="aria">
      <Heading slot="title">{mode.kind === 'create' ? 'New audit' : 'Edit audit details'}</Heading>
      {formError && (
        <p role="alert" className="form-error">
          {formError}
        </p>
      )}
      <FormTextField control={control} name="title" label="Title" isRequired autoFocus />
      <div className="form-row">
        <FormTextField control={control} name="takenOn" type="date" label="Audit date" isRequired />
        <FormTextField control={control} name="facilitator" label="Facilitator" />
      </div>
      <FormTextField control={control} name="participantsText" label="Participants" rows={2} />
      <div className="participants-preview">
        <span className="field-description">
          Separate names with commas or new lines (at most {PARTICIPANTS_MAX}).
        </span>
        <ParticipantChips
          participants={parseParticipants(participantsText)}
          label="Participants to record"
        />
      </div>
      <Controller
        control={control}
        name="timerMinutes"
        render={({ field, fieldState }) => (
          <NumberField
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            minValue={TIMER_MINUTES.min}
            maxValue={TIMER_MINUTES.max}
            step={1}
            isInvalid={fieldState.error !== undefined}
            validationBehavior="aria"
            className="field timer-field"
          >
            <Label>Workshop timer (minutes per gap)</Label>
            <Input ref={field.ref} />
            {!fieldState.error && (
              <Text slot="description" className="field-description">
                Workshop mode counts down this long for each gap ({TIMER_MINUTES.min}–
                {TIMER_MINUTES.max}).
              </Text>
            )}
            <FieldError className="field-error">{fieldState.error?.message}</FieldError>
          </NumberField>
        )}
      />
      <div className="dialog-actions">
        <Button className="button" slot="close">
          Cancel
        </Button>
        <Button type="submit" className="button button-primary" isDisabled={formState.isSubmitting}>
          {mode.kind === 'create' ? 'Create audit' : 'Save changes'}
        </Button>
      </div>
    </Form>
  );
}
