import type { OrgModelKey } from '../framework/orgModels';
import {
  defaultAlertParty,
  isOwnerRole,
  RACI_PARTY_LABELS,
  raciTable,
  type AlertRoute,
  type OwnerRole,
  type RaciParty,
  type RaciRowKey,
} from '../framework/raci';
import type { OwnershipFields } from './ownership';

// A project's owners as people: a RACI party resolved to the name the project recorded for it,
// the owner each alert route ends up with, and the responsibility table of the chosen model
// with those names filled in ("who does what" on the project page and in the report).

const FIELD_OF_ROLE: Record<
  OwnerRole,
  keyof Pick<OwnershipFields, 'productTeam' | 'mlOwner' | 'platformOwner' | 'engineeringManager'>
> = {
  product_team: 'productTeam',
  ml_owner: 'mlOwner',
  platform_owner: 'platformOwner',
  engineering_manager: 'engineeringManager',
};

/** A party as the project knows it. */
export interface ResolvedParty {
  party: RaciParty;
  label: string;
  /** The recorded person or team; null when the project has none for this role. */
  name: string | null;
  /**
   * Specialists (data engineering, AppSec, Responsible AI, data science) are not recorded per
   * project; an owner role with no name is a gap.
   */
  missing: boolean;
}

export function resolveParty(party: RaciParty, ownership: OwnershipFields): ResolvedParty {
  const label = RACI_PARTY_LABELS[party];
  if (!isOwnerRole(party)) return { party, label, name: null, missing: false };
  const name = ownership[FIELD_OF_ROLE[party]];
  return { party, label, name: name === '' ? null : name, missing: name === '' };
}

export interface EffectiveAlertOwner {
  route: AlertRoute;
  /** 'model': the chosen model's default; 'framework': the framework's split (no decision yet). */
  source: 'model' | 'framework' | 'project';
  /** The party it goes to, unless the project named a person. */
  party: RaciParty | null;
  /** Who gets paged: a name, or null when nobody is recorded for the party. */
  name: string | null;
  /** How it reads: "Platform/SRE owner: Kai Tanaka", "Alex Kim". */
  text: string;
  missing: boolean;
}

/** Who an alert route reaches for this project, after the project's own override. */
export function effectiveAlertOwner(
  route: AlertRoute,
  ownership: OwnershipFields,
  model: OrgModelKey | null,
): EffectiveAlertOwner {
  const owner = ownership.alertRoutes[route];
  if (owner.kind === 'person') {
    return {
      route,
      source: 'project',
      party: null,
      name: owner.name,
      text: owner.name,
      missing: false,
    };
  }
  const party = owner.kind === 'party' ? owner.party : defaultAlertParty(route, model);
  const source = owner.kind === 'party' ? 'project' : model ? 'model' : 'framework';
  const r = resolveParty(party, ownership);
  return {
    route,
    source,
    party,
    name: r.name,
    text: r.name ? `${r.label}: ${r.name}` : r.missing ? `${r.label} (not recorded)` : r.label,
    missing: r.missing,
  };
}

export interface WhoDoesWhatRow {
  key: RaciRowKey;
  kind: 'stage' | 'alert';
  responsible: ResolvedParty;
  accountable: ResolvedParty;
  consulted: ResolvedParty[];
  informed: ResolvedParty[];
  /** For alert rows: the owner after the project's override (which replaces "responsible"). */
  alert?: EffectiveAlertOwner;
}

/** The chosen model's responsibility table with this project's people in it. */
export function whoDoesWhat(model: OrgModelKey, ownership: OwnershipFields): WhoDoesWhatRow[] {
  return raciTable(model).map((row) => {
    const resolve = (p: RaciParty) => resolveParty(p, ownership);
    const base: WhoDoesWhatRow = {
      key: row.key,
      kind: row.kind,
      responsible: resolve(row.responsible),
      accountable: resolve(row.accountable),
      consulted: row.consulted.map(resolve),
      informed: row.informed.map(resolve),
    };
    if (row.kind === 'alert')
      base.alert = effectiveAlertOwner(row.key as AlertRoute, ownership, model);
    return base;
  });
}

/** Names compare as a person reads them: trimmed, one normal form, ignoring case. */
export const sameName = (a: string, b: string): boolean =>
  a.trim() !== '' &&
  a.normalize('NFC').trim().toLowerCase() === b.normalize('NFC').trim().toLowerCase();
