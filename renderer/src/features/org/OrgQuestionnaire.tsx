import { useState } from 'react';
import { Button, Form, Label, Radio, RadioGroup } from 'react-aria-components';
import type { OrgProfile } from '../../../../shared/domain/org';
import { formatInstant } from '../../../../shared/domain/formatDay';
import { orgModelByKey } from '../../../../shared/framework/orgModels';
import { TextInputField } from '../../components/fields/TextInputField';
import { useAppStore } from '../../store/useAppStore';
import { errorsFromIssues, type FieldErrors } from './formIssues';
import { parseProfileForm, toProfileForm, type OrgProfileForm } from './orgProfileForm';

const HYBRID_TEAM = orgModelByKey('hybrid').platformTeamSize ?? { min: 0, max: 0 };

interface Props {
  profile: OrgProfile;
  /** Active AI products as the portfolio counts them (neither archived nor retired). */
  portfolioProducts: number;
}

/** The workspace questionnaire: the figures the recommendation and the range check use. */
export function OrgQuestionnaire({ profile, portfolioProducts }: Props) {
  const save = useAppStore((s) => s.saveOrgProfile);
  const [form, setForm] = useState<OrgProfileForm>(() => toProfileForm(profile));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof OrgProfileForm>(key: K, value: OrgProfileForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));

  const submit = async () => {
    setFormError(null);
    const parsed = parseProfileForm(form);
    if (!parsed.ok) return setErrors(parsed.errors);
    setErrors({});
    setSaving(true);
    const r = await save(parsed.fields);
    setSaving(false);
    if (!r.ok) {
      const fieldErrors = errorsFromIssues(r.error.issues ?? []);
      setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setFormError(r.error.message);
    }
  };

  const overridden = form.activeProductsOverride.trim() !== '';
  return (
    <section className="card org-questionnaire" aria-labelledby="questionnaire-title">
      <h2 id="questionnaire-title">Questionnaire</h2>
      <p className="muted">
        {profile.updatedAt
          ? `Last answered ${formatInstant(profile.updatedAt)}.`
          : 'Not answered yet: the recommendation below uses what the portfolio knows.'}
      </p>
      <Form
        className="form"
        validationBehavior="aria"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        {formError && (
          <p role="alert" className="form-error">
            {formError}
          </p>
        )}
        <div className="form-row">
          <TextInputField
            label="ML engineers"
            value={form.mlEngineers}
            onChange={(v) => set('mlEngineers', v)}
            error={errors.mlEngineers}
            description="Everyone who builds or runs models, across teams."
          />
          <TextInputField
            label="Models in production"
            value={form.modelsInProduction}
            onChange={(v) => set('modelsInProduction', v)}
            error={errors.modelsInProduction}
            description="Decides the advice on an MLOps function."
          />
        </div>
        <div className="org-products-field">
          <TextInputField
            label="Active AI products"
            value={form.activeProductsOverride}
            onChange={(v) => set('activeProductsOverride', v)}
            error={errors.activeProductsOverride}
            description={
              overridden
                ? `Entered by hand; the portfolio counts ${portfolioProducts}. Clear it to follow the portfolio.`
                : `Empty: counted from the portfolio (${portfolioProducts}, neither archived nor retired). Type a number to override it.`
            }
          />
          {overridden && (
            <Button className="button" onPress={() => set('activeProductsOverride', '')}>
              Use the portfolio’s count
            </Button>
          )}
        </div>
        <div className="form-row">
          <RadioGroup
            className="field org-radio-group"
            value={form.platformTeam}
            onChange={(v) => set('platformTeam', v as OrgProfileForm['platformTeam'])}
            orientation="horizontal"
          >
            <Label>Is there a platform team?</Label>
            <div className="org-radios">
              <Radio value="yes" className="org-radio">
                Yes
              </Radio>
              <Radio value="no" className="org-radio">
                No
              </Radio>
              <Radio value="unknown" className="org-radio">
                Not answered
              </Radio>
            </div>
          </RadioGroup>
          {form.platformTeam === 'yes' && (
            <TextInputField
              label="Platform team size"
              value={form.platformTeamSize}
              onChange={(v) => set('platformTeamSize', v)}
              error={errors.platformTeamSize}
              description={`People in it (the hybrid model expects ${HYBRID_TEAM.min}-${HYBRID_TEAM.max}).`}
            />
          )}
        </div>
        <div className="dialog-actions">
          <Button type="submit" className="button button-primary" isDisabled={saving}>
            {saving ? 'Saving…' : 'Save answers'}
          </Button>
        </div>
      </Form>
    </section>
  );
}
