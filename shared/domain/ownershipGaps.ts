import {
  DATA_SCIENCE_OWNS_PRODUCTION,
  RESEARCH_TEAM_PATTERN,
  type OrgModelKey,
} from '../framework/orgModels';
import {
  ALERT_ROUTE_LABELS,
  ALERT_ROUTES,
  RACI_PARTY_LABELS,
  type RaciParty,
} from '../framework/raci';
import { daysBetween } from './calendar';
import {
  FAILURE_MODE_LABELS,
  FAILURE_MODES,
  HANDOFF_SPRINT_DAYS,
  type OwnershipFields,
} from './ownership';
import { effectiveAlertOwner, sameName } from './ownershipRoles';
import type { Project } from './project';

// What is missing in a project's ownership, as one list the project page, the portfolio flags,
// `org show` and the report share. What counts depends on the stage: a PoC needs owners; a
// project on its way to production or in it also needs on-call, runbooks, alert owners and the
// hand-off; archived and retired projects need nothing.

export type GapSeverity = 'danger' | 'warning';

export type OwnershipGapKey =
  | 'no-product-team'
  | 'no-ml-owner'
  | 'no-platform-owner'
  | 'no-engineering-manager'
  | 'no-on-call'
  | 'on-call-no-ml-infra'
  | 'runbooks-missing'
  | 'alert-owner-missing'
  | 'handoff-not-planned'
  | 'handoff-no-dates'
  | 'handoff-length'
  | 'handoff-co-owners'
  | 'ds-owns-production';

export interface OwnershipGap {
  key: OwnershipGapKey;
  severity: GapSeverity;
  /** A few words for a badge. */
  label: string;
  /** The whole reason in a sentence. */
  reason: string;
}

type ProjectSide = Pick<Project, 'stage' | 'archivedAt'>;

/** On its way to production or in it: production duties need owners now. */
export const isProductionBound = (p: ProjectSide): boolean =>
  p.archivedAt === null && (p.stage === 'productionizing' || p.stage === 'in_production');

export function ownershipGaps(
  project: ProjectSide,
  o: OwnershipFields,
  model: OrgModelKey | null,
): OwnershipGap[] {
  if (project.archivedAt !== null || project.stage === 'retired') return [];
  const live = project.stage === 'in_production';
  const bound = isProductionBound(project);
  const gaps: OwnershipGap[] = [];
  const add = (key: OwnershipGapKey, severity: GapSeverity, label: string, reason: string) =>
    gaps.push({ key, severity, label, reason });

  const antiPattern = bound ? dataScienceOwnsProduction(project, o) : null;
  if (antiPattern) add('ds-owns-production', 'danger', 'Data science owns production', antiPattern);

  if (o.mlOwner === '')
    add(
      'no-ml-owner',
      live ? 'danger' : 'warning',
      'No ML owner',
      'Nobody is named as the ML owner: someone must answer for the model itself.',
    );
  if (o.productTeam === '')
    add(
      'no-product-team',
      'warning',
      'No product team',
      'No product team is named for the project.',
    );
  if (o.engineeringManager === '')
    add(
      'no-engineering-manager',
      'warning',
      'No engineering manager',
      'No engineering manager is named: cost alerts and accountability have nowhere to land.',
    );
  if (!bound) return gaps;

  if (o.platformOwner === '')
    add(
      'no-platform-owner',
      'warning',
      'No platform/SRE owner',
      'Nobody on the platform/SRE side is named for serving, latency and availability.',
    );

  if (o.onCall.rotation === '') {
    add(
      'no-on-call',
      live ? 'danger' : 'warning',
      'No on-call',
      live
        ? 'In production with no on-call rotation: nobody is known to answer when it breaks.'
        : 'No on-call rotation yet for a project on its way to production.',
    );
  } else if (o.onCall.mlInfraPerson === '') {
    add(
      'on-call-no-ml-infra',
      'warning',
      'On-call lacks ML + infra',
      'Nobody on the on-call rotation is named as understanding both the ML pipeline and the infrastructure.',
    );
  }

  const missing = FAILURE_MODES.filter((m) => !o.runbooks[m].present);
  if (missing.length > 0) {
    const all = missing.length === FAILURE_MODES.length;
    add(
      'runbooks-missing',
      'warning',
      all ? 'No runbooks' : `${missing.length} of ${FAILURE_MODES.length} runbooks missing`,
      `No runbook for: ${missing.map((m) => FAILURE_MODE_LABELS[m].toLowerCase()).join('; ')}.`,
    );
  }

  const unowned = ALERT_ROUTES.map((r) => effectiveAlertOwner(r, o, model)).filter(
    (a) => a.missing,
  );
  if (unowned.length > 0) {
    const parts = unowned.map(
      (a) =>
        `${ALERT_ROUTE_LABELS[a.route].toLowerCase()} (${RACI_PARTY_LABELS[a.party as RaciParty]})`,
    );
    add(
      'alert-owner-missing',
      'warning',
      'Alerts without an owner',
      `Some alerts reach no one: nobody is recorded in the role they go to, for ${parts.join('; ')}.`,
    );
  }

  handoffGaps(project, o, add);
  return gaps;
}

