import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Button, Form, Heading } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useLocation } from 'wouter';
import { z } from 'zod';
import { auditFieldsSchema, type Audit } from '../../../../shared/domain/audit';
import { localToday } from '../../../../shared/domain/calendar';
import { FormTextField } from '../../components/fields/FormTextField';
import { useAppStore } from '../../store/useAppStore';
import { defaultAuditTitle } from './auditTitles';
import { formFieldOf } from './auditForm';
import { AppDialog } from '../../components/AppDialog';
import { formatDay } from '../../../../shared/domain/formatDay';

// The copy channel's own fields (copyAuditSchema minus the source id).
const copyFieldsSchema = z.object({
  title: auditFieldsSchema.shape.title,
  takenOn: auditFieldsSchema.shape.takenOn,
});
type CopyFields = z.output<typeof copyFieldsSchema>;

/**
 * "New audit from this/the latest": a new draft holding every score, note and missing text of
 * the source, so the team updates what changed instead of starting over.
 */
export function CopyAuditDialog({
  source,
  existingTitles,
  onClose,
}: {
  source: Audit | null;
  existingTitles: readonly string[];
  onClose: () => void;
}) {
  return (
    <AppDialog isOpen={source !== null} onClose={onClose}>
      {source && <CopyForm source={source} existingTitles={existingTitles} onDone={onClose} />}
    </AppDialog>
  );
}

function CopyForm({
  source,
  existingTitles,
  onDone,
}: {
  source: Audit;
  existingTitles: readonly string[];
  onDone: () => void;
}) {
  const copyAudit = useAppStore((s) => s.copyAudit);
  const [, navigate] = useLocation();
  const [formError, setFormError] = useState<string | null>(null);
  const today = localToday();
  const { control, handleSubmit, setError, formState } = useForm<CopyFields>({
    defaultValues: { title: defaultAuditTitle(existingTitles, today), takenOn: today },
    resolver: zodResolver(copyFieldsSchema),
    mode: 'onTouched',
  });

  const onSubmit = handleSubmit(async (fields) => {
    setFormError(null);
    const r = await copyAudit({ id: source.id, ...fields });
    if (r.ok) {
      onDone();
      navigate(`/projects/${r.data.projectId}/audits/${r.data.id}`);
      return;
    }
    const issue = r.error.issues?.find((i) => {
      const f = formFieldOf(i.path);
      return f === 'title' || f === 'takenOn';
    });
    const field = issue ? formFieldOf(issue.path) : undefined;
    if (issue && (field === 'title' || field === 'takenOn'))
      setError(field, { message: issue.message }, { shouldFocus: true });
    else setFormError(r.error.message);
  });

  return (
    <Form onSubmit={(e) => void onSubmit(e)} className="form" validationBehavior="aria">
      <Heading slot="title">New audit from “{source.title}”</Heading>
      <p className="dialog-intro">
        The new draft starts with every score, note and “what is missing” text of “{source.title}” (
        {formatDay(source.takenOn)}). Change what is different now, then finalise it to add a point
        to the trend.
      </p>
      {formError && (
        <p role="alert" className="form-error">
          {formError}
        </p>
      )}
      <FormTextField control={control} name="title" label="Title" isRequired autoFocus />
      <FormTextField control={control} name="takenOn" type="date" label="Audit date" isRequired />
      <div className="dialog-actions">
        <Button className="button" slot="close">
          Cancel
        </Button>
        <Button type="submit" className="button button-primary" isDisabled={formState.isSubmitting}>
          Create draft
        </Button>
      </div>
    </Form>
  );
}
