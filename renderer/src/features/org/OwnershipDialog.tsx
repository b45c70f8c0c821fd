import { useState } from 'react';
import { Button, Checkbox, Form, Heading } from 'react-aria-components';
import { daysBetween } from '../../../../shared/domain/calendar';
import {
  FAILURE_MODE_LABELS,
  FAILURE_MODES,
  HANDOFF_SPRINT_DAYS,
  HANDOFF_STATUS_LABELS,
  HANDOFF_STATUSES,
  type OwnershipFields,
} from '../../../../shared/domain/ownership';
import type { OrgModelKey } from '../../../../shared/framework/orgModels';
import {
  ALERT_ROUTE_LABELS,
  ALERT_ROUTES,
  defaultAlertParty,
  RACI_PARTIES,
  RACI_PARTY_LABELS,
} from '../../../../shared/framework/raci';
import { AppDialog } from '../../components/AppDialog';
import { SelectField } from '../../components/fields/SelectField';
import { TextInputField } from '../../components/fields/TextInputField';
import { useAppStore } from '../../store/useAppStore';
import type { FieldErrors } from './formIssues';
import {
  parseOwnershipForm,
  serverErrors,
  toOwnershipForm,
  type OwnershipForm,
  type RouteChoice,
} from './ownershipForm';

interface Props {
  projectId: string;
  projectName: string;
  ownership: OwnershipFields | null;
  model: OrgModelKey | null;
  onClose: () => void;
}

const STATUS_OPTIONS = HANDOFF_STATUSES.map((id) => ({ id, label: HANDOFF_STATUS_LABELS[id] }));

/** Edits who owns what for a project; saved whole, nothing saved while a field is wrong. */
export function OwnershipDialog({ ownership, onClose, ...rest }: Props) {
  return (
    <AppDialog isOpen={ownership !== null} onClose={onClose} className="modal-wide">
      {ownership && <OwnershipFormView ownership={ownership} onDone={onClose} {...rest} />}
    </AppDialog>
  );
}

