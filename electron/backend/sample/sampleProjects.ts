import type { ProjectKind, ProjectStage } from '../../../shared/domain/project';
import type { GapKey } from '../../../shared/framework';

// The curated sample portfolio: every stage and every kind of system, names in several scripts,
// and audits over three months that show a trend. Dates are offsets from today, so the sample
// always looks current. Later features add their own data to these projects by `key`.

/** One audit of a sample project: how many days ago, its status and each gap's target share. */
export interface SampleAudit {
  daysAgo: number;
  status: 'final' | 'draft';
  /** Target share of the applicable points per gap, 0..1 (the builder rounds to half-points). */
  targets: Record<GapKey, number>;
}

export interface SampleProject {
  /** Stable handle for feature extensions (never shown). */
  key: string;
  name: string;
  description: string;
  owner: string;
  team: string;
  kind: ProjectKind;
  stage: ProjectStage;
  /** Days before today the PoC was approved, or null when not approved yet. */
  pocApprovedDaysAgo: number | null;
  /** Days after today the team aims to ship, or null. */
  targetInDays: number | null;
  archived?: boolean;
  audits: SampleAudit[];
}

const t = (
  pipeline: number,
  versioning: number,
  fallback: number,
  observability: number,
  governance: number,
): Record<GapKey, number> => ({ pipeline, versioning, fallback, observability, governance });

export const SAMPLE_PROJECTS: readonly SampleProject[] = [
  {
    key: 'support',
    name: 'Support triage assistant',
    description: 'Drafts answers to incoming support tickets and routes them to the right queue.',
    owner: 'Amara Okafor',
    team: 'Customer Care AI',
    kind: 'llm',
    stage: 'productionizing',
    pocApprovedDaysAgo: 84,
    targetInDays: 28,
    audits: [
      { daysAgo: 84, status: 'final', targets: t(0.4, 0.2, 0.1, 0.3, 0.25) },
      { daysAgo: 42, status: 'final', targets: t(0.6, 0.5, 0.4, 0.45, 0.5) },
      { daysAgo: 7, status: 'final', targets: t(0.8, 0.75, 0.7, 0.75, 0.75) },
    ],
  },
  {
    key: 'fraud',
    name: 'Zoë Łódź fraud scoring',
    description: 'Scores card transactions for fraud risk before they are authorised.',
    owner: 'Zoë Kowalczyk',
    team: 'Payments Risk',
    kind: 'classification',
    stage: 'in_production',
    pocApprovedDaysAgo: 210,
    targetInDays: null,
    audits: [
      { daysAgo: 90, status: 'final', targets: t(0.8, 0.6, 0.6, 0.7, 0.6) },
      { daysAgo: 49, status: 'final', targets: t(0.9, 0.8, 0.8, 0.85, 0.75) },
      { daysAgo: 5, status: 'final', targets: t(1, 1, 0.95, 1, 0.95) },
    ],
  },
  {
    key: 'athens',
    name: 'Αθήνα recommendations',
    description: 'Recommends local experiences to travellers in the Athens app.',
    owner: 'Nikos Papadakis',
    team: 'Personalisation',
    kind: 'recommendation',
    stage: 'productionizing',
    pocApprovedDaysAgo: 140,
    targetInDays: -10,
    audits: [
      { daysAgo: 70, status: 'final', targets: t(0.3, 0.2, 0.1, 0.2, 0.1) },
      { daysAgo: 14, status: 'final', targets: t(0.5, 0.4, 0.2, 0.3, 0.25) },
    ],
  },
  {
    key: 'docsearch',
    name: 'Поиск по документам',
    description: 'Answers questions over the internal policy library (retrieval-augmented).',
    owner: 'Irina Volkova',
    team: 'Knowledge Tools',
    kind: 'rag',
    stage: 'poc',
    pocApprovedDaysAgo: 35,
    targetInDays: 42,
    audits: [
      { daysAgo: 28, status: 'final', targets: t(0.2, 0.3, 0.2, 0.1, 0.2) },
      { daysAgo: 2, status: 'draft', targets: t(0.5, 0.5, 0.4, 0.3, 0.3) },
    ],
  },
  {
    key: 'tokyo',
    name: '東京 需要予測',
    description: 'Forecasts daily demand for the Tokyo warehouses.',
    owner: 'Haruto Sato',
    team: 'Supply Chain Analytics',
    kind: 'other',
    stage: 'poc',
    pocApprovedDaysAgo: 20,
    targetInDays: 50,
    audits: [{ daysAgo: 3, status: 'draft', targets: t(0.3, 0.2, 0.1, 0.2, 0.1) }],
  },
  {
    key: 'claims',
    name: 'Claims intake agent',
    description: 'Reads insurance claims, gathers missing documents and proposes a decision.',
    owner: 'Lucía Fernández',
    team: 'Claims Automation',
    kind: 'agentic',
    stage: 'productionizing',
    pocApprovedDaysAgo: 63,
    targetInDays: 14,
    audits: [
      { daysAgo: 56, status: 'final', targets: t(0.5, 0.3, 0.3, 0.4, 0.3) },
      { daysAgo: 10, status: 'final', targets: t(0.7, 0.6, 0.5, 0.6, 0.55) },
    ],
  },
  {
    key: 'churn',
    name: 'Churn early warning',
    description: 'Flagged subscribers likely to cancel; replaced by the retention platform.',
    owner: 'Tom Becker',
    team: 'Growth Analytics',
    kind: 'classification',
    stage: 'retired',
    pocApprovedDaysAgo: 400,
    targetInDays: null,
    audits: [{ daysAgo: 80, status: 'final', targets: t(0.7, 0.5, 0.4, 0.6, 0.5) }],
  },
  {
    key: 'contracts',
    name: 'Contract clause extractor',
    description: 'Pulls renewal, liability and termination clauses out of supplier contracts.',
    owner: '',
    team: 'Legal Ops',
    kind: 'llm',
    stage: 'poc',
    pocApprovedDaysAgo: null,
    targetInDays: null,
    audits: [],
  },
  {
    key: 'ranking',
    name: 'Legacy search ranking',
    description: 'The first learning-to-rank model; archived when search moved to a vendor.',
    owner: 'Priya Raman',
    team: 'Search',
    kind: 'recommendation',
    stage: 'in_production',
    pocApprovedDaysAgo: 500,
    targetInDays: null,
    archived: true,
    audits: [{ daysAgo: 88, status: 'final', targets: t(0.8, 0.7, 0.5, 0.6, 0.4) }],
  },
];

