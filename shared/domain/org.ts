import { z } from 'zod';
import { ORG_MODEL_KEYS, type OrgModelKey } from '../framework/orgModels';
import type { OrgFigures } from '../framework/orgRecommendation';
import type { Project } from './project';
import { isoDate, multiLine, singleLine } from './textFields';

// The workspace's org model: the questionnaire's answers (one profile per workspace) and the
// decisions, kept as an append-only log. Recommendation and range checks live in
// shared/framework/orgRecommendation.ts; this file holds the records and their schemas.

/** The largest count the questionnaire takes (a sanity bound, not a framework figure). */
export const ORG_COUNT_MAX = 100_000;

const count = (label: string) =>
  z
    .number({ error: `${label} must be a number` })
    .int({ message: `${label} must be a whole number` })
    .min(0, { message: `${label} cannot be negative` })
    .max(ORG_COUNT_MAX, { message: `${label} can be at most ${ORG_COUNT_MAX}` })
    .nullable();

/** The questionnaire. null: not answered (for products: use the portfolio's count). */
export const orgProfileSchema = z
  .object({
    mlEngineers: count('The number of ML engineers'),
    /** Overrides the portfolio's count of active projects; null = count them. */
    activeProductsOverride: count('The number of active AI products'),
    modelsInProduction: count('The number of models in production'),
    platformTeam: z.boolean({ error: 'Say whether there is a platform team' }).nullable(),
    platformTeamSize: count('The platform team’s size'),
  })
  .strict()
  .refine((p) => p.platformTeam === true || p.platformTeamSize === null, {
    message: 'Give a size only when there is a platform team',
    path: ['platformTeamSize'],
  });

export type OrgProfileFields = z.output<typeof orgProfileSchema>;

export interface OrgProfile extends OrgProfileFields {
  /** null: never answered. */
  updatedAt: string | null;
}

export const EMPTY_ORG_PROFILE: OrgProfile = {
  mlEngineers: null,
  activeProductsOverride: null,
  modelsInProduction: null,
  platformTeam: null,
  platformTeamSize: null,
  updatedAt: null,
};

export const RATIONALE_MAX = 4000;

/** A new decision. There is no schema for changing one: the log is append-only. */
export const orgDecisionSchema = z
  .object({
    // Three models and nothing else: "the data science team owns production" is not one.
    model: z.enum(ORG_MODEL_KEYS, { error: 'Choose one of the three org models' }),
    rationale: multiLine('The rationale', RATIONALE_MAX).refine((s) => s.trim().length > 0, {
      message: 'Say why: the rationale is required',
    }),
    decidedBy: singleLine('Decided by', 120),
    decidedOn: isoDate('Decision date'),
  })
  .strict();

export type OrgDecisionInput = z.input<typeof orgDecisionSchema>;

export interface OrgDecision {
  id: string;
  model: OrgModelKey;
  rationale: string;
  decidedBy: string;
  decidedOn: string;
  /** When it was written down, and by which local user. */
  recordedAt: string;
  recordedBy: string;
  /** The figures when it was recorded, and what the app recommended from them. */
  figures: OrgFigures;
  recommended: OrgModelKey | null;
}

/** The profile and the whole decision log, oldest decision first (the last one is current). */
export interface OrgState {
  profile: OrgProfile;
  decisions: OrgDecision[];
}

/**
 * Active AI products as the portfolio counts them: every project neither archived nor retired
 * (a PoC counts: it is a product the organisation is working on).
 */
export function activeProductCount(
  projects: readonly Pick<Project, 'archivedAt' | 'stage'>[],
): number {
  return projects.filter((p) => p.archivedAt === null && p.stage !== 'retired').length;
}

export interface EffectiveFigures extends OrgFigures {
  /** Where the product count comes from: the portfolio, or the number the manager entered. */
  activeProductsSource: 'portfolio' | 'entered';
  /** The portfolio's own count, shown beside an entered one. */
  portfolioProducts: number;
}

/** The figures the recommendation and the range check use today. */
export function effectiveFigures(
  profile: OrgProfileFields,
  portfolioProducts: number,
): EffectiveFigures {
  const entered = profile.activeProductsOverride;
  return {
    mlEngineers: profile.mlEngineers,
    activeProducts: entered ?? portfolioProducts,
    modelsInProduction: profile.modelsInProduction,
    platformTeam: profile.platformTeam,
    platformTeamSize: profile.platformTeam === true ? profile.platformTeamSize : null,
    activeProductsSource: entered === null ? 'portfolio' : 'entered',
    portfolioProducts,
  };
}

/** The decision in force: the last one recorded. */
export const currentDecision = (decisions: readonly OrgDecision[]): OrgDecision | null =>
  decisions.at(-1) ?? null;

/** The figures as a person reads them, one part each ("9 ML engineers", "no platform team"). */
export function describeFigures(f: OrgFigures & Partial<EffectiveFigures>): string[] {
  const n = (v: number | null, one: string, many: string) =>
    v === null ? `${many}: not answered` : `${v} ${v === 1 ? one : many}`;
  const products =
    f.activeProducts === null
      ? 'active AI products: not answered'
      : f.activeProductsSource === 'portfolio'
        ? `${f.activeProducts} active AI products (counted from the portfolio)`
        : f.activeProductsSource === 'entered'
          ? `${f.activeProducts} active AI products (entered; the portfolio counts ${f.portfolioProducts ?? 0})`
          : n(f.activeProducts, 'active AI product', 'active AI products');
  const platform =
    f.platformTeam === null
      ? 'platform team: not answered'
      : f.platformTeam
        ? `a platform team${f.platformTeamSize === null ? '' : ` of ${f.platformTeamSize}`}`
        : 'no platform team';
  return [
    n(f.mlEngineers, 'ML engineer', 'ML engineers'),
    products,
    n(f.modelsInProduction, 'model in production', 'models in production'),
    platform,
  ];
}
