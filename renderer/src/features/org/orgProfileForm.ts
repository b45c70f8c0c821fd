import { orgProfileSchema, type OrgProfileFields } from '../../../../shared/domain/org';
import { errorsFromIssues, issuesOf, type FieldErrors } from './formIssues';

/** The questionnaire as the form edits it: counts as typed text, '' for "not answered". */
export interface OrgProfileForm {
  mlEngineers: string;
  activeProductsOverride: string;
  modelsInProduction: string;
  platformTeam: 'yes' | 'no' | 'unknown';
  platformTeamSize: string;
}

const text = (n: number | null) => (n === null ? '' : String(n));

export function toProfileForm(p: OrgProfileFields): OrgProfileForm {
  return {
    mlEngineers: text(p.mlEngineers),
    activeProductsOverride: text(p.activeProductsOverride),
    modelsInProduction: text(p.modelsInProduction),
    platformTeam: p.platformTeam === null ? 'unknown' : p.platformTeam ? 'yes' : 'no',
    platformTeamSize: text(p.platformTeamSize),
  };
}

// Typed text becomes a number only when it is one: "7" -> 7, "" -> null, "seven" stays text so
// the schema (the backend's own) says what is wrong with it.
const count = (s: string): unknown => {
  const t = s.trim();
  if (t === '') return null;
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : t;
};

/** Parses the form with the backend's schema: the fields to save, or a message per field. */
export function parseProfileForm(
  f: OrgProfileForm,
): { ok: true; fields: OrgProfileFields } | { ok: false; errors: FieldErrors } {
  const platformTeam = f.platformTeam === 'unknown' ? null : f.platformTeam === 'yes';
  const parsed = orgProfileSchema.safeParse({
    mlEngineers: count(f.mlEngineers),
    activeProductsOverride: count(f.activeProductsOverride),
    modelsInProduction: count(f.modelsInProduction),
    platformTeam,
    // A size typed before switching to "no" is dropped rather than refused.
    platformTeamSize: platformTeam === true ? count(f.platformTeamSize) : null,
  });
  return parsed.success
    ? { ok: true, fields: parsed.data }
    : { ok: false, errors: errorsFromIssues(issuesOf(parsed.error)) };
}
