// Who owns AI in production: the three org models of the framework (brief: domain.md, "Org
// models"), the advice on an MLOps function and the anti-pattern, as data. The thresholds are
// the framework's own figures; recommendation and range checks (orgRecommendation.ts) read them
// from here and never repeat a number.

export const ORG_MODEL_KEYS = ['centralized', 'embedded', 'hybrid'] as const;
export type OrgModelKey = (typeof ORG_MODEL_KEYS)[number];

/** The workspace figures a range is measured on. */
export type OrgDimension = 'mlEngineers' | 'activeProducts';

/**
 * Where a model fits, on one figure:
 * - `between`: from `min` to `max`, both included (e.g. 3-5 active products);
 * - `above`: the framework gives the threshold as a span ("above 10-15"): above `high` it fits,
 *   from just above `low` up to `high` it is borderline (it may fit), at `low` or below it does not.
 */
export type OrgRange =
  | { kind: 'between'; dimension: OrgDimension; min: number; max: number }
  | { kind: 'above'; dimension: OrgDimension; low: number; high: number };

export interface OrgModel {
  key: OrgModelKey;
  name: string;
  /** What it is, in a sentence. */
  summary: string;
  /** Where the framework says it fits, as a user reads it. */
  fitsText: string;
  range: OrgRange;
  /** What tends to go wrong with it (null: the framework names no particular risk). */
  risk: string | null;
  /** Does it run on a platform team? (decides overlaps when the workspace has none) */
  needsPlatformTeam: boolean;
  /** The platform team size the model expects, when the framework names one. */
  platformTeamSize?: { min: number; max: number };
  /** One or two ML engineers per product team: the staffing the model assumes, when it has one. */
  engineersPerProduct?: { min: number; max: number };
}

export const ORG_MODELS: readonly OrgModel[] = [
  {
    key: 'centralized',
    name: 'Centralised ML platform team',
    summary:
      'One team builds and operates the shared model registry, serving and monitoring; data scientists anywhere in the company ship their models through it.',
    fitsText: 'above 10-15 ML engineers',
    range: { kind: 'above', dimension: 'mlEngineers', low: 10, high: 15 },
    risk: 'Every team waits on the platform team, which turns into the bottleneck.',
    needsPlatformTeam: true,
  },
  {
    key: 'embedded',
    name: 'Embedded ML engineers',
    summary:
      'Each product team gets one or two ML engineers who carry models from data science into production.',
    fitsText: '3-5 active ML products',
    range: { kind: 'between', dimension: 'activeProducts', min: 3, max: 5 },
    risk: 'Each team finds its own way, so practices drift apart from team to team.',
    needsPlatformTeam: false,
    engineersPerProduct: { min: 1, max: 2 },
  },
  {
    key: 'hybrid',
    name: 'Hybrid with shared infrastructure',
    summary:
      'A small platform team (3-5 people) runs the core serving and monitoring; product teams own their models, training pipelines and business logic.',
    fitsText: '5-20 active AI products; the one that scales best for most organisations',
    range: { kind: 'between', dimension: 'activeProducts', min: 5, max: 20 },
    risk: null,
    needsPlatformTeam: true,
    platformTeamSize: { min: 3, max: 5 },
  },
];

export const orgModelByKey = (key: OrgModelKey): OrgModel =>
  ORG_MODELS.find((m) => m.key === key) as OrgModel;

/**
 * The MLOps advice, on the number of models in production: below `roleBelow` a role in the
 * platform/SRE team is enough; above `dedicatedAbove` a dedicated MLOps function pays for
 * itself. Between the two (both included) the framework gives no rule.
 */
export const MLOPS_THRESHOLDS = { roleBelow: 5, dedicatedAbove: 10 } as const;

/** What holds whatever the size: someone who understands both sides. */
export const MLOPS_BASELINE =
  'Whatever the size, at least one engineer must understand both the ML pipelines and the production infrastructure.';

/**
 * "The data science team owns production": not a model, an anti-pattern. It is never offered as
 * a choice; the ownership rules flag a project whose owners amount to it.
 */
export const DATA_SCIENCE_OWNS_PRODUCTION = {
  key: 'ds-owns-production',
  name: 'The data science team owns production',
  why: 'The people who research a model end up running it in production too, with no platform/SRE side: it breaks down once several models are live.',
} as const;

/**
 * Words that name the research side in an owner field (matched on whole words, ignoring case
 * and accents): "Data Science", "data scientists", "Research", "ML research", "DS team".
 */
export const RESEARCH_TEAM_PATTERN =
  /(^|[^\p{L}\p{N}])(data[\s-]*scien(ce|tists?)|research(ers?)?|ds[\s-]+team)($|[^\p{L}\p{N}])/iu;