function OwnershipFormView({
  projectId,
  projectName,
  ownership,
  model,
  onDone,
}: Omit<Props, 'ownership' | 'onClose'> & { ownership: OwnershipFields; onDone: () => void }) {
  const save = useAppStore((s) => s.saveOwnership);
  const [form, setForm] = useState<OwnershipForm>(() => toOwnershipForm(ownership));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const patch = (p: Partial<OwnershipForm>) => setForm((f) => ({ ...f, ...p }));

  const submit = async () => {
    setFormError(null);
    const parsed = parseOwnershipForm(form);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      setFormError('Some fields need attention; nothing was saved.');
      return;
    }
    setErrors({});
    setSaving(true);
    const r = await save(projectId, parsed.fields);
    setSaving(false);
    if (r.ok) return onDone();
    setErrors(serverErrors(r.error.issues ?? []));
    setFormError(r.error.message);
  };

  const routeOptions = (route: (typeof ALERT_ROUTES)[number]) => [
    {
      id: 'model_default' as RouteChoice,
      label: `${model ? 'The org model’s default' : 'The framework’s default'}: ${RACI_PARTY_LABELS[defaultAlertParty(route, model)]}`,
    },
    ...RACI_PARTIES.map((p) => ({ id: p, label: RACI_PARTY_LABELS[p] })),
    { id: 'person' as RouteChoice, label: 'A named person or team…' },
  ];
  const h = form.handoff;
  const sprintDays =
    /^\d{4}-\d{2}-\d{2}$/.test(h.plannedStart) && /^\d{4}-\d{2}-\d{2}$/.test(h.plannedEnd)
      ? daysBetween(h.plannedStart, h.plannedEnd)
      : null;

  return (
    <Form
      className="form"
      validationBehavior="aria"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Heading slot="title">Who owns “{projectName}”</Heading>
      {formError && (
        <p role="alert" className="form-error">
          {formError}
        </p>
      )}
      <fieldset className="ownership-fieldset">
        <legend>Owners</legend>
        <div className="form-row">
          <TextInputField
            label="Product team"
            value={form.productTeam}
            onChange={(v) => patch({ productTeam: v })}
            error={errors.productTeam}
          />
          <TextInputField
            label="ML owner"
            value={form.mlOwner}
            onChange={(v) => patch({ mlOwner: v })}
            error={errors.mlOwner}
          />
        </div>
        <div className="form-row">
          <TextInputField
            label="Platform/SRE owner"
            value={form.platformOwner}
            onChange={(v) => patch({ platformOwner: v })}
            error={errors.platformOwner}
          />
          <TextInputField
            label="Engineering manager"
            value={form.engineeringManager}
            onChange={(v) => patch({ engineeringManager: v })}
            error={errors.engineeringManager}
          />
        </div>
      </fieldset>

      <fieldset className="ownership-fieldset">
        <legend>On-call</legend>
        <TextInputField
          label="On-call rotation"
          value={form.rotation}
          onChange={(v) => patch({ rotation: v })}
          error={errors['onCall.rotation']}
          description="Its name, schedule or members; empty if there is none."
        />
        <TextInputField
          label="On the rotation, who understands both ML and the infrastructure"
          value={form.mlInfraPerson}
          onChange={(v) => patch({ mlInfraPerson: v })}
          error={errors['onCall.mlInfraPerson']}
          description="At least one person on call must know both the ML pipeline and the infrastructure."
        />
      </fieldset>

      <fieldset className="ownership-fieldset">
        <legend>Runbooks, one per failure mode</legend>
        {FAILURE_MODES.map((m) => {
          const r = form.runbooks[m];
          const set = (next: Partial<typeof r>) =>
            patch({ runbooks: { ...form.runbooks, [m]: { ...r, ...next } } });
          return (
            <div key={m} className="ownership-runbook">
              <Checkbox
                isSelected={r.present}
                onChange={(present) => set({ present })}
                className="ownership-check"
              >
                <span className="ownership-check-box" aria-hidden="true">
                  {r.present ? '✓' : ''}
                </span>
                Runbook to {FAILURE_MODE_LABELS[m].toLowerCase()}
              </Checkbox>
              <TextInputField
                label={`Link or note: ${FAILURE_MODE_LABELS[m].toLowerCase()}`}
                value={r.reference}
                onChange={(reference) => set({ reference })}
                error={errors[`runbooks.${m}.reference`]}
              />
            </div>
          );
        })}
      </fieldset>

      <fieldset className="ownership-fieldset">
        <legend>Alert routing</legend>
        {ALERT_ROUTES.map((route) => {
          const r = form.routes[route];
          const set = (next: Partial<typeof r>) =>
            patch({ routes: { ...form.routes, [route]: { ...r, ...next } } });
          return (
            <div key={route} className="ownership-route">
              <SelectField
                label={`${ALERT_ROUTE_LABELS[route]} alerts go to`}
                options={routeOptions(route)}
                value={r.choice}
                onChange={(choice) => set({ choice })}
                error={errors[`alertRoutes.${route}.party`]}
              />
              {r.choice === 'person' && (
                <TextInputField
                  label={`${ALERT_ROUTE_LABELS[route]} alerts: name`}
                  value={r.name}
                  onChange={(name) => set({ name })}
                  error={errors[`alertRoutes.${route}.name`]}
                />
              )}
            </div>
          );
        })}
      </fieldset>

      <fieldset className="ownership-fieldset">
        <legend>Hand-off sprint from research to production</legend>
        <p className="muted">
          A {HANDOFF_SPRINT_DAYS.min / 7}-{HANDOFF_SPRINT_DAYS.max / 7} week productionization
          sprint that research and production co-own.
          {sprintDays !== null && ` Planned: ${sprintDays} days.`}
        </p>
        <div className="form-row">
          <SelectField
            label="Hand-off status"
            options={STATUS_OPTIONS}
            value={h.status}
            onChange={(status) => patch({ handoff: { ...h, status } })}
            error={errors['handoff.status']}
          />
          <span />
        </div>
        <div className="form-row">
          <TextInputField
            label="Sprint starts"
            type="date"
            value={h.plannedStart}
            onChange={(v) => patch({ handoff: { ...h, plannedStart: v } })}
            error={errors['handoff.plannedStart']}
          />
          <TextInputField
            label="Sprint ends"
            type="date"
            value={h.plannedEnd}
            onChange={(v) => patch({ handoff: { ...h, plannedEnd: v } })}
            error={errors['handoff.plannedEnd']}
          />
        </div>
        <div className="form-row">
          <TextInputField
            label="Research co-owner"
            value={h.researchCoOwner}
            onChange={(v) => patch({ handoff: { ...h, researchCoOwner: v } })}
            error={errors['handoff.researchCoOwner']}
          />
          <TextInputField
            label="Production co-owner"
            value={h.productionCoOwner}
            onChange={(v) => patch({ handoff: { ...h, productionCoOwner: v } })}
            error={errors['handoff.productionCoOwner']}
          />
        </div>
      </fieldset>

      <div className="dialog-actions">
        <Button className="button" slot="close">
          Cancel
        </Button>
        <Button type="submit" className="button button-primary" isDisabled={saving}>
          {saving ? 'Saving…' : 'Save ownership'}
        </Button>
      </div>
    </Form>
  );
}
