import type { OrgModelKey } from './orgModels';

// Who is responsible, accountable, consulted and informed, per org model, for the five
// governance checkpoint stages and the three alert routes. The framework gives each stage an
// owner (data engineering, ML engineering, AppSec, the Responsible AI lead, SRE/platform) and
// splits alert ownership (drift to ML engineering, latency/availability to platform/SRE, cost to
// the engineering manager); each model places those roles in different teams, which is what the
// tables below record. Project pages resolve a party to the person a project has recorded.

/** The people a project records in its ownership (shared/domain/ownership.ts). */
export const OWNER_ROLES = [
  'product_team',
  'ml_owner',
  'platform_owner',
  'engineering_manager',
] as const;
export type OwnerRole = (typeof OWNER_ROLES)[number];

/** Everyone a RACI row can name: a project's owners and the specialists the stages need. */
export const RACI_PARTIES = [
  ...OWNER_ROLES,
  'data_science',
  'data_engineering',
  'appsec',
  'responsible_ai',
] as const;
export type RaciParty = (typeof RACI_PARTIES)[number];

export const RACI_PARTY_LABELS: Record<RaciParty, string> = {
  product_team: 'Product team',
  ml_owner: 'ML owner',
  platform_owner: 'Platform/SRE owner',
  engineering_manager: 'Engineering manager',
  data_science: 'Data science (research)',
  data_engineering: 'Data engineering',
  appsec: 'AppSec / DevSecOps',
  responsible_ai: 'Responsible AI lead',
};

export const isOwnerRole = (p: RaciParty): p is OwnerRole =>
  (OWNER_ROLES as readonly string[]).includes(p);

/** Who plays a project's owner roles under each model, in a phrase. */
export const OWNER_ROLE_IN_MODEL: Record<OrgModelKey, Record<OwnerRole, string>> = {
  centralized: {
    product_team: 'the product team that uses the model',
    ml_owner: 'the data scientist or ML engineer who ships the model through the platform',
    platform_owner: 'the central ML platform team (registry, serving, monitoring)',
    engineering_manager: 'the product team’s engineering manager',
  },
  embedded: {
    product_team: 'the product team, which owns the model in production',
    ml_owner: 'the ML engineer embedded in the product team',
    platform_owner: 'the company’s platform/SRE team, where there is one',
    engineering_manager: 'the product team’s engineering manager',
  },
  hybrid: {
    product_team: 'the product team, which owns the model, training and business logic',
    ml_owner: 'the product team’s ML owner',
    platform_owner: 'the small platform team (core serving and monitoring)',
    engineering_manager: 'the product team’s engineering manager',
  },
};

/** The checkpoint stages (domain.md, keys as the checkpoints module stores them). */
export const RACI_STAGES = [
  'data_validation',
  'model_evaluation',
  'security_review',
  'bias_audit',
  'operational_readiness',
] as const;
export type RaciStage = (typeof RACI_STAGES)[number];

export const RACI_STAGE_LABELS: Record<RaciStage, string> = {
  data_validation: 'Data validation',
  model_evaluation: 'Model evaluation',
  security_review: 'Security review',
  bias_audit: 'Bias audit',
  operational_readiness: 'Operational readiness',
};

/** The alert routes every project in production needs an owner for. */
export const ALERT_ROUTES = ['drift', 'latency', 'cost'] as const;
export type AlertRoute = (typeof ALERT_ROUTES)[number];

export const ALERT_ROUTE_LABELS: Record<AlertRoute, string> = {
  drift: 'Drift',
  latency: 'Latency and availability',
  cost: 'Cost',
};

export type RaciRowKey = RaciStage | AlertRoute;

export interface RaciRow {
  key: RaciRowKey;
  kind: 'stage' | 'alert';
  responsible: RaciParty;
  accountable: RaciParty;
  consulted: readonly RaciParty[];
  informed: readonly RaciParty[];
}

type Entry = Omit<RaciRow, 'key' | 'kind'>;
const row = (
  responsible: RaciParty,
  accountable: RaciParty,
  consulted: RaciParty[],
  informed: RaciParty[],
): Entry => ({ responsible, accountable, consulted, informed });