function handoffGaps(
  project: ProjectSide,
  o: OwnershipFields,
  add: (key: OwnershipGapKey, severity: GapSeverity, label: string, reason: string) => void,
): void {
  const h = o.handoff;
  const { min, max } = HANDOFF_SPRINT_DAYS;
  if (h.status === 'not_planned') {
    if (project.stage === 'productionizing')
      add(
        'handoff-not-planned',
        'warning',
        'Hand-off not planned',
        'No hand-off sprint is planned: research and production should co-own a 2-3 week productionization sprint.',
      );
    return;
  }
  if (h.plannedStart === null || h.plannedEnd === null) {
    if (h.status !== 'done')
      add(
        'handoff-no-dates',
        'warning',
        'Hand-off without dates',
        'The hand-off sprint has no planned start and end dates.',
      );
  } else {
    const days = daysBetween(h.plannedStart, h.plannedEnd);
    if (days < min || days > max) {
      add(
        'handoff-length',
        'warning',
        'Hand-off not 2-3 weeks',
        `The hand-off sprint is planned for ${days} days; the framework’s sprint lasts 2-3 weeks (${min}-${max} days).`,
      );
    }
  }
  const sides = [
    h.researchCoOwner === '' ? 'research' : null,
    h.productionCoOwner === '' ? 'production' : null,
  ].filter((s) => s !== null);
  if (sides.length > 0) {
    add(
      'handoff-co-owners',
      'warning',
      'Hand-off co-owner missing',
      `The hand-off sprint has no co-owner from ${sides.join(' or ')}: it is meant to be co-owned by both sides, not thrown over a wall.`,
    );
  }
}

/**
 * Does the project's ownership amount to "the data science team owns production"? The reason
 * when it does, else null. Three signs, checked for projects on their way to production or in it:
 * - a production-side owner (platform/SRE, on-call, the product team) names the research side;
 * - in production with neither a platform/SRE owner nor an on-call rotation, while the model
 *   has an owner: only its builders look after it;
 * - the hand-off's research co-owner is also both the ML owner and the platform/SRE owner.
 */
export function dataScienceOwnsProduction(project: ProjectSide, o: OwnershipFields): string | null {
  const why = DATA_SCIENCE_OWNS_PRODUCTION.why;
  const fields: [string, string][] = [
    ['platform/SRE owner', o.platformOwner],
    ['on-call rotation', o.onCall.rotation],
    ['product team', o.productTeam],
  ];
  const named = fields.find(([, value]) => RESEARCH_TEAM_PATTERN.test(value));
  if (named)
    return `The ${named[0]} is “${named[1]}”: production sits with the research side. ${why}`;
  if (
    project.stage === 'in_production' &&
    o.platformOwner === '' &&
    o.onCall.rotation === '' &&
    (o.mlOwner !== '' || o.productTeam !== '')
  ) {
    return `In production with no platform/SRE owner and no on-call rotation: only the people who built the model look after it. ${why}`;
  }
  const researcher = o.handoff.researchCoOwner;
  if (sameName(researcher, o.mlOwner) && sameName(researcher, o.platformOwner)) {
    return `${researcher} is the research co-owner, the ML owner and the platform/SRE owner at once. ${why}`;
  }
  return null;
}
