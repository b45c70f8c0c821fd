import { useState } from 'react';
import { Button, Form, Heading, Label, Radio, RadioGroup, Text } from 'react-aria-components';
import { localToday } from '../../../../shared/domain/calendar';
import { formatDay } from '../../../../shared/domain/formatDay';
import { orgDecisionSchema, type OrgDecision } from '../../../../shared/domain/org';
import { ORG_MODELS, type OrgModelKey } from '../../../../shared/framework/orgModels';
import { AppDialog } from '../../components/AppDialog';
import { TextAreaField } from '../../components/fields/TextAreaField';
import { TextInputField } from '../../components/fields/TextInputField';
import { useAppStore } from '../../store/useAppStore';
import { errorsFromIssues, issuesOf, type FieldErrors } from './formIssues';

interface Props {
  isOpen: boolean;
  onClose: () => void;
  /** Preselected: today's recommendation (the manager may choose otherwise). */
  recommended: OrgModelKey | null;
  current: OrgDecision | null;
}

/** Records a new decision. Nothing here edits an earlier one: the log only grows. */
export function DecisionDialog({ isOpen, onClose, recommended, current }: Props) {
  return (
    <AppDialog isOpen={isOpen} onClose={onClose} className="modal-wide">
      {isOpen && <DecisionForm recommended={recommended} current={current} onDone={onClose} />}
    </AppDialog>
  );
}

function DecisionForm({
  recommended,
  current,
  onDone,
}: {
  recommended: OrgModelKey | null;
  current: OrgDecision | null;
  onDone: () => void;
}) {
  const record = useAppStore((s) => s.recordOrgDecision);
  const [model, setModel] = useState<OrgModelKey | null>(recommended);
  const [rationale, setRationale] = useState('');
  const [decidedBy, setDecidedBy] = useState('');
  const [decidedOn, setDecidedOn] = useState(localToday());
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    setFormError(null);
    const parsed = orgDecisionSchema.safeParse({ model, rationale, decidedBy, decidedOn });
    if (!parsed.success) return setErrors(errorsFromIssues(issuesOf(parsed.error)));
    setErrors({});
    setSaving(true);
    const r = await record(parsed.data);
    setSaving(false);
    if (r.ok) return onDone();
    const fieldErrors = errorsFromIssues(r.error.issues ?? []);
    setErrors(fieldErrors);
    setFormError(r.error.message);
  };

  return (
    <Form
      className="form"
      validationBehavior="aria"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Heading slot="title">Record an org decision</Heading>
      <p className="muted">
        {current
          ? `It replaces the decision of ${formatDay(current.decidedOn)}, which stays in the log as it is.`
          : 'The first decision of the log.'}{' '}
        A recorded decision is never edited: a later one supersedes it.
      </p>
      {formError && (
        <p role="alert" className="form-error">
          {formError}
        </p>
      )}
      <RadioGroup
        className="field org-model-choice"
        value={model}
        onChange={(v) => setModel(v as OrgModelKey)}
        isInvalid={errors.model !== undefined}
        isRequired
      >
        <Label>Org model</Label>
        {ORG_MODELS.map((m) => (
          <Radio key={m.key} value={m.key} className="org-radio org-radio-block">
            <strong>{m.name}</strong>
            {recommended === m.key && <span className="badge">Recommended today</span>}
            <span className="muted org-radio-detail">Fits {m.fitsText}.</span>
          </Radio>
        ))}
        {errors.model && (
          <Text slot="errorMessage" className="field-error">
            {errors.model}
          </Text>
        )}
      </RadioGroup>
      <TextAreaField
        label="Rationale (required)"
        value={rationale}
        onChange={setRationale}
        error={errors.rationale}
        rows={4}
      />
      <div className="form-row">
        <TextInputField
          label="Decided by"
          value={decidedBy}
          onChange={setDecidedBy}
          error={errors.decidedBy}
        />
        <TextInputField
          label="Decision date"
          type="date"
          value={decidedOn}
          onChange={setDecidedOn}
          error={errors.decidedOn}
        />
      </div>
      <div className="dialog-actions">
        <Button className="button" slot="close">
          Cancel
        </Button>
        <Button type="submit" className="button button-primary" isDisabled={saving}>
          {saving ? 'Recording…' : 'Record decision'}
        </Button>
      </div>
    </Form>
  );
}