// Accountability follows who owns production in each model: the central platform team in the
// centralised model; the product team (its engineering manager) in the embedded model; in the
// hybrid model the platform team for serving and latency, the product team for everything about
// the model itself. Cost always lands with the engineering manager.
const TABLES: Record<OrgModelKey, Record<RaciRowKey, Entry>> = {
  centralized: {
    data_validation: row('data_engineering', 'platform_owner', ['ml_owner'], ['product_team']),
    model_evaluation: row(
      'platform_owner',
      'platform_owner',
      ['ml_owner', 'data_science'],
      ['product_team'],
    ),
    security_review: row('appsec', 'platform_owner', ['ml_owner'], ['engineering_manager']),
    bias_audit: row(
      'responsible_ai',
      'platform_owner',
      ['ml_owner', 'data_science'],
      ['product_team', 'engineering_manager'],
    ),
    operational_readiness: row(
      'platform_owner',
      'platform_owner',
      ['ml_owner'],
      ['product_team', 'engineering_manager'],
    ),
    drift: row(
      'platform_owner',
      'platform_owner',
      ['ml_owner', 'data_science'],
      ['engineering_manager'],
    ),
    latency: row('platform_owner', 'platform_owner', ['ml_owner'], ['product_team']),
    cost: row('engineering_manager', 'engineering_manager', ['platform_owner'], ['product_team']),
  },
  embedded: {
    data_validation: row('data_engineering', 'engineering_manager', ['ml_owner'], ['product_team']),
    model_evaluation: row('ml_owner', 'engineering_manager', ['data_science'], ['product_team']),
    security_review: row(
      'appsec',
      'engineering_manager',
      ['ml_owner', 'platform_owner'],
      ['product_team'],
    ),
    bias_audit: row(
      'responsible_ai',
      'engineering_manager',
      ['ml_owner', 'data_science'],
      ['product_team'],
    ),
    operational_readiness: row(
      'ml_owner',
      'engineering_manager',
      ['platform_owner'],
      ['product_team'],
    ),
    drift: row('ml_owner', 'engineering_manager', ['data_science'], ['product_team']),
    latency: row('platform_owner', 'engineering_manager', ['ml_owner'], ['product_team']),
    cost: row('engineering_manager', 'engineering_manager', ['ml_owner'], ['product_team']),
  },
  hybrid: {
    data_validation: row(
      'data_engineering',
      'engineering_manager',
      ['ml_owner'],
      ['platform_owner'],
    ),
    model_evaluation: row('ml_owner', 'engineering_manager', ['data_science'], ['platform_owner']),
    security_review: row(
      'appsec',
      'engineering_manager',
      ['ml_owner', 'platform_owner'],
      ['product_team'],
    ),
    bias_audit: row(
      'responsible_ai',
      'engineering_manager',
      ['ml_owner', 'data_science'],
      ['product_team'],
    ),
    operational_readiness: row(
      'platform_owner',
      'platform_owner',
      ['ml_owner'],
      ['engineering_manager', 'product_team'],
    ),
    drift: row('ml_owner', 'engineering_manager', ['data_science'], ['platform_owner']),
    latency: row('platform_owner', 'platform_owner', ['ml_owner'], ['product_team']),
    cost: row('engineering_manager', 'engineering_manager', ['platform_owner'], ['product_team']),
  },
};

/** The responsibility table of a model: the five stages, then the three alert routes. */
export function raciTable(model: OrgModelKey): RaciRow[] {
  const t = TABLES[model];
  return [
    ...RACI_STAGES.map((key) => ({ key, kind: 'stage' as const, ...t[key] })),
    ...ALERT_ROUTES.map((key) => ({ key, kind: 'alert' as const, ...t[key] })),
  ];
}

export const raciRowLabel = (key: RaciRowKey): string =>
  key in RACI_STAGE_LABELS
    ? RACI_STAGE_LABELS[key as RaciStage]
    : ALERT_ROUTE_LABELS[key as AlertRoute];

/**
 * The framework's own alert split, used before any org model is chosen: drift to ML
 * engineering, latency/availability to platform/SRE, cost to the engineering manager.
 */
const FRAMEWORK_ALERT_OWNERS: Record<AlertRoute, OwnerRole> = {
  drift: 'ml_owner',
  latency: 'platform_owner',
  cost: 'engineering_manager',
};

/** Who an alert route goes to by default: the chosen model's responsible party. */
export function defaultAlertParty(route: AlertRoute, model: OrgModelKey | null): RaciParty {
  return model ? TABLES[model][route].responsible : FRAMEWORK_ALERT_OWNERS[route];
}

/**
 * The seam for governance checkpoints: who owns a stage by default under the chosen model (the
 * responsible party of its RACI row). Without a decision, the framework's stage owners.
 */
export function defaultCheckpointParty(stage: RaciStage, model: OrgModelKey | null): RaciParty {
  if (model) return TABLES[model][stage].responsible;
  const framework: Record<RaciStage, RaciParty> = {
    data_validation: 'data_engineering',
    model_evaluation: 'ml_owner',
    security_review: 'appsec',
    bias_audit: 'responsible_ai',
    operational_readiness: 'platform_owner',
  };
  return framework[stage];
}