/** Who ran the sample audits. */
export const SAMPLE_FACILITATORS = ['Dana Whitfield', 'Omar Haddad', 'Mei Lin'] as const;
export const SAMPLE_PARTICIPANTS = [
  'ML engineer',
  'Platform/SRE',
  'Product manager',
  'Data engineer',
  'Responsible AI lead',
  'AppSec',
] as const;

/** What a team wrote down as missing, per gap (the week-1 rule: name the artifact). */
export const SAMPLE_MISSING: Record<GapKey, readonly string[]> = {
  pipeline: [
    'Inference still runs from a notebook on a shared VM; no container image and no CI job deploys it.',
    'Dependencies are unpinned (requirements.txt has no versions); no SLA agreed with the calling team.',
    'No load test yet: we do not know how the service scales past 50 requests per second.',
  ],
  versioning: [
    'Model files sit in a dated bucket folder; no registry, so there is no version to roll back to.',
    'The registry holds the model but not the dataset hash or training config.',
    'Rollback exists but has never been rehearsed, and no trigger is defined.',
  ],
  fallback: [
    'If the model endpoint times out, the caller gets a 500; no cached or rule-based answer.',
    'No circuit breaker: a slow model backs up the whole request queue.',
    'Fallback rate is not measured, so nobody knows how often the rules take over.',
  ],
  observability: [
    'Only uptime is monitored; no confidence tracking and no drift detection.',
    'Latency is reported as an average; p95 and p99 are not tracked.',
    'The dashboard lacks the fallback-rate panel and cost per 1,000 inferences.',
  ],
  governance: [
    'Bias review is planned as a single sign-off before launch; nothing runs in CI.',
    'Security scan runs on release only, not on every build; no prompt-injection tests.',
    'Evidence for checkpoints is collected by hand in a wiki page.',
  ],
};
